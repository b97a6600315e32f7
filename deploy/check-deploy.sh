#!/usr/bin/env bash
# Checks the deployment files with what this machine has, no container engine or cluster needed:
#   - every YAML file of deploy/ parses (PyYAML);
#   - the Dockerfile: non-root user, health check, fixed image tags, Chromium and fonts, COPY sources
#     present and not excluded by .dockerignore;
#   - the compose file: services, start order, shared volumes, every variable defined;
#   - each Kubernetes overlay rendered (kubectl kustomize, else the files it names), then its
#     structure (probes, resources, non-root, read-only root, selectors, references) and the
#     Kubernetes API schemas (kubernetes-models from npm, when node and npm are there);
#   - the shell scripts with shellcheck, when installed.
# Run by .ci/run before the tests. Takes a few seconds (plus one npm install the first time).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
check=deploy/check
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! python3 -c "import yaml" 2>/dev/null; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "Installing python3-yaml..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-yaml >/dev/null
  else
    echo "check-deploy needs PyYAML (Debian: apt-get install python3-yaml)." >&2
    exit 1
  fi
fi

mapfile -t yaml_files < <(find deploy -path '*/node_modules' -prune -o \( -name '*.yaml' -o -name '*.yml' \) -print | sort)
python3 $check/check_deploy.py yaml "${yaml_files[@]}"
python3 $check/check_deploy.py dockerfile deploy/docker/Dockerfile .
python3 $check/check_deploy.py compose deploy/docker/compose.yaml deploy/docker/.env.example

schema=
if command -v node >/dev/null && command -v npm >/dev/null; then
  if [[ -d $check/node_modules/kubernetes-models ]] \
    || npm ci --prefix "$check" --no-audit --no-fund --loglevel=error >"$work/npm.log" 2>&1; then
    schema=1
  else
    echo "kubernetes-models could not be installed from npm; schema validation skipped:" >&2
    tail -n 5 "$work/npm.log" >&2
  fi
else
  echo "node and npm are not installed: Kubernetes schema validation skipped (structure still checked)."
fi

for overlay in deploy/k8s/overlays/*/; do
  name=$(basename "$overlay")
  rendered="$work/$name.yaml"
  if command -v kubectl >/dev/null && kubectl kustomize "$overlay" >"$rendered" 2>"$work/kustomize.log"; then
    echo "kustomize: $name rendered by kubectl"
  else
    [[ -s $work/kustomize.log ]] && cat "$work/kustomize.log" >&2
    python3 $check/check_deploy.py kustomize "$overlay" >"$rendered"
    echo "kustomize: $name assembled from the files it names (patches not applied: kubectl is not installed)"
  fi
  python3 $check/check_deploy.py k8s "$rendered"
  if [[ -n $schema ]]; then
    (cd $check && node validate-k8s.mjs "$rendered")
  fi
done

if command -v shellcheck >/dev/null; then
  shellcheck --severity=warning --external-sources --source-path=SCRIPTDIR \
    deploy/*.sh deploy/*/*.sh deploy/docker/simore deploy/docker/initdb/*.sh
  echo "shellcheck: deploy scripts clean"
else
  echo "shellcheck is not installed: shell scripts not linted."
fi
echo "check-deploy: all checks passed"
