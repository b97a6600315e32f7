#!/usr/bin/env python3
"""Checks Simore's deployment files without a container engine or a cluster.

    check_deploy.py yaml FILE...                 every file parses as YAML
    check_deploy.py k8s RENDERED.yaml...         structure of rendered Kubernetes manifests
    check_deploy.py kustomize DIR...             every file a kustomization names exists; prints the
                                                 resources of DIR, patches left out (no kustomize here)
    check_deploy.py compose COMPOSE ENV_EXAMPLE  the compose file's services, order and variables
    check_deploy.py dockerfile DOCKERFILE ROOT   the Dockerfile's rules and its COPY sources

Each problem is printed on its own line; the exit code is 1 when there is any.
"""
import os
import re
import sys

import yaml

problems = []


def problem(where, message):
    problems.append(f"{where}: {message}")


def load_all(path):
    with open(path, encoding="utf-8") as stream:
        return [d for d in yaml.safe_load_all(stream) if d is not None]


# --- YAML -----------------------------------------------------------------------------------

def check_yaml(files):
    for path in files:
        try:
            load_all(path)
        except yaml.YAMLError as error:
            problem(path, f"not valid YAML: {error}")
    print(f"yaml: {len(files)} files parsed")


# --- Kubernetes -----------------------------------------------------------------------------

def pod_spec(resource):
    kind = resource.get("kind")
    if kind in ("Deployment", "StatefulSet", "DaemonSet", "Job"):
        return resource.get("spec", {}).get("template", {}).get("spec", {})
    return None


def template_labels(resource):
    return resource.get("spec", {}).get("template", {}).get("metadata", {}).get("labels", {}) or {}


def selects(selector, labels):
    return bool(selector) and all(labels.get(k) == v for k, v in selector.items())


def check_image(where, image):
    if not image:
        problem(where, "container without an image")
        return
    name = image.split("@")[0]
    tag = name.rsplit(":", 1)[1] if ":" in name.rsplit("/", 1)[-1] else None
    if "@" not in image and (tag is None or tag == "latest"):
        problem(where, f"image {image} has no fixed tag")


def check_container(where, container, pod, volumes, kind):
    check_image(where, container.get("image"))
    resources = container.get("resources", {})
    for part in ("requests", "limits"):
        for what in ("cpu", "memory"):
            if what not in resources.get(part, {}):
                problem(where, f"no resources.{part}.{what}")
    security = container.get("securityContext", {})
    pod_security = pod.get("securityContext", {})
    if not (security.get("runAsNonRoot") or pod_security.get("runAsNonRoot")):
        problem(where, "runAsNonRoot is not set")
    if security.get("allowPrivilegeEscalation") is not False:
        problem(where, "allowPrivilegeEscalation is not false")
    if security.get("readOnlyRootFilesystem") is not True:
        problem(where, "the root file system is not read-only")
    mounts = {m.get("mountPath"): m.get("name") for m in container.get("volumeMounts", [])}
    if mounts.get("/tmp") not in volumes or "emptyDir" not in volumes.get(mounts.get("/tmp"), {}):
        problem(where, "no emptyDir mounted at /tmp (the root file system is read-only)")
    for name in mounts.values():
        if name not in volumes:
            problem(where, f"mounts volume {name}, which the pod does not declare")
    if kind == "Deployment":
        for probe, path in (("readinessProbe", "/health/ready"), ("livenessProbe", "/health/live")):
            got = container.get(probe, {}).get("httpGet", {}).get("path")
            if got != path:
                problem(where, f"{probe} should ask {path}, asks {got}")
            port = container.get(probe, {}).get("httpGet", {}).get("port")
            names = {p.get("name") for p in container.get("ports", [])} | {p.get("containerPort") for p in container.get("ports", [])}
            if port not in names:
                problem(where, f"{probe} asks port {port}, which the container does not expose")


def env_value(container, name):
    for variable in container.get("env", []):
        if variable.get("name") == name:
            return variable.get("value")
    return None


