#!/usr/bin/env bash
# Import benchmark: times `simore import` end to end (process start, read, plan, one-transaction
# commit) on a throwaway PostgreSQL cluster. Results go in docs/performance.md.
#   deploy/bench/import.sh            # OHCHR .docx (254) and the UPR Info export (9,047 rows)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
source deploy/lib/postgres.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

scratch=$(mktemp -d /tmp/simore-bench.XXXXXX)
chmod 755 "$scratch"
trap 'simore_pg_stop "$scratch/data"; rm -rf "$scratch"' EXIT
port=$(simore_pg_start "$scratch/data" "$scratch/port")
simore_pg_provision "$port" simore_bench
export ConnectionStrings__Migrations="Host=127.0.0.1;Port=$port;Database=simore_bench;Username=simore_owner"
export ConnectionStrings__Simore="Host=127.0.0.1;Port=$port;Database=simore_bench;Username=simore_app"

dotnet build src/Simore.Cli -c Release -nologo -v quiet -clp:ErrorsOnly
cli=(dotnet src/Simore.Cli/bin/Release/net10.0/simore.dll)
"${cli[@]}" migrate >/dev/null

measure() { # label, command...
  local label=$1; shift
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$scratch/rss" "$@" >"$scratch/out" 2>&1 || { cat "$scratch/out"; return 1; }
  end=$(date +%s.%N)
  printf '%-58s %6.2f s  %5d MB peak  %s; %s\n' "$label" "$(echo "$end - $start" | bc)" "$(( $(cat "$scratch/rss") / 1024 ))" \
    "$(grep -E '^created' "$scratch/out")" "$(grep -E '^import took' "$scratch/out")"
}

"${cli[@]}" tenant create --slug svn --name Slovenia --country SVN >/dev/null
measure "OHCHR .docx, Slovenia cycle 4 (254), first import" "${cli[@]}" import --tenant svn --file tests/data/ohchr/SVN_cycle4_UPR48_thematic_list.docx
measure "OHCHR .docx, same file again (all unchanged)" "${cli[@]}" import --tenant svn --file tests/data/ohchr/SVN_cycle4_UPR48_thematic_list.docx

"${cli[@]}" tenant create --slug pry --name Paraguay --country PRY >/dev/null
measure "UPR Info .csv, 9,047 rows read, Paraguay's 124 written" "${cli[@]}" import --tenant pry --file tests/data/uprinfo/uprinfo_sessions10-13.csv
