#!/usr/bin/env bash
# Back up the database and both media folders into DIR/<timestamp>/, keeping
# the last KEEP_DAYS days (default 14). Reads DATABASE_URL, MEDIA_ROOT and
# PRIVATE_MEDIA_ROOT from the environment (the same /etc/kanim/env as the site).
#   site/deploy/backup.sh /var/backups/kanim
# Copy the backups off the machine too: a backup on the same disk is not one.
set -euo pipefail
# The database and the private media hold personal data: every file written is the owner's only.
umask 077
dir=${1:?usage: backup.sh DIR}
keep_days=${KEEP_DAYS:-14}
stamp=$(date -u +%Y%m%dT%H%M%SZ)
target="$dir/$stamp"
mkdir -p "$target"
chmod 700 "$dir" "$target"

case "${DATABASE_URL:?DATABASE_URL is not set}" in
  postgres://*|postgresql://*)
    pg_dump --format=custom --no-owner --file="$target/database.dump" "$DATABASE_URL" ;;
  sqlite:///*)
    python3 -c 'import sqlite3, sys; s = sqlite3.connect(sys.argv[1]); d = sqlite3.connect(sys.argv[2]); s.backup(d)' \
      "${DATABASE_URL#sqlite://}" "$target/database.sqlite3" ;;
  *) echo "backup.sh: unsupported DATABASE_URL scheme" >&2; exit 1 ;;
esac

for name in MEDIA_ROOT PRIVATE_MEDIA_ROOT; do
  folder=${!name:-}
  if [ -n "$folder" ] && [ -d "$folder" ]; then
    tar -C "$folder" -czf "$target/$(echo "$name" | tr 'A-Z_' 'a-z-').tar.gz" .
  fi
done

find "$dir" -mindepth 1 -maxdepth 1 -type d -mtime "+$keep_days" -exec rm -rf {} +
echo "Backup written to $target"
