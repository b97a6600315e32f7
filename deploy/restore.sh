#!/usr/bin/env bash
# Restores an archive written by deploy/backup.sh.
#
#   deploy/restore.sh database ARCHIVE --db CONNINFO (--files DIR | --no-files) [--clean]
#       Into an empty database (create it first, owned by the owner role; the roles must exist:
#       roles.sql in the archive). --clean drops what the database holds first.
#   deploy/restore.sh tenant ARCHIVE --db CONNINFO (--files DIR | --no-files) [--slug SLUG] [--replace]
#       One State, into a database of the same or a newer schema (run `simore migrate` first),
#       beside the tenants it has, which are not touched. Refuses when a tenant with the same
#       address exists, unless --replace (that tenant's rows are replaced; its previous files are
#       moved to DIR/.replaced/). --slug restores it under another address, e.g. a copy.
#   deploy/restore.sh verify ARCHIVE
#       Checks every member of the archive against its checksum and prints the manifest.
#
# CONNINFO and the role needed are as for deploy/backup.sh: a superuser, or a role with BYPASSRLS
# that may write every table. Everything is one transaction: on any error nothing is changed.
# Files are moved into DIR (Storage:Path) without replacing any file already there.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=lib/backup.sh
source "$root/deploy/lib/backup.sh"

usage() {
  sed -n '2,18s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

kind=${1:-}
archive=${2:-}
case $kind in
  database | tenant | verify) [[ -n $archive && $archive != --* ]] || {
    usage >&2
    exit 2
  } ;;
  -h | --help)
    usage
    exit 0
    ;;
  *)
    usage >&2
    exit 2
    ;;
esac
shift 2

files='' no_files='' clean='' slug='' replace=''
while [[ $# -gt 0 ]]; do
  case $1 in
    --db) SIMORE_DB_CONN=${2:?--db needs a connection string}; shift 2 ;;
    --files) files=${2:?--files needs a folder}; shift 2 ;;
    --no-files) no_files=1; shift ;;
    --clean) clean=1; shift ;;
    --slug) slug=${2:?--slug needs an address}; shift 2 ;;
    --replace) replace=1; shift ;;
    *) simore_die "unknown option $1 (see --help)" ;;
  esac
done
export SIMORE_DB_CONN=${SIMORE_DB_CONN:-}
simore_need_tools tar sha256sum

# Unpack next to the uploads folder, so that files are moved into place by renaming.
if [[ -n $files ]]; then
  mkdir -p "$files"
  work=$(mktemp -d "$files/.restore-XXXXXX")
else
  work=$(mktemp -d "${TMPDIR:-/tmp}/simore-restore.XXXXXX")
fi
script="$work.sql"
trap 'rm -rf "$work" "$script"' EXIT
simore_unpack "$archive" "$work"
manifest="$work/manifest"

if [[ $kind == verify ]]; then
  cat "$manifest"
  echo "$archive: every member matches its checksum."
  exit 0
fi

[[ $(simore_manifest_get "$manifest" kind) == "$kind" ]] ||
  simore_die "$archive holds a $(simore_manifest_get "$manifest" kind) backup, not a $kind backup."
[[ -n $files || -n $no_files ]] || simore_die "say where the uploaded files go (--files DIR) or that they are restored otherwise (--no-files)."
if [[ -n $files && $(simore_manifest_get "$manifest" files) != included ]]; then
  simore_note "warning: $archive holds no files (it was made with --no-files)."
fi
simore_need_tools psql
simore_need_bypass
database=$(simore_psql -c "SELECT current_database()")

if [[ $kind == database ]]; then
  simore_need_tools pg_restore
  tables=$(simore_psql -c "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'")
  if [[ $tables != 0 && -z $clean ]]; then
    simore_die "$database is not empty ($tables tables, views or sequences): restore into a new database, or pass --clean to drop what it holds."
  fi
  mapfile -t db_args < <(simore_db_args)
  restore_args=(--exit-on-error --single-transaction)
  [[ -n $clean ]] && restore_args+=(--clean --if-exists)
  simore_note "Restoring $(simore_manifest_get "$manifest" database) of $(simore_manifest_get "$manifest" created) into $database..."
  pg_restore "${db_args[@]}" "${restore_args[@]}" "$work/database.dump"
  if [[ -n $files && -d $work/files ]]; then
    simore_merge_tree "$work/files" "$files"
  fi
  simore_note "Restored. Run \`simore migrate\` against $database (newer migrations, the application role's grants), then start the processes."
  exit 0
