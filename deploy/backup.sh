#!/usr/bin/env bash
# Backs up Simore into one archive (a tar file), restored by deploy/restore.sh.
#
#   deploy/backup.sh database --db CONNINFO (--files DIR | --no-files) [--output FILE|DIR] [--snapshot ID]
#       The whole database (pg_dump, custom format; plus the roles when the role may read them)
#       and the uploaded files folder.
#   deploy/backup.sh tenant SLUG --db CONNINFO (--files DIR | --no-files) [--output FILE|DIR] [--snapshot ID]
#       One State: its rows of every tenant-owned table, its row in tenants, the accounts its rows
#       name (without their platform roles), and its folder of uploaded files. Restorable into the
#       same database under another address, or into another installation of the same or a newer
#       schema.
#
# CONNINFO is a libpq connection string or URI (postgresql://postgres@db:5432/simore); without
# --db the PG* variables are used. Row-level security is forced on the tenant tables, so connect as
# a superuser or a role with BYPASSRLS (docs/operations.md, Backups). --files is the folder of
# Storage:Path; --no-files says the files are backed up otherwise (an S3 bucket).
# --snapshot takes the data as of a snapshot exported by another session (pg_export_snapshot()),
# to match another copy made from the same snapshot.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=lib/backup.sh
source "$root/deploy/lib/backup.sh"

usage() {
  sed -n '2,19s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

kind=${1:-}
[[ $# -gt 0 ]] && shift
slug=
case $kind in
  database) ;;
  tenant)
    slug=${1:-}
    [[ -n $slug && $slug != --* ]] || {
      usage >&2
      exit 2
    }
    shift
    ;;
  -h | --help)
    usage
    exit 0
    ;;
  *)
    usage >&2
    exit 2
    ;;
esac

files='' no_files='' output='' snapshot=''
while [[ $# -gt 0 ]]; do
  case $1 in
    --db) SIMORE_DB_CONN=${2:?--db needs a connection string}; shift 2 ;;
    --files) files=${2:?--files needs a folder}; shift 2 ;;
    --no-files) no_files=1; shift ;;
    --output) output=${2:?--output needs a file or folder}; shift 2 ;;
    --snapshot) snapshot=${2:?--snapshot needs an id}; shift 2 ;;
    *) simore_die "unknown option $1 (see --help)" ;;
  esac
done
[[ -n $files || -n $no_files ]] || simore_die "say where the uploaded files are (--files DIR) or that they are backed up otherwise (--no-files)."
[[ -z $files || -d $files ]] || simore_die "--files $files is not a folder."
[[ -z $snapshot || $snapshot =~ ^[0-9A-Fa-f-]+$ ]] || simore_die "--snapshot '$snapshot' is not a snapshot id."
export SIMORE_DB_CONN=${SIMORE_DB_CONN:-}

simore_need_tools psql pg_dump tar sha256sum
simore_need_bypass

work=$(mktemp -d "${TMPDIR:-/tmp}/simore-backup.XXXXXX")
files_list="$work.files"
script="$work.sql"
trap 'rm -rf "$work" "$files_list" "$script"' EXIT
: >"$files_list"

database=$(simore_psql -c "SELECT current_database()")
migration=$(simore_psql -c 'SELECT coalesce(max(migration_id), '"''"') FROM "__EFMigrationsHistory"') ||
  simore_die "$database has no Simore schema (no __EFMigrationsHistory table)."
stamp=$(simore_stamp)

{
  echo "format=simore-backup $SIMORE_BACKUP_FORMAT"
  echo "kind=$kind"
  echo "created=$stamp"
  echo "database=$database"
  echo "server_version=$(simore_psql -c 'SHOW server_version')"
  echo "migration=$migration"
  echo "files=$([[ -n $files ]] && echo included || echo not-included)"
} >"$work/manifest"

if [[ $kind == database ]]; then
  mapfile -t db_args < <(simore_db_args)
  dump_args=(--format=custom --compress=6 --file="$work/database.dump")
  [[ -n $snapshot ]] && dump_args+=(--snapshot="$snapshot")
  simore_note "Dumping database $database..."
  pg_dump "${db_args[@]}" "${dump_args[@]}"
  # The roles (without data): needed on a new server before the dump is restored. Reading the
  # passwords takes a superuser; otherwise the roles are written without them.
  if command -v pg_dumpall >/dev/null; then
    if ! pg_dumpall "${db_args[@]}" --globals-only --file="$work/roles.sql" 2>/dev/null &&
      ! pg_dumpall "${db_args[@]}" --globals-only --no-role-passwords --file="$work/roles.sql" 2>/dev/null; then
      rm -f "$work/roles.sql"
      simore_note "warning: the roles could not be read (pg_dumpall --globals-only); keep them apart."
    fi
  fi
  echo "tenants=$(simore_psql -c "SELECT string_agg(id || ':' || slug, ' ' ORDER BY id) FROM tenants")" >>"$work/manifest"
  if [[ -n $files ]]; then
    simore_list_files "$files" >"$files_list"
  fi
  name="simore-database-$database-$stamp.tar"
