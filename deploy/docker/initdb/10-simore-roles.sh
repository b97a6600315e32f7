#!/bin/sh
# Run once by the postgres image on an empty data volume: the owner of Simore's tables (used only by
# `simore migrate`) and the application's role, which owns nothing so that row-level security binds it.
set -eu
: "${SIMORE_OWNER_PASSWORD:?set SIMORE_OWNER_PASSWORD}"
: "${SIMORE_APP_PASSWORD:?set SIMORE_APP_PASSWORD}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$SIMORE_OWNER_PASSWORD" -v app_password="$SIMORE_APP_PASSWORD" <<'SQL'
CREATE ROLE simore_owner LOGIN PASSWORD :'owner_password';
CREATE ROLE simore_app LOGIN PASSWORD :'app_password';
CREATE DATABASE simore OWNER simore_owner ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE simore FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE simore TO simore_app;
SQL
