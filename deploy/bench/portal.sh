#!/usr/bin/env bash
# Portal and API load benchmark: a multi-tenant dataset (default 150 tenants x 2,000 recommendations
# from real UPR texts, with published follow-up), the web process started alone (no Hangfire worker,
# output cache off unless PORTAL_CACHE_SECONDS is set) on loopback, then 50 concurrent clients for each
# scenario (search, API, recommendation page, a static file, focal points saving follow-up), and the
# same searches straight through PortalSearch as the floor. Results go in
# docs/performance.md.
#   deploy/bench/portal.sh                    # full dataset (seeding takes a few minutes, kept for reruns)
#   TENANTS=10 PER_TENANT=500 deploy/bench/portal.sh   # a quick look
#   FRESH=1 deploy/bench/portal.sh            # throw the kept dataset away first
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
source deploy/lib/postgres.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

tenants=${TENANTS:-150}
per_tenant=${PER_TENANT:-2000}
clients=${CLIENTS:-50}
seconds=${SECONDS_PER_SCENARIO:-30}
scenarios=${SCENARIOS:-search api page static save sql}
data_dir="$root/.simore/bench-portal-${tenants}x${per_tenant}"
[[ -n ${FRESH:-} ]] && { simore_pg_stop "$data_dir/pg"; rm -rf "$data_dir"; }
mkdir -p "$data_dir"
chmod 755 "$root/.simore" "$data_dir"

port=$(simore_pg_start "$data_dir/pg" "$data_dir/pg.port")
web_pid=
cleanup() {
  [[ -n $web_pid ]] && kill "$web_pid" 2>/dev/null || true
  simore_pg_stop "$data_dir/pg"
}
trap cleanup EXIT
simore_pg_provision "$port" simore_bench
owner="Host=127.0.0.1;Port=$port;Database=simore_bench;Username=simore_owner"
app="Host=127.0.0.1;Port=$port;Database=simore_bench;Username=simore_app;Maximum Pool Size=60"
super="Host=127.0.0.1;Port=$port;Database=simore_bench;Username=postgres;Timeout=60;Command Timeout=600"
export ConnectionStrings__Migrations=$owner ConnectionStrings__Simore=$app

dotnet build Simore.sln -c Release -nologo -v quiet -clp:ErrorsOnly
dotnet src/Simore.Cli/bin/Release/net10.0/simore.dll migrate >/dev/null
bench=(dotnet tests/Simore.Benchmarks/bin/Release/net10.0/Simore.Benchmarks.dll)
if [[ ! -f $data_dir/tenants.txt ]]; then
  "${bench[@]}" seed-portal "$super" "$app" "$tenants" "$per_tenant" "$data_dir/tenants.txt.partial"
  mv "$data_dir/tenants.txt.partial" "$data_dir/tenants.txt"
fi
psql -h 127.0.0.1 -p "$port" -U postgres -d simore_bench -Atc \
  "SELECT 'dataset: ' || (SELECT count(*) FROM tenants) || ' tenants, ' || (SELECT count(*) FROM recommendations) || ' recommendations, ' || (SELECT count(*) FROM follow_up_entries) || ' published entries, database ' || pg_size_pretty(pg_database_size('simore_bench'))"

web_port=$(simore_free_port)
(
  cd src/Simore.Web
  # All benchmark clients sign in from 127.0.0.1: the per-address sign-in limit would count them as one.
  ASPNETCORE_ENVIRONMENT=Production Simore__ProcessRole=web Simore__Portal__CacheSeconds=${PORTAL_CACHE_SECONDS:-0} RateLimits__SignInsPerMinute=100000 \
    Storage__Path="$data_dir/files" Email__PickupDirectory="$data_dir/mail" Logging__LogLevel__Default=Warning \
    exec dotnet bin/Release/net10.0/Simore.Web.dll --urls "http://127.0.0.1:$web_port" >"$data_dir/web.log" 2>&1
) &
web_pid=$!
for _ in $(seq 1 60); do
  curl -fs "http://127.0.0.1:$web_port/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:$web_port/health/ready" >/dev/null || { echo "the web process did not start:"; tail -20 "$data_dir/web.log"; exit 1; }
echo "web process $web_pid on 127.0.0.1:$web_port (output cache ${PORTAL_CACHE_SECONDS:-0} s)"

status=0
for scenario in $scenarios; do
  case $scenario in
    sql) "${bench[@]}" load "$app" "$data_dir/tenants.txt" sql "$clients" "$seconds" || status=1 ;;
    page) "${bench[@]}" load "http://127.0.0.1:$web_port" "$data_dir/tenants.txt" page "$clients" "$seconds" "$web_pid" "$super" || status=1 ;;
    save) "${bench[@]}" load "http://127.0.0.1:$web_port" "$data_dir/tenants.txt" save "$clients" "$seconds" "$web_pid" "$app" || status=1 ;;
    *) "${bench[@]}" load "http://127.0.0.1:$web_port" "$data_dir/tenants.txt" "$scenario" "$clients" "$seconds" "$web_pid" || status=1 ;;
  esac
done
exit $status
