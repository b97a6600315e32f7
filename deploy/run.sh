#!/usr/bin/env bash
# Sets up and runs Simore on this machine: a local PostgreSQL cluster under .simore/ (reused on the
# next run), the schema, the demo tenant (Slovenia), then the web app at http://127.0.0.1:5080.
# SIMORE_DB=<connection string of a database owner> uses an existing server instead;
# SIMORE_APP_DB=<connection string of a role that does not own the tables> is then the app's login.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
# shellcheck source=lib/postgres.sh
source deploy/lib/postgres.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NUGET_CERT_REVOCATION_MODE=offline

url=${SIMORE_URL:-http://127.0.0.1:5080}
mkdir -p .simore
if [[ -n ${SIMORE_DB:-} ]]; then
  export ConnectionStrings__Migrations=$SIMORE_DB
  export ConnectionStrings__Simore=${SIMORE_APP_DB:-$SIMORE_DB}
else
  port=$(simore_pg_start "$root/.simore/pg" "$root/.simore/pg.port")
  simore_pg_provision "$port" simore
  export ConnectionStrings__Migrations="Host=127.0.0.1;Port=$port;Database=simore;Username=simore_owner"
  export ConnectionStrings__Simore="Host=127.0.0.1;Port=$port;Database=simore;Username=simore_app"
  echo "PostgreSQL: 127.0.0.1:$port (data in .simore/pg; stop it with: deploy/stop.sh)"
fi

echo "Building..."
dotnet build Simore.sln -c Release -nologo -v quiet -clp:ErrorsOnly
cli=(dotnet "src/Simore.Cli/bin/Release/net10.0/simore.dll")
"${cli[@]}" migrate
"${cli[@]}" seed-demo --file deploy/demo/SVN_cycle4_UPR48_thematic_list.docx

cat <<INFO

Simore is starting at $url
  Public portal of the demo tenant:  $url/svn
  Administrator's workspace:         $url/svn/admin

Demo accounts (password for all: simore-demo-2025):
  platform@simore.example        platform administrator (two-factor)
  admin@svn.simore.example       MFA administrator of Slovenia (two-factor)
  focal@svn.simore.example       focal point
  validator@svn.simore.example   validator
  drafter@svn.simore.example     report drafter
  ngo@svn.simore.example         civil society
Two-factor code for the demo administrators (key SIMOREDEMOSVNADMINISTRATORTOTPKY):
  ${cli[*]} totp --secret SIMOREDEMOSVNADMINISTRATORTOTPKY

INFO
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export Storage__Path=${Storage__Path:-$root/.simore/files}
export Email__PickupDirectory=${Email__PickupDirectory:-$root/.simore/mail}
cd src/Simore.Web
exec dotnet bin/Release/net10.0/Simore.Web.dll --urls "$url"