else
  tenant_id=$(simore_psql -v slug="$slug" <<<"SELECT id FROM tenants WHERE slug = :'slug'")
  [[ -n $tenant_id ]] || simore_die "there is no tenant '$slug' in $database."
  echo "tenant_id=$tenant_id" >>"$work/manifest"
  echo "tenant_slug=$slug" >>"$work/manifest"
  mkdir -p "$work/tenant/tables"

  # Every table with a tenant_id column is tenant-owned (checked by the schema tests); its columns
  # except generated ones, and its primary key for a stable order.
  mapfile -t tables < <(simore_psql <<'SQL'
SELECT c.relname,
       (SELECT string_agg(a.attname, ',' ORDER BY a.attnum) FROM pg_attribute a
        WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''),
       coalesce((SELECT string_agg(a.attname, ',' ORDER BY array_position(i.indkey::int2[], a.attnum))
                 FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
                 WHERE i.indrelid = c.oid AND i.indisprimary), 'tenant_id')
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
  AND EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
ORDER BY c.relname
SQL
  )
  [[ ${#tables[@]} -gt 0 ]] || simore_die "no tenant-owned tables found in $database."

  # The accounts this State's rows name: every uuid column of a tenant table holds a user's id.
  mapfile -t user_columns < <(simore_psql <<'SQL'
SELECT c.relname || '.' || a.attname
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.atttypid = 'uuid'::regtype
WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
  AND EXISTS (SELECT FROM pg_attribute t WHERE t.attrelid = c.oid AND t.attname = 'tenant_id' AND NOT t.attisdropped)
ORDER BY 1
SQL
  )
  users="SELECT NULL::uuid"
  for column in "${user_columns[@]}"; do
    simore_identifier "${column%%.*}"
    simore_identifier "${column#*.}"
    users+=" UNION SELECT \"${column#*.}\" FROM public.${column%%.*} WHERE tenant_id = $tenant_id"
  done

  columns_of() {
    simore_psql -v t="$1" <<<"SELECT string_agg(attname, ',' ORDER BY attnum) FROM pg_attribute WHERE attrelid = format('public.%I', :'t')::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''"
  }
  copy_out() {
    printf '\\copy (%s) TO %s WITH (FORMAT csv, HEADER)\n' "$1" "'$2'"
  }

  # One snapshot for every table: the rows agree with each other as they did at one moment. Read
  # only, so it can also run against a streaming replica.
  {
    echo "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;"
    [[ -n $snapshot ]] && echo "SET TRANSACTION SNAPSHOT '$snapshot';"
    copy_out "SELECT $(simore_quote_list "$(columns_of tenants)") FROM public.tenants WHERE id = $tenant_id" "$work/tenant/tenants.csv"
    for global in users user_claims user_logins user_tokens; do
      cols=$(simore_quote_list "$(columns_of "$global")")
      key=user_id
      [[ $global == users ]] && key=id
      copy_out "SELECT $cols FROM public.$global WHERE $key IN ($users) ORDER BY $cols" "$work/tenant/$global.csv"
    done
    for line in "${tables[@]}"; do
      IFS='|' read -r table cols key <<<"$line"
      simore_identifier "$table"
      cols=$(simore_quote_list "$cols")
      key=$(simore_quote_list "$key")
      copy_out "SELECT $cols FROM public.$table WHERE tenant_id = $tenant_id ORDER BY $key" "$work/tenant/tables/$table.csv"
    done
    copy_out 'SELECT migration_id FROM public."__EFMigrationsHistory" ORDER BY 1' "$work/tenant/migrations.csv"
    echo "COMMIT;"
  } >"$script"
  simore_note "Exporting tenant $slug (id $tenant_id) from $database..."
  simore_psql -f "$script" >/dev/null

  if [[ -n $files ]]; then
    simore_list_files "$files" "$tenant_id" >"$files_list"
    # Files the rows name but the folder lacks (deleted since the snapshot, or lost before).
    mapfile -t keys < <(simore_psql -c "SELECT storage_key FROM public.evidence WHERE tenant_id = $tenant_id AND storage_key IS NOT NULL ORDER BY 1" 2>/dev/null || true)
    missing=0
    for key in "${keys[@]}"; do
      [[ -f $files/$key ]] || missing=$((missing + 1))
    done
    ((missing == 0)) || simore_note "warning: $missing evidence file(s) named by the rows are not in $files/$tenant_id."
  fi
  name="simore-tenant-$slug-$stamp.tar"
fi

echo "file_count=$(tr -cd '\0' <"$files_list" | wc -c)" >>"$work/manifest"
simore_write_checksums "$work" "$files" "$files_list"
output=$(simore_output_path "$output" "$name")
simore_write_archive "$work" "$files" "$files_list" "$output"
simore_note "Backup written: $output ($(du -h "$output" | cut -f1))"
printf '%s\n' "$output"
