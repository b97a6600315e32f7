# Shared by deploy/backup.sh and deploy/restore.sh: connecting, checking the role, the archive.
# shellcheck shell=bash

# The archive: an uncompressed tar (the dump and most uploads are compressed already) holding
#   manifest            key=value lines: format, kind, when, where from, schema version
#   SHA256SUMS          a checksum for every other member
#   database.dump       kind=database: pg_dump, custom format
#   roles.sql           kind=database: pg_dumpall --globals-only (roles, no data), when permitted
#   tenant/...          kind=tenant: one CSV per table, the tenant's row, its accounts, migrations
#   files/...           the uploaded files, as under Storage:Path (tenant id / year / name)
SIMORE_BACKUP_FORMAT=1

simore_die() {
  echo "error: $*" >&2
  exit 1
}

simore_note() {
  echo "$*" >&2
}

# psql with the target database: --db when given, else libpq's PG* variables.
simore_psql() {
  local args=(-X -q -v ON_ERROR_STOP=1 -At)
  if [[ -n ${SIMORE_DB_CONN:-} ]]; then
    args+=("--dbname=$SIMORE_DB_CONN")
  fi
  psql "${args[@]}" "$@"
}

simore_db_args() {
  if [[ -n ${SIMORE_DB_CONN:-} ]]; then
    printf '%s\n' "--dbname=$SIMORE_DB_CONN"
  fi
}

simore_need_tools() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null ||
      simore_die "$tool is not installed (Debian: apt-get install postgresql-client tar coreutils; use the client of the server's major version or newer)."
  done
}

# Row-level security is forced on the tenant tables: a role bound by it would read nothing of them
# (pg_dump stops with "query would be affected by row-level security policy").
simore_need_bypass() {
  local allowed
  allowed=$(simore_psql -c "SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user") ||
    simore_die "cannot connect to the database (--db, or the PGHOST, PGPORT, PGUSER, PGDATABASE variables)."
  [[ $allowed == t ]] ||
    simore_die "the role $(simore_psql -c 'SELECT current_user') is bound by row-level security: connect as a superuser or as a role with BYPASSRLS (see docs/operations.md, Backups)."
}

simore_stamp() {
  date -u +%Y%m%dT%H%M%SZ
}

simore_manifest_get() {
  local file=$1 key=$2
  sed -n "s/^$key=//p" "$file" | head -n 1
}

# Lists the regular files of an uploads folder (or of one tenant's folder in it), relative to the
# uploads folder, NUL-separated; leaves out what the stores write for a moment (".part" files, write
# probes, restore staging folders).
simore_list_files() {
  local folder=$1 tenant=${2:-}
  if [[ -n $tenant ]]; then
    [[ -d $folder/$tenant ]] || return 0
    (cd "$folder" && find "$tenant" -type f ! -name '*.part' ! -name '.*' ! -path '*/.*' -print0)
  else
    (cd "$folder" && find . -type f ! -name '*.part' ! -name '.*' ! -path '*/.*' -printf '%P\0')
  fi
}

# Checksums of the archive's members; the files' paths are written as they are in the archive.
simore_write_checksums() {
  local work=$1 files_root=$2 files_list=$3
  (cd "$work" && find . -type f ! -name SHA256SUMS -printf '%P\0' | sort -z | xargs -0 -r sha256sum --) >"$work/SHA256SUMS"
  if [[ -n $files_root && -s $files_list ]]; then
    (cd "$files_root" && sort -z "$files_list" | xargs -0 -r sha256sum --) | sed 's#^\([0-9a-f]*\)  #\1  files/#' >>"$work/SHA256SUMS"
  fi
}

# Writes the tar: the work folder's members, then the uploads named in the list, under files/.
simore_write_archive() {
  local work=$1 files_root=$2 files_list=$3 output=$4 partial
  partial="$output.partial"
  tar -cf "$partial" -C "$work" .
  if [[ -n $files_root && -s $files_list ]]; then
    tar -rf "$partial" -C "$files_root" --null -T "$files_list" --transform 's,^,files/,'
  fi
  mv -f "$partial" "$output"
}

# Where the archive goes: a file name, or a folder to put a dated one in.
simore_output_path() {
  local output=$1 name=$2
  if [[ -z $output ]]; then
    output=.
  fi
  if [[ -d $output ]]; then
    output="${output%/}/$name"
  fi
  [[ -e $output ]] && simore_die "$output exists already; choose another --output."
  mkdir -p "$(dirname "$output")"
  printf '%s\n' "$output"
}

# Unpacks an archive into a folder and checks every member against SHA256SUMS.
simore_unpack() {
  local archive=$1 work=$2
  [[ -f $archive ]] || simore_die "no archive at $archive"
  tar -xf "$archive" -C "$work" || simore_die "$archive is not a readable tar archive."
  [[ -f $work/manifest && -f $work/SHA256SUMS ]] || simore_die "$archive is not a Simore backup (no manifest)."
  [[ $(simore_manifest_get "$work/manifest" format) == "simore-backup $SIMORE_BACKUP_FORMAT" ]] ||
    simore_die "$archive has format '$(simore_manifest_get "$work/manifest" format)'; this script reads simore-backup $SIMORE_BACKUP_FORMAT."
  (cd "$work" && sha256sum --quiet --strict -c SHA256SUMS) || simore_die "$archive is damaged: a member does not match its checksum."
}

# Moves every file of one folder into another, never replacing a file that is already there (files
# are written once under random names: the same name is the same file). Moves are renames when both
# are on one file system, which is why restores unpack next to the uploads folder.
simore_merge_tree() {
  local source=$1 target=$2 entry name
  mkdir -p "$target"
  for entry in "$source"/* "$source"/.[!.]*; do
    [[ -e $entry ]] || continue
    name=${entry##*/}
    if [[ ! -e $target/$name ]]; then
      mv -- "$entry" "$target/$name"
    elif [[ -d $entry && -d $target/$name ]]; then
      simore_merge_tree "$entry" "$target/$name"
    elif ! cmp -s -- "$entry" "$target/$name"; then
      simore_note "warning: $target/$name exists with other content; kept the existing file."
    fi
  done
}

# Only names that are plain SQL identifiers reach generated SQL (the archive is not trusted).
simore_identifier() {
  [[ $1 =~ ^[a-z_][a-z0-9_]*$ ]] || simore_die "unexpected name '$1' in the archive or the schema."
}

simore_column_list() {
  [[ $1 =~ ^[a-z_][a-z0-9_]*(,[a-z_][a-z0-9_]*)*$ ]] || simore_die "unexpected column list '$1'."
}

# a,b,to -> "a","b","to": every column quoted, since some are SQL keywords.
simore_quote_list() {
  simore_column_list "$1"
  printf '"%s"' "${1//,/\",\"}"
}