def check_k8s(files):
    resources = [r for path in files for r in load_all(path)]
    by_kind = {}
    for resource in resources:
        by_kind.setdefault(resource.get("kind"), []).append(resource)
    names = {(r.get("kind"), r.get("metadata", {}).get("name")) for r in resources}

    for resource in resources:
        kind, meta = resource.get("kind"), resource.get("metadata", {})
        where = f"{kind} {meta.get('name')}"
        if not resource.get("apiVersion") or not kind or not meta.get("name"):
            problem(where, "apiVersion, kind and metadata.name are required")
        if kind != "Namespace" and not meta.get("namespace"):
            problem(where, "no namespace")
        pod = pod_spec(resource)
        if pod is None:
            continue
        if kind != "Job":
            selector = resource.get("spec", {}).get("selector", {}).get("matchLabels", {})
            if not selects(selector, template_labels(resource)):
                problem(where, "selector.matchLabels does not match the pod template's labels")
        volumes = {v.get("name"): v for v in pod.get("volumes", [])}
        for volume in volumes.values():
            claim = volume.get("persistentVolumeClaim", {}).get("claimName")
            if claim and ("PersistentVolumeClaim", claim) not in names:
                problem(where, f"uses claim {claim}, which is not defined")
        containers = pod.get("containers", [])
        if not containers:
            problem(where, "no containers")
        for container in containers:
            check_container(f"{where}/{container.get('name')}", container, pod, volumes, kind)
            for source in container.get("envFrom", []):
                for ref, ref_kind in (("configMapRef", "ConfigMap"), ("secretRef", "Secret")):
                    if ref in source and (ref_kind, source[ref].get("name")) not in names:
                        problem(where, f"reads {ref_kind} {source[ref].get('name')}, which is not defined")
        component = template_labels(resource).get("app.kubernetes.io/component")
        if kind == "Deployment" and component in ("web", "worker"):
            role = env_value(containers[0], "Simore__ProcessRole") if containers else None
            if role != component:
                problem(where, f"Simore__ProcessRole is {role}, should be {component}")
        if kind == "Job":
            if pod.get("restartPolicy") not in ("Never", "OnFailure"):
                problem(where, "a Job's restartPolicy must be Never or OnFailure")

    workloads = by_kind.get("Deployment", [])
    for service in by_kind.get("Service", []):
        where = f"Service {service['metadata'].get('name')}"
        selector = service.get("spec", {}).get("selector", {})
        targets = [d for d in workloads if selects(selector, template_labels(d))]
        if not targets:
            problem(where, "selects no Deployment's pods")
        for port in service.get("spec", {}).get("ports", []):
            target = port.get("targetPort")
            exposed = {p.get(k) for d in targets for c in pod_spec(d).get("containers", []) for p in c.get("ports", []) for k in ("name", "containerPort")}
            if targets and target not in exposed:
                problem(where, f"targetPort {target} is not a port of the selected pods")
    services = {s["metadata"].get("name"): s for s in by_kind.get("Service", [])}
    for ingress in by_kind.get("Ingress", []):
        where = f"Ingress {ingress['metadata'].get('name')}"
        rules = ingress.get("spec", {}).get("rules", [])
        if not rules:
            problem(where, "no rules")
        tls_hosts = {h for t in ingress.get("spec", {}).get("tls", []) for h in t.get("hosts", [])}
        for rule in rules:
            if rule.get("host") and rule["host"] not in tls_hosts:
                problem(where, f"host {rule['host']} has no TLS entry")
            for path in rule.get("http", {}).get("paths", []):
                backend = path.get("backend", {}).get("service", {})
                service = services.get(backend.get("name"))
                if service is None:
                    problem(where, f"backend {backend.get('name')} is not a Service")
                    continue
                port = backend.get("port", {})
                ports = {p.get("name") for p in service["spec"].get("ports", [])} | {p.get("port") for p in service["spec"].get("ports", [])}
                if port.get("name", port.get("number")) not in ports:
                    problem(where, f"backend port {port} is not a port of Service {backend.get('name')}")
    for hpa in by_kind.get("HorizontalPodAutoscaler", []):
        target = hpa.get("spec", {}).get("scaleTargetRef", {})
        if (target.get("kind"), target.get("name")) not in names:
            problem(f"HorizontalPodAutoscaler {hpa['metadata'].get('name')}", f"scales {target}, which is not defined")
    for pdb in by_kind.get("PodDisruptionBudget", []):
        selector = pdb.get("spec", {}).get("selector", {}).get("matchLabels", {})
        if not any(selects(selector, template_labels(d)) for d in workloads):
            problem(f"PodDisruptionBudget {pdb['metadata'].get('name')}", "selects no Deployment's pods")
    for required in ("Namespace", "ConfigMap", "Secret", "Deployment", "Job", "Service", "Ingress",
                     "PodDisruptionBudget", "HorizontalPodAutoscaler", "PersistentVolumeClaim"):
        if required not in by_kind:
            problem(",".join(files), f"no {required}")
    components = {template_labels(d).get("app.kubernetes.io/component") for d in workloads}
    if not {"web", "worker"} <= components:
        problem(",".join(files), "separate web and worker Deployments are expected")
    print(f"k8s: {len(resources)} resources checked in {len(files)} file(s)")


