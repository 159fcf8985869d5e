"""The shipped nginx configuration (site/deploy/nginx.conf.example) made runnable on
this machine: test paths and ports, a self-signed certificate, wrapped in a main
config. Used by its tests (tests/home/test_nginx.py) and by `manage.py bench`."""

import os
import re
import shutil
import socket
import subprocess
from pathlib import Path

from django.conf import settings

EXAMPLE = Path(settings.BASE_DIR) / "site" / "deploy" / "nginx.conf.example"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
PURGE_MODULE = Path("/usr/lib/nginx/modules/ngx_http_cache_purge_module.so")


def available():
    return Path(NGINX).exists() and PURGE_MODULE.exists()


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def local_copy(tmp_path, upstream_port, keep_seconds=None):
    """The example as a machine would use it, with test paths and ports, wrapped in a main config."""
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=localhost",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    http_port, https_port, purge_port = free_port(), free_port(), free_port()
    site = EXAMPLE.read_text()
    site = re.sub(r"^\s*listen \[::\].*$", "", site, flags=re.MULTILINE)  # no IPv6 in every sandbox
    site = site.replace("listen 80;", f"listen 127.0.0.1:{http_port};")
    site = site.replace("listen 443 ssl http2;", f"listen 127.0.0.1:{https_port} ssl http2;")
    site = site.replace("server_name paspor.example.go.id;", "server_name localhost;")
    site = site.replace("/etc/letsencrypt/live/paspor.example.go.id/fullchain.pem", str(cert))
    site = site.replace("/etc/letsencrypt/live/paspor.example.go.id/privkey.pem", str(key))
    site = site.replace("/var/cache/nginx/kanim", str(tmp_path / "cache"))
    site = site.replace("/var/log/nginx/kanim.access.log", str(tmp_path / "logs" / "access.log"))
    # The static files as they are before collectstatic (their names unhashed).
    site = site.replace("/var/lib/kanim/static", str(Path(settings.BASE_DIR) / "site" / "static"))
    site = site.replace("server 127.0.0.1:8000", f"server 127.0.0.1:{upstream_port}")
    site = site.replace("listen 127.0.0.1:8081;", f"listen 127.0.0.1:{purge_port};")
    if keep_seconds:
        # Kept long enough that only a purge can explain a fresh copy.
        site = site.replace("proxy_cache_valid 200 1s;", f"proxy_cache_valid 200 {keep_seconds}s;")
    (tmp_path / "cache").mkdir()
    (tmp_path / "logs").mkdir()
    # Workers would run as nobody and could not enter pytest's private temporary folder.
    user = "user root;" if os.geteuid() == 0 else ""
    main = f"""
{user}
load_module {PURGE_MODULE};
daemon off;
pid {tmp_path}/nginx.pid;
error_log {tmp_path}/logs/error.log;
events {{ worker_connections 256; }}
http {{
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path {tmp_path}/body;
    proxy_temp_path {tmp_path}/proxy;
    fastcgi_temp_path {tmp_path}/fastcgi;
    uwsgi_temp_path {tmp_path}/uwsgi;
    scgi_temp_path {tmp_path}/scgi;
{site}
}}
"""
    config = tmp_path / "nginx.conf"
    config.write_text(main)
    for path in tmp_path.iterdir():
        path.chmod(0o777)
    tmp_path.chmod(0o777)
    return config, https_port, purge_port
