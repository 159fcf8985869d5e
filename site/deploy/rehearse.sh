#!/usr/bin/env bash
# Rehearse docs/deployment.md on a fresh Debian 12: a debootstrap chroot stands in
# for the new machine, and each numbered step of the document is run as written
# there. Needs root, debootstrap and network access; takes about five minutes.
# Not part of CI (it installs a whole system); run it after changing the
# deployment files or the document:
#
#   sudo site/deploy/rehearse.sh [/tmp/kanim-rehearsal]
#
# What stands in for what a real machine has: no systemd runs in a chroot, so
# each unit's ExecStart lines are run as its User with its EnvironmentFile and
# WorkingDirectory; certbot cannot reach a public name, so a local authority
# signs the certificate at the path certbot would use; the steps from the
# database on run in their own network namespace so that they cannot touch the
# host's PostgreSQL, Redis or ports.
set -euo pipefail

ROOT=${1:-/tmp/kanim-rehearsal}
REPO=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
HOST=paspor.example.go.id

clean_up() {
  # Whatever the walk left running inside the chroot, then the mounts.
  for pid in $(ps -e -o pid=); do
    [ "$(readlink "/proc/$pid/root" 2>/dev/null)" = "$(realpath "$ROOT")" ] && kill "$pid" 2>/dev/null
  done
  sleep 1
  for mount in dev/pts dev proc; do umount -l "$ROOT/$mount" 2>/dev/null || true; done
}
trap clean_up EXIT

# A fresh machine every time: an earlier rehearsal's root is removed (only if it is one).
if [ -e "$ROOT" ]; then
  if [ ! -e "$ROOT/.kanim-rehearsal" ] || grep -q " $(realpath "$ROOT")/" /proc/mounts; then
    echo "$ROOT exists and is not an idle rehearsal root; choose another folder" >&2
    trap - EXIT
    exit 1
  fi
  rm -rf "$ROOT"