# --- Kustomize without kustomize -------------------------------------------------------------

def kustomize_resources(folder, images, seen=None):
    """The resource files of a kustomization, recursively, and its image overrides (the outermost
    wins); reports references that do not exist."""
    seen = seen if seen is not None else set()
    folder = os.path.normpath(folder)
    if folder in seen:
        return []
    seen.add(folder)
    path = os.path.join(folder, "kustomization.yaml")
    if not os.path.isfile(path):
        problem(folder, "no kustomization.yaml")
        return []
    kustomization = load_all(path)[0]
    for image in kustomization.get("images", []):
        images.setdefault(image["name"], image)
    files = []
    for entry in kustomization.get("resources", []):
        target = os.path.normpath(os.path.join(folder, entry))
        if os.path.isdir(target):
            files += kustomize_resources(target, images, seen)
        elif os.path.isfile(target):
            files.append(target)
        else:
            problem(path, f"resource {entry} does not exist")
    for patch in kustomization.get("patches", []) + kustomization.get("patchesStrategicMerge", []):
        reference = patch.get("path") if isinstance(patch, dict) else patch
        if reference and not os.path.isfile(os.path.join(folder, reference)):
            problem(path, f"patch {reference} does not exist")
    return files


def check_kustomize(folders):
    for folder in folders:
        images = {}
        files = kustomize_resources(folder, images)
        namespace = load_all(os.path.join(folder, "kustomization.yaml"))[0].get("namespace")
        for file in files:
            for resource in load_all(file):
                if namespace and resource.get("kind") != "Namespace":
                    resource.setdefault("metadata", {})["namespace"] = namespace
                for container in (pod_spec(resource) or {}).get("containers", []):
                    override = images.get(container.get("image"))
                    if override:
                        container["image"] = f"{override.get('newName', override['name'])}:{override.get('newTag', 'latest')}"
                print("---")
                print(yaml.safe_dump(resource, sort_keys=False), end="")


# --- Compose --------------------------------------------------------------------------------

VARIABLE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(:?[-?][^}]*)?\}")


def check_compose(path, env_example):
    text = open(path, encoding="utf-8").read()
    compose = yaml.safe_load(text)
    services = compose.get("services", {})
    for name in ("db", "migrate", "web", "worker", "mailpit"):
        if name not in services:
            problem(path, f"no {name} service")
    for name, service in services.items():
        image = str(service.get("image", ""))
        if not image.startswith("${"):
            check_image(f"{path}: {name}", image)
    expected = {"web": "web", "worker": "worker"}
    for name, role in expected.items():
        environment = services.get(name, {}).get("environment", {})
        if environment.get("Simore__ProcessRole") != role:
            problem(path, f"{name} should run with Simore__ProcessRole={role}")
        if services.get(name, {}).get("depends_on", {}).get("migrate", {}).get("condition") != "service_completed_successfully":
            problem(path, f"{name} should wait for migrate to complete successfully")
    migrate = services.get("migrate", {})
    if "migrate" not in migrate.get("command", []) or migrate.get("restart") != "no":
        problem(path, "migrate should run `simore migrate` once")
    if migrate.get("depends_on", {}).get("db", {}).get("condition") != "service_healthy":
        problem(path, "migrate should wait for a healthy database")
    db = services.get("db", {})
    if "healthcheck" not in db or not any(":/var/lib/postgresql/data" in v for v in db.get("volumes", [])):
        problem(path, "the database needs a health check and a data volume")
    files_volume = [v for v in services.get("web", {}).get("volumes", []) if v.endswith(":/var/lib/simore/files")]
    if not files_volume or files_volume != [v for v in services.get("worker", {}).get("volumes", []) if v.endswith(":/var/lib/simore/files")]:
        problem(path, "web and worker should share the uploaded files' volume")
    example = {line.split("=", 1)[0] for line in open(env_example, encoding="utf-8") if "=" in line and not line.startswith("#")}
    for match in VARIABLE.finditer(text):
        name, modifier = match.group(1), match.group(2) or ""
        if "-" not in modifier and name not in example:
            problem(path, f"${{{name}}} has no default and is not in {os.path.basename(env_example)}")
    print(f"compose: {len(services)} services checked")


# --- Dockerfile -----------------------------------------------------------------------------

