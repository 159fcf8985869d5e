"""The shipped nginx configuration (site/deploy/nginx.conf.example) is valid and
its edge cache serves anonymous public pages, and nothing personal. Run against
Debian's nginx when it is installed; skipped with a message otherwise."""

import os
import re
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest
import requests
import urllib3

PROJECT = Path(__file__).resolve().parents[2]
EXAMPLE = PROJECT / "site" / "deploy" / "nginx.conf.example"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
PURGE_MODULE = Path("/usr/lib/nginx/modules/ngx_http_cache_purge_module.so")

pytestmark = pytest.mark.skipif(
    not (Path(NGINX).exists() and PURGE_MODULE.exists()),
    reason="nginx and its purge module are not installed (apt-get install nginx libnginx-mod-http-cache-purge)",
)


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


def test_the_shipped_configuration_passes_nginx_t(tmp_path):
    config, _port, _purge_port = local_copy(tmp_path, 8000)
    result = subprocess.run([NGINX, "-t", "-c", str(config), "-p", str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def start_edge(tmp_path, site_process, keep_seconds=None):
    config, port, purge_port = local_copy(tmp_path, int(site_process.url.rsplit(":", 1)[1]), keep_seconds)
    process = subprocess.Popen([NGINX, "-c", str(config), "-p", str(tmp_path)], stderr=subprocess.PIPE)
    urllib3.disable_warnings()
    url = f"https://localhost:{port}"
    deadline = time.monotonic() + 10
    while True:
        try:
            requests.get(url + "/id/", verify=False, timeout=2)
            break
        except requests.ConnectionError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
    return process, url, purge_port


@pytest.fixture
def edge(tmp_path, site_process):
    process, url, _purge_port = start_edge(tmp_path, site_process)
    yield url
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def long_edge(tmp_path, site_process):
    """The edge keeping copies a minute, and its purge server's address."""
    process, url, purge_port = start_edge(tmp_path, site_process, keep_seconds=60)
    yield url, f"http://127.0.0.1:{purge_port}"
    process.terminate()
    process.wait(timeout=10)


def status(url, **kwargs):
    response = requests.get(url, verify=False, timeout=10, allow_redirects=False, **kwargs)
    return response.status_code, response.headers.get("X-Edge-Cache")


def test_the_edge_serves_public_pages_and_never_personal_ones(edge):
    status(edge + "/id/biaya-paspor/")
    assert status(edge + "/id/biaya-paspor/") == (200, "HIT")
    assert status(edge + "/id/biaya-paspor/", cookies={"sessionid": "abc"})[1] == "BYPASS"
    assert status(edge + "/id/cari/?q=paspor")[1] == "BYPASS"
    assert status(edge + "/id/cek-kanal-resmi/?q=0812-3456-7890")[1] == "BYPASS"
    assert status(edge + "/id/desa/masuk/")[1] == "BYPASS"
    assert status(edge + "/admin/login/")[1] == "BYPASS"
    time.sleep(2.1)  # nginx counts whole seconds: within two the copy is renewed, and a publish reaches readers
    assert status(edge + "/id/biaya-paspor/")[1] in ("EXPIRED", "UPDATING", "STALE")


RETITLE = """
from wagtail.models import Page, Site
home = Site.objects.get(is_default_site=True).root_page
page = Page.objects.descendant_of(home).get(slug="privasi", locale__language_code="id").specific
page.title = {title!r}
page.save_revision().publish()
"""


def test_publishing_a_page_purges_its_edge_copy(long_edge, site_process):
    url, purge_url = long_edge
    page = url + "/id/privasi/"
    requests.get(page, verify=False, timeout=10)
    assert status(page) == (200, "HIT")
    publish_with_purge = {"FRONTEND_CACHE_URL": purge_url}
    try:
        site_process.manage("shell", "-c", RETITLE.format(title="Pemberitahuan privasi (baru)"), env=publish_with_purge)
        # The test server's own page cache lives in its process (no Redis here), out of the
        # shell's reach: no-cache asks it to render afresh. nginx ignores the header, so
        # without the purge the edge would still answer from its minute-long copy (HIT).
        response = requests.get(page, verify=False, timeout=10, headers={"Cache-Control": "no-cache"})
        assert response.headers["X-Edge-Cache"] == "MISS"
        assert "Pemberitahuan privasi (baru)" in response.text
    finally:
        site_process.manage("shell", "-c", RETITLE.format(title="Pemberitahuan privasi"), env=publish_with_purge)
    fresh = requests.get(page, verify=False, timeout=10, headers={"Cache-Control": "no-cache"})
    assert "Pemberitahuan privasi (baru)" not in fresh.text
