#!/usr/bin/env bash
# Stops the local PostgreSQL cluster that deploy/run.sh started (the data stays in .simore/pg).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=lib/postgres.sh
source "$root/deploy/lib/postgres.sh"
simore_pg_stop "$root/.simore/pg"
echo "Stopped."
