#!/usr/bin/env bash
# Restore a backup made by backup.sh into the database and media folders named
# by the environment. Stop the web and worker services first:
#   systemctl stop kanim-web kanim-worker
#   site/deploy/restore.sh /var/backups/kanim/20261123T023000Z
#   systemctl start kanim-web kanim-worker
set -euo pipefail
source_dir=${1:?usage: restore.sh BACKUP_DIR}

case "${DATABASE_URL:?DATABASE_URL is not set}" in
  postgres://*|postgresql://*)
    pg_restore --clean --if-exists --no-owner --single-transaction --dbname="$DATABASE_URL" "$source_dir/database.dump" ;;
  sqlite:///*)
    cp "$source_dir/database.sqlite3" "${DATABASE_URL#sqlite://}" ;;
  *) echo "restore.sh: unsupported DATABASE_URL scheme" >&2; exit 1 ;;
esac

for name in MEDIA_ROOT PRIVATE_MEDIA_ROOT; do
  folder=${!name:-}
  archive="$source_dir/$(echo "$name" | tr 'A-Z_' 'a-z-').tar.gz"
  if [ -n "$folder" ] && [ -f "$archive" ]; then
    mkdir -p "$folder"
    tar -C "$folder" -xzf "$archive"
  fi
done
echo "Restored from $source_dir. Rebuild the search index if it lives elsewhere: manage.py update_index"
