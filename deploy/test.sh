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

# The S3-compatible server of the storage tests (s3rver, from npm): installed once, kept in
# tests/tools/s3rver/node_modules. Without it those tests fail and say so.
s3_tool=tests/tools/s3rver
if [[ ! -d $s3_tool/node_modules/s3rver ]]; then
  if command -v npm >/dev/null; then
    echo "Installing the S3 test server (npm ci --prefix $s3_tool)..."
    npm ci --prefix "$s3_tool" --no-audit --no-fund --loglevel=error
  else
    echo "npm is not installed: the S3 storage tests will fail (Debian: apt-get install nodejs npm)." >&2
  fi
fi

dotnet test Simore.sln -c Release -nologo --logger "console;verbosity=normal" "$@"
