#!/usr/bin/env bash
# Applies an overlay in the order Simore needs: the namespace, configuration, secrets and volume;
# then the migration Job, waited for; then the web and worker Deployments and the rest. The previous
# migration Job is deleted first, since a Job's pod template cannot be changed in place.
#   deploy/k8s/rollout.sh deploy/k8s/overlays/path-per-tenant [kubectl args, e.g. --context prod]
# Needs kubectl (with its built-in kustomize) and a cluster to talk to.
set -euo pipefail
overlay=${1:?usage: rollout.sh <overlay folder> [kubectl arguments]}
shift
namespace=${SIMORE_NAMESPACE:-simore}
timeout=${SIMORE_MIGRATE_TIMEOUT:-15m}
rendered=$(mktemp)
trap 'rm -f "$rendered"' EXIT

kubectl kustomize "$overlay" >"$rendered"
kubectl "$@" apply -f "$rendered" -l app.kubernetes.io/component=config
kubectl "$@" -n "$namespace" delete job simore-migrate --ignore-not-found --wait=true
kubectl "$@" apply -f "$rendered" -l app.kubernetes.io/component=migrate
if ! kubectl "$@" -n "$namespace" wait --for=condition=complete job/simore-migrate --timeout="$timeout"; then
  echo "The migration did not complete; the running version is left as it is. Its log:" >&2
  kubectl "$@" -n "$namespace" logs job/simore-migrate --tail=100 >&2 || true
  exit 1
fi
kubectl "$@" apply -f "$rendered"
kubectl "$@" -n "$namespace" rollout status deployment/simore-web --timeout=10m
kubectl "$@" -n "$namespace" rollout status deployment/simore-worker --timeout=10m
