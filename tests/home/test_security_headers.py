"""Security headers on every response, and a clean `check --deploy` under the
production environment example."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests import world
from tests.html import soup
from tests.world import client_on_the_site  # noqa: F401  (the client reads the world's site)

pytestmark = pytest.mark.django_db


PROJECT = Path(__file__).resolve().parents[2]
PUBLIC_PAGES = [
    "/id/",
    world.path("lost_passport", "en"),
    world.path("checklist") + "?need=lost&applicant=child&passport=e5&delivery=on",
    world.path("checker") + "?q=0813-9967-9966",
    world.path("module", "en"),
    world.path("faq"),
    world.path("question"),
    "/id/cari/?q=paspor",
    "/id/desa/masuk/",
    "/id/tidak-ada/",
]


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_allow_only_the_sites_own_scripts_and_styles(client, path):
    response = client.get(path)
    policy = directives(response)
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]
    page = soup(response)
    # Nothing inline that the policy would block: scripts come from files; JSON-LD and JSON blocks are data.
    data = ("application/ld+json", "application/json")
    assert all(s.get("src") or s.get("type") in data for s in page.find_all("script"))
    assert not page.find_all("style")
    assert not page.select("[style]")
    assert not [tag for tag in page.find_all(True) if any(attr.startswith("on") for attr in tag.attrs)]
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response["Permissions-Policy"] and "geolocation=()" in response["Permissions-Policy"]


def test_cached_pages_carry_the_same_headers(client):
    client.get("/id/")
    cached = client.get("/id/")
    assert cached["X-Page-Cache"] == "hit"
    assert directives(cached)["script-src"] == ["'self'"]
    assert "Permissions-Policy" in cached


def test_the_admin_has_its_own_policy(admin_client):
    policy = directives(admin_client.get("/admin/"))
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["frame-ancestors"] == ["'self'"]


def env_example():
    values = {}
    for line in (PROJECT / "site" / "env.example").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, _sep, value = line.partition("=")
            values[name.strip()] = value.strip()
    return values


def test_check_deploy_is_clean_with_the_production_environment_example():
    # Only what a server would have: the example, not this test run's variables.
    env = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp"), **env_example()}
    env["SECRET_KEY"] = "k9$Qm2#vL7pW4zR8tX1cY6bN3hJ5fD0gS-aE_uI!oP*Zq7Lw3Xr9Tv2Bn6Mc"
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