fi
debootstrap --variant=minbase bookworm "$ROOT" http://deb.debian.org/debian >/dev/null
touch "$ROOT/.kanim-rehearsal"
mount -t proc proc "$ROOT/proc"
mount --bind /dev "$ROOT/dev"
mount --bind /dev/pts "$ROOT/dev/pts"
cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
# apt must not try to start services in a chroot; the walk starts them itself.
printf '#!/bin/sh\nexit 101\n' > "$ROOT/usr/sbin/policy-rc.d"
chmod +x "$ROOT/usr/sbin/policy-rc.d"
grep -qs "$HOST" "$ROOT/etc/hosts" || echo "127.0.0.1 localhost $(hostname) $HOST" >> "$ROOT/etc/hosts"
# A proxy's own certificate authority, where the host has one (not a step of the document).
if compgen -G "/usr/local/share/ca-certificates/*.crt" > /dev/null; then
  mkdir -p "$ROOT/usr/local/share/ca-certificates"
  cp /usr/local/share/ca-certificates/*.crt "$ROOT/usr/local/share/ca-certificates/"
fi
# "The repository": this checkout's committed state.
rm -rf "$ROOT/srv/repository.git"
git clone --quiet --bare "$REPO" "$ROOT/srv/repository.git"

in_chroot() { chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 /bin/bash -euo pipefail -c "$1"; }

echo "== 1. Packages"
in_chroot '
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq ca-certificates curl openssl procps >/dev/null   # for this rehearsal only
update-ca-certificates >/dev/null
apt-get install -y -qq sudo python3 python3-venv git make nginx postgresql redis-server certbot python3-certbot-nginx >/dev/null
'

echo "== 2. A user and folders"
in_chroot '
id kanim >/dev/null 2>&1 || adduser --system --group --home /var/lib/kanim kanim
mkdir -p /srv/kanim /var/lib/kanim/media /var/lib/kanim/private-media /var/lib/kanim/static /var/backups/kanim /etc/kanim
chown -R kanim:kanim /srv/kanim /var/lib/kanim /var/backups/kanim
'

echo "== 3. The code"
in_chroot '
git config --system --add safe.directory /srv/repository.git   # a root-owned local clone source
rm -rf /srv/kanim && mkdir /srv/kanim && chown kanim:kanim /srv/kanim
cd /srv/kanim
sudo -u kanim git clone --quiet /srv/repository.git /srv/kanim
sudo -u kanim make install >/dev/null
'

# From here on the machine has no network but its own loopback.
cat > "$ROOT/root/walk.sh" <<'WALK'
set -euo pipefail
HOST=paspor.example.go.id
cd /srv/kanim

# Run a systemd unit the way systemd would: as its user, with its environment file, in its folder.
run_unit() {
  local unit=/etc/systemd/system/$1 mode=$2 user folder command
  user=$(sed -n 's/^User=//p' "$unit")
  folder=$(sed -n 's/^WorkingDirectory=//p' "$unit")
  while read -r command; do
    if [ "$mode" = background ]; then
      (cd "$folder" && sudo -u "$user" bash -c "set -a; . /etc/kanim/env; set +a; exec $command" >>"/var/log/$1.log" 2>&1 &)
    else
      (cd "$folder" && sudo -u "$user" bash -c "set -a; . /etc/kanim/env; set +a; $command")
    fi
  done < <(sed -n 's/^ExecStart=//p' "$unit")
}
as_kanim() { sudo -u kanim bash -euo pipefail -c "set -a; . /etc/kanim/env; set +a; $1"; }
wait_for_gunicorn() { for _ in $(seq 30); do curl -s -o /dev/null http://127.0.0.1:8000/ && return; sleep 1; done; cat /var/log/kanim-web.service.log; exit 1; }
shell() { as_kanim ".venv/bin/python manage.py shell --no-imports -c '$1'"; }
pages() { shell "from wagtail.models import Page; print(Page.objects.count())"; }

echo "== 4. The database (and Redis, which systemd would have started)"
# When apt ran, the host's own PostgreSQL held port 5432, so Debian gave this cluster 5433.
sed -i 's/^port = .*/port = 5432/' /etc/postgresql/15/main/postgresql.conf
pg_ctlcluster 15 main start
redis-server --daemonize yes --save "" >/dev/null
sudo -u postgres createuser kanim
sudo -u postgres createdb --owner kanim kanim

echo "== 5. The environment"
cp site/env.example /etc/kanim/env
key=$(python3 -c "import secrets; print(secrets.token_urlsafe(50))")
sed -i "s|^SECRET_KEY=.*|SECRET_KEY=$key|" /etc/kanim/env
chmod 640 /etc/kanim/env
chown root:kanim /etc/kanim/env

echo "== 6. Prepare the site"
as_kanim ".venv/bin/python manage.py migrate --verbosity 0"
as_kanim ".venv/bin/python manage.py collectstatic --noinput --verbosity 0"
as_kanim ".venv/bin/python manage.py compile_translations"
as_kanim ".venv/bin/python manage.py check --deploy" | tee /tmp/check.txt
grep -q "System check identified no issues" /tmp/check.txt
as_kanim "DJANGO_SUPERUSER_PASSWORD='Rehearsal-Only-2026!' .venv/bin/python manage.py createsuperuser --noinput --username admin --email admin@example.go.id"
as_kanim ".venv/bin/python manage.py load_demo --force" >/dev/null

echo "== 7. Services"
cp site/deploy/kanim-web.service site/deploy/kanim-worker.service \
   site/deploy/kanim-daily.service site/deploy/kanim-daily.timer /etc/systemd/system/
run_unit kanim-web.service background
run_unit kanim-worker.service background
wait_for_gunicorn

