import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import dj_database_url
import pytest

from core.catalogues import compile_catalogues
from tests.demo_references import PACK_TESTS

PROJECT = Path(__file__).resolve().parent.parent

# A bare `pytest` works too: compile the interface catalogues before Django loads them.
compile_catalogues([PROJECT / "site" / "locale", PROJECT / "site" / "locale-admin"])


def pytest_collection_modifyitems(items):
    """Tests that use a browser or the served site, and those in modules that start
    processes (servers, nginx, fresh interpreters), are marked `slow`,
    so `pytest -m "not slow"` (make test-fast) runs the rest in a fraction of the time.
    The pack tests run last, so each process loads the packs once (tests/packs/conftest.py)."""
    items.sort(key=lambda item: item.path.is_relative_to(PACK_TESTS))
    for item in items:
        if "site_process" in item.fixturenames:
            # The served site's database is a copy of the test database, which pytest-django
            # builds only when a test asks for it.
            item.add_marker(pytest.mark.django_db)
        starts_a_process = "site_process" in item.fixturenames or "subprocess" in item.module.__dict__
        if starts_a_process or item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def django_db_setup(request, django_db_setup, django_db_blocker, tmp_path_factory):
    """Every test database starts with the tests' own office site (tests/world.py), the
    default site, and no content pack. When a test will serve the site (site_process), its
    database is copied now, before any test holds a transaction open."""
    from tests import world

    with django_db_blocker.unblock():
        world.build()
        if any("site_process" in item.fixturenames for item in request.session.items):
            request.config.site_database = e2e_database_url(tmp_path_factory.mktemp("e2e"))
    yield
    url_and_drop = getattr(request.config, "site_database", None)
    if url_and_drop and url_and_drop[1]:
        url_and_drop[1]()


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: pages cached by an earlier test may
    show rows that test's rollback has since removed."""
    from django.core.cache import cache

    cache.clear()
    yield


@pytest.fixture
def site_client(client):
    """A client of the tests' own office site (tests/world.py)."""
    from tests import world

    return world.on_the_site(client)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def e2e_database_url(tmp_dir):
    """A database of its own for the server, copied from the test database as the session
    built it (migrated, the world built): the test database itself is held open by pytest.
    Copying takes a second where migrating and loading again took a minute and a half."""
    from django.db import connection

    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        import sqlite3

        path = tmp_dir / "e2e.sqlite3"
        connection.ensure_connection()
        with sqlite3.connect(path) as copy:
            connection.connection.backup(copy)
        copy.close()
        return f"sqlite:///{path}", None
    import psycopg

    config = dj_database_url.parse(url)
    # Each pytest-xdist worker has a test database of its own; so does its server.
    name = f"{config['NAME']}_e2e{os.environ.get('PYTEST_XDIST_WORKER', '')}"
    admin_url = url.rsplit("/", 1)[0] + "/postgres"
    # PostgreSQL copies a database only while nobody is connected to it.
    connection.close()
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{connection.settings_dict["NAME"]}"')

    def drop():
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return url.rsplit("/", 1)[0] + "/" + name, drop


class Server:
    def __init__(self, url, env):
        self.url = url
        self.env = env
        self.cwd = PROJECT

    def manage(self, *args, input=None, env=None):
        """Run a management command against the server's database."""
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=PROJECT,
            env={**self.env, **(env or {})},
            capture_output=True,
            text=True,
            input=input,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout


@pytest.fixture(scope="session")
def site_process(request, tmp_path_factory, django_db_setup):
    """The site served by runserver in its own process, on its own copy of the test
    database (migrated, the world built: tests/world.py's office site is the default)."""
    tmp_dir = tmp_path_factory.mktemp("e2e")
    database_url, _drop = request.config.site_database
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(tmp_dir / "media"),
        "PRIVATE_MEDIA_ROOT": str(tmp_dir / "private-media"),
        "TEST_CACHE_DIR": str(tmp_dir / "cache"),
        # As production asks of its most powerful accounts (tests/browser/test_two_factor.py).
        "STAFF_TWO_FACTOR": "superusers",
    }
    port = free_port()
    live = Server(f"http://127.0.0.1:{port}", env)
    # The tests' own office site (tests/world.py); Chromium sends every *.localhost to 127.0.0.1.
    live.world_url = f"http://contoh.localhost:{port}"
    live.database_url = database_url
    process = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=open(tmp_dir / "server.log", "w"),
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(live.url + "/id/", timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    log = (tmp_dir / "server.log").read_text()
                    raise RuntimeError("The test server did not start: " + log) from None
                time.sleep(0.3)
        yield live
    finally:
        process.terminate()
        process.wait(timeout=10)
