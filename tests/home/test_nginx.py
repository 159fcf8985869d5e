"""The shipped nginx configuration (site/deploy/nginx.conf.example) is valid and
its edge cache serves anonymous public pages, and nothing personal. Run against
Debian's nginx when it is installed; skipped with a message otherwise."""

import subprocess
import time

import pytest
import requests
import urllib3

from tests import world
from tools.edge import NGINX, available, local_copy

pytestmark = pytest.mark.skipif(
    not available(),
    reason="nginx and its purge module are not installed (apt-get install nginx libnginx-mod-http-cache-purge)",
)


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


# Readers of the tests' own office site (tests/world.py); nginx passes the host on.
WORLD = {"Host": world.HOST}


def status(url, headers=None, **kwargs):
    headers = {**WORLD, **(headers or {})}
    response = requests.get(url, verify=False, timeout=10, allow_redirects=False, headers=headers, **kwargs)
    return response.status_code, response.headers.get("X-Edge-Cache")


def test_the_edge_serves_public_pages_and_never_personal_ones(edge):
    fees = edge + world.path("fees")
    status(fees)
    assert status(fees) == (200, "HIT")
    assert status(fees, cookies={"sessionid": "abc"})[1] == "BYPASS"
    assert status(edge + "/id/cari/?q=paspor")[1] == "BYPASS"
    assert status(edge + world.path("checker") + "?q=0812-3456-7890")[1] == "BYPASS"
    assert status(edge + "/id/desa/masuk/")[1] == "BYPASS"
    assert status(edge + "/admin/login/")[1] == "BYPASS"
    time.sleep(2.1)  # nginx counts whole seconds: within two the copy is renewed, and a publish reaches readers
    assert status(fees)[1] in ("EXPIRED", "UPDATING", "STALE")


RETITLE = """
from wagtail.models import Page, Site
home = Site.objects.get(hostname={host!r}).root_page
page = Page.objects.descendant_of(home).get(slug={slug!r}, locale__language_code="id").specific
page.title = {title!r}
page.save_revision().publish()
"""


def retitle(site_process, title, env):
    """Publish the world's privacy page with a new title, from another process, as an editor would."""
    script = RETITLE.format(title=title, host=world.HOST, slug=world.slug("privacy", "id"))
    site_process.manage("shell", "-c", script, env=env)


def test_publishing_a_page_purges_its_edge_copy(long_edge, site_process):
    url, purge_url = long_edge
    page = url + world.path("privacy")
    requests.get(page, verify=False, timeout=10, headers=WORLD)
    assert status(page) == (200, "HIT")
    publish_with_purge = {"FRONTEND_CACHE_URL": purge_url}
    try:
        retitle(site_process, "Pemberitahuan privasi (baru)", publish_with_purge)
        # The shell's publish renews the test server's cache (they share it, as production's
        # processes share Redis); no-cache skips the server's page cache all the same. nginx
        # ignores the header, so without the purge the edge would still answer from its
        # minute-long copy (HIT).
        response = requests.get(page, verify=False, timeout=10, headers={**WORLD, "Cache-Control": "no-cache"})
        assert response.headers["X-Edge-Cache"] == "MISS"
        assert "Pemberitahuan privasi (baru)" in response.text
    finally:
        retitle(site_process, "Kebijakan privasi", publish_with_purge)
    fresh = requests.get(page, verify=False, timeout=10, headers={**WORLD, "Cache-Control": "no-cache"})
    assert "Pemberitahuan privasi (baru)" not in fresh.text


def test_the_access_log_keeps_paths_and_never_what_readers_typed(edge, tmp_path):
    typed = {"q": "NIK 3201234567890123 wa 081234567890"}
    requests.get(edge + "/id/cari/", params=typed, verify=False, timeout=10)
    requests.get(edge + "/id/", verify=False, timeout=10, headers={"Referer": edge + "/id/cari/?q=081234567890"})
    written = (tmp_path / "logs" / "access.log").read_text()
    assert '"GET /id/cari/ HTTP/1.1" 200' in written
    assert "3201" not in written and "0812" not in written, written


SECURITY_HEADERS = ("Strict-Transport-Security", "X-Frame-Options", "Content-Security-Policy")


def test_what_nginx_answers_itself_carries_the_security_headers_and_no_version(edge):
    for path in ("/static/css/site.css", "/static/nothing-here.css", "/media/nothing-here.png"):
        response = requests.get(edge + path, verify=False, timeout=10)
        assert all(name in response.headers for name in SECURITY_HEADERS), (path, response.headers)
        assert response.headers["Server"] == "nginx"
    long_path = requests.get(edge + "/id/" + "a" * 3000 + "/", verify=False, timeout=10, allow_redirects=False)
    assert long_path.status_code in (301, 302, 404), (long_path.status_code, dict(long_path.headers))  # not a 502


def test_when_the_site_is_down_nginx_explains_in_both_languages(tmp_path):
    from tools.edge import free_port

    config, port, _purge_port = local_copy(tmp_path, free_port())  # nothing listens there
    process = subprocess.Popen([NGINX, "-c", str(config), "-p", str(tmp_path)], stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                response = requests.get(f"https://localhost:{port}/id/", verify=False, timeout=5)
                break
            except requests.ConnectionError:
                assert time.monotonic() < deadline
                time.sleep(0.2)
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert response.status_code == 502
    assert "Coba buka lagi" in response.text and "try again" in response.text
    assert all(name in response.headers for name in SECURITY_HEADERS)
