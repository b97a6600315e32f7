#!/usr/bin/env bash
# Sets up and passes the tests: a throwaway PostgreSQL cluster (unless SIMORE_TEST_DB names a server
# where the connecting role may create roles and databases), then `dotnet test` for the solution.
# Extra arguments go to dotnet test, e.g. deploy/test.sh --filter FullyQualifiedName~Tenancy
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
# shellcheck source=lib/postgres.sh
source deploy/lib/postgres.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NUGET_CERT_REVOCATION_MODE=offline

if [[ -z ${SIMORE_TEST_DB:-} ]]; then
  scratch=$(mktemp -d /tmp/simore-test-pg.XXXXXX)
  chmod 755 "$scratch"
  cleanup() {
    simore_pg_stop "$scratch/data"
    rm -rf "$scratch"
  }
  trap cleanup EXIT
  port=$(simore_pg_start "$scratch/data" "$scratch/port")
  export SIMORE_TEST_DB="Host=127.0.0.1;Port=$port;Database=postgres;Username=postgres"
  echo "Test PostgreSQL: 127.0.0.1:$port (removed after the run)"
fi

dotnet test Simore.sln -c Release -nologo --logger "console;verbosity=normal" "$@"