fi

# One tenant.
[[ -n $slug ]] || slug=$(simore_manifest_get "$manifest" tenant_slug)
[[ $slug =~ ^[a-z][a-z0-9-]{1,31}$ ]] || simore_die "'$slug' is not a tenant address (lower-case letters, digits and hyphens)."
archived_id=$(simore_manifest_get "$manifest" tenant_id)
[[ $archived_id =~ ^[0-9]+$ ]] || simore_die "the manifest names no tenant id."

# The schema here must hold every migration of the archive's (it may hold newer ones).
missing=$(comm -23 <(tail -n +2 "$work/tenant/migrations.csv" | sort) <(simore_psql -c 'SELECT migration_id FROM "__EFMigrationsHistory"' | sort))
[[ -z $missing ]] || simore_die "$database lacks migrations the archive has ($(echo "$missing" | tr '\n' ' ')): run \`simore migrate\` with the newer version first."

if [[ -z $replace && -n $(simore_psql -v slug="$slug" <<<"SELECT 1 FROM tenants WHERE slug = :'slug'") ]]; then
  simore_die "tenant '$slug' exists in $database: pass --replace to overwrite it, or --slug to restore under another address."
fi

stage() {
  local table=$1 csv=$2 header
  header=$(head -n 1 "$csv")
  simore_identifier "$table"
  local columns
  columns=$(simore_quote_list "$header")
  printf 'CREATE TEMP TABLE %s ON COMMIT DROP AS SELECT %s FROM public.%s WITH NO DATA;\n' "\"restore_$3\"" "$columns" "\"$table\""
  printf '\\copy %s (%s) FROM %s WITH (FORMAT csv, HEADER)\n' "\"restore_$3\"" "$columns" "'$csv'"
}

{
  echo "BEGIN;"
  echo "SET LOCAL lock_timeout = '60s';"
  stage tenants "$work/tenant/tenants.csv" tenants
  for global in users user_claims user_logins user_tokens; do
    stage "$global" "$work/tenant/$global.csv" "$global"
  done
  for csv in "$work"/tenant/tables/*.csv; do
    table=$(basename "$csv" .csv)
    stage "$table" "$csv" "t_$table"
  done
  echo "SELECT set_config('simore.restore_slug', :'slug', true), set_config('simore.restore_replace', :'replace', true) \\gset"
  echo "\\i '$root/deploy/lib/restore-tenant.sql'"
  echo "SELECT current_setting('simore.restored_tenant_id');"
  echo "COMMIT;"
} >"$script"

simore_note "Restoring tenant $(simore_manifest_get "$manifest" tenant_slug) of $(simore_manifest_get "$manifest" created) as '$slug' into $database..."
result=$(simore_psql -v slug="$slug" -v replace="$([[ -n $replace ]] && echo on || echo off)" -f "$script")
tenant_id=$(tail -n 1 <<<"$result")
[[ $tenant_id =~ ^[0-9]+$ ]] || simore_die "the restore did not report the tenant's id: $result"

# The rows are in; now the files, under the tenant's id here.
if [[ -n $files && -d $work/files/$archived_id ]]; then
  if [[ -n $replace && -d $files/$tenant_id ]]; then
    mkdir -p "$files/.replaced"
    aside="$files/.replaced/$tenant_id-$(simore_stamp)"
    mv -- "$files/$tenant_id" "$aside"
    simore_note "The replaced tenant's previous files are in $aside."
  fi
  simore_merge_tree "$work/files/$archived_id" "$files/$tenant_id"
fi
simore_note "Restored tenant '$slug' (id $tenant_id here, $archived_id in the archive)."
printf '%s\n' "$tenant_id"