echo "== 8. nginx and HTTPS"
cp site/deploy/nginx.conf.example /etc/nginx/sites-available/kanim
ln -sf /etc/nginx/sites-available/kanim /etc/nginx/sites-enabled/kanim
rm -f /etc/nginx/sites-enabled/default
# What certbot would leave behind, signed by a local authority this machine trusts.
mkdir -p "/etc/letsencrypt/live/$HOST" /root/ca
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=rehearsal-ca \
  -keyout /root/ca/ca.key -out /root/ca/ca.crt 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=$HOST" \
  -keyout "/etc/letsencrypt/live/$HOST/privkey.pem" -out /root/ca/site.csr 2>/dev/null
echo "subjectAltName=DNS:$HOST" > /root/ca/ext
openssl x509 -req -in /root/ca/site.csr -CA /root/ca/ca.crt -CAkey /root/ca/ca.key -CAcreateserial -days 2 \
  -extfile /root/ca/ext -out "/etc/letsencrypt/live/$HOST/fullchain.pem" 2>/dev/null
cp /root/ca/ca.crt /usr/local/share/ca-certificates/rehearsal-ca.crt
update-ca-certificates >/dev/null
nginx -t
nginx

echo "== 9. Check it (the worker needs a moment for its first heartbeat)"
for _ in $(seq 20); do as_kanim ".venv/bin/python manage.py smoke https://$HOST" >/tmp/smoke.txt 2>&1 && break; sleep 3; done
cat /tmp/smoke.txt
as_kanim ".venv/bin/python manage.py smoke https://$HOST" >/dev/null
curl -s -o /dev/null -w "http://$HOST/id/  -> %{http_code} %{redirect_url}\n" "http://$HOST/id/"
curl -s -o /dev/null -w "https://$HOST/id/ -> %{http_code}\n" "https://$HOST/id/"
curl -s -D - -o /dev/null -H "Accept-Encoding: gzip" "https://$HOST/id/" \
  | grep -iE "^(content-encoding|strict-transport-security|content-security-policy)" | cut -c1-100
css=$(curl -s "https://$HOST/id/" | grep -o '/static/[^"]*\.css' | head -1)
curl -s -D - -o /dev/null -H "Accept-Encoding: gzip" "https://$HOST$css" | grep -iE "^(cache-control|content-encoding)" | tee /tmp/static.txt
test "$(grep -ci '^cache-control: public, max-age=31536000, immutable' /tmp/static.txt)" = 1
test "$(grep -ci '^cache-control' /tmp/static.txt)" = 1
test "$(curl -s -o /dev/null -w '%{http_code}' "https://$HOST/id/")" = 200

echo "== Backups and restore"
run_unit kanim-daily.service foreground
backup=$(ls -d /var/backups/kanim/*/ | tail -1)
ls -l "$backup"
# Personal data: the backup is readable by kanim alone.
test -z "$(find "$backup" -type f -perm /077)"
before=$(pages)
# An accident: a whole section of the site deleted.
shell "from wagtail.models import Page; Page.objects.filter(depth=3).first().delete()"
echo "pages before $before, after the accident $(pages)"
pkill -f "gunicorn -c site/deploy" || true   # systemctl stop kanim-web kanim-worker
pkill -f "manage.py run_worker" || true
sleep 2
as_kanim "site/deploy/restore.sh $backup"
run_unit kanim-web.service background
run_unit kanim-worker.service background
after=$(pages)
echo "pages after restore $after"
test "$before" = "$after"
wait_for_gunicorn
test "$(curl -s -o /dev/null -w '%{http_code}' "https://$HOST/id/")" = 200

nginx -s stop
pkill -f "gunicorn -c site/deploy" || true
pkill -f "manage.py run_worker" || true
redis-cli shutdown nosave >/dev/null 2>&1 || true
pg_ctlcluster 15 main stop
echo "Rehearsal passed: every step of docs/deployment.md ran on a fresh Debian 12."
WALK
unshare --net /bin/bash -c "ip link set lo up && chroot '$ROOT' /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 /bin/bash /root/walk.sh"