def docker_pattern(pattern):
    """A .dockerignore pattern as a regular expression: ** spans folders, * and ? stay within one."""
    out, i = "", 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out, i = out + "(?:.*/)?", i + 3
        elif pattern.startswith("**", i):
            out, i = out + ".*", i + 2
        elif pattern[i] == "*":
            out, i = out + "[^/]*", i + 1
        elif pattern[i] == "?":
            out, i = out + "[^/]", i + 1
        else:
            out, i = out + re.escape(pattern[i]), i + 1
    return re.compile(out + r"\Z")


def ignored(relative, patterns):
    """Docker's rule: the last pattern that matches the path or one of its folders decides."""
    parts = relative.split("/")
    candidates = ["/".join(parts[:i]) for i in range(1, len(parts) + 1)]
    result = False
    for negate, pattern in patterns:
        regex = docker_pattern(pattern.strip("/"))
        if any(regex.match(candidate) for candidate in candidates):
            result = not negate
    return result


def check_dockerfile(path, root):
    lines, current = [], ""
    for raw in open(path, encoding="utf-8"):
        stripped = raw.rstrip("\n")
        if stripped.lstrip().startswith("#"):
            continue
        current += stripped.rstrip("\\").rstrip() + " " if stripped.endswith("\\") else stripped
        if not stripped.endswith("\\"):
            if current.strip():
                lines.append(current.strip())
            current = ""
    instructions = [(line.split(None, 1)[0].upper(), line.split(None, 1)[1] if " " in line else "") for line in lines]
    args = dict(re.findall(r"^([A-Z_]+)=(\S+)$", "\n".join(rest for op, rest in instructions if op == "ARG"), re.M))
    stages = []
    for op, rest in instructions:
        if op == "FROM":
            image = re.sub(r"\$\{(\w+)\}", lambda m: args.get(m.group(1), m.group(0)), rest.split()[0])
            stages.append(rest.split()[-1] if " AS " in rest.upper() else image)
            if image not in stages[:-1]:
                check_image(f"{path}: FROM", image)
    users = [rest.split(":")[0] for op, rest in instructions if op == "USER"]
    if not users or users[-1] in ("root", "0"):
        problem(path, "the final stage must run as a non-root USER")
    if not any(op == "HEALTHCHECK" for op, _ in instructions):
        problem(path, "no HEALTHCHECK")
    if not any(op == "ENTRYPOINT" for op, _ in instructions):
        problem(path, "no ENTRYPOINT")
    if not re.search(r"ASPNETCORE_URLS=", "\n".join(rest for op, rest in instructions if op == "ENV")):
        problem(path, "ASPNETCORE_URLS is not set")
    for op, rest in instructions:
        if op == "RUN" and "apt-get install" in rest:
            if "--no-install-recommends" not in rest:
                problem(path, "apt-get install without --no-install-recommends")
            if "rm -rf /var/lib/apt/lists" not in rest:
                problem(path, "apt lists are left in the layer")
    installed = " ".join(rest for op, rest in instructions if op == "RUN")
    for package in ("chromium", "fonts-noto-core", "fonts-noto-cjk"):
        if not re.search(rf"\b{re.escape(package)}\b", installed):
            problem(path, f"the runtime image does not install {package}")
    ignore_file = os.path.join(root, ".dockerignore")
    patterns = []
    if os.path.isfile(ignore_file):
        for line in open(ignore_file, encoding="utf-8"):
            line = line.strip()
            if line and not line.startswith("#"):
                patterns.append((line.startswith("!"), line.lstrip("!")))
    else:
        problem(root, "no .dockerignore")
    copied = 0
    for op, rest in instructions:
        if op not in ("COPY", "ADD") or "--from=" in rest:
            continue
        sources = [s for s in rest.split() if not s.startswith("--")][:-1]
        for source in sources:
            copied += 1
            if not os.path.exists(os.path.join(root, source)):
                problem(path, f"COPY {source}: not in the repository")
            elif ignored(source.rstrip("/"), patterns):
                problem(path, f"COPY {source}: excluded by .dockerignore")
    print(f"dockerfile: {len(instructions)} instructions, {len(stages)} stages, {copied} COPY sources checked")


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    command, arguments = argv[1], argv[2:]
    {"yaml": lambda: check_yaml(arguments),
     "k8s": lambda: check_k8s(arguments),
     "kustomize": lambda: check_kustomize(arguments),
     "compose": lambda: check_compose(*arguments),
     "dockerfile": lambda: check_dockerfile(*arguments)}[command]()
    for line in dict.fromkeys(problems):
        print(line, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
