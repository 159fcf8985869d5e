"""End-to-end tests: Debian's Chromium, driven by Playwright, against the site
served by a real server process on 127.0.0.1 with its own copy of the test
database (built by migrations and the demo command, as a new user's machine has it)."""

import os
import shutil
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
ARTIFACTS = PROJECT / "test-artifacts" / "browser"
# The server runs in another process; Playwright's sync API keeps an event loop in this one.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def chromium_path():
    path = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
    return path if os.path.exists(path) else None


MISSING = "Chromium not found: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH."


def pytest_collection_modifyitems(config, items):
    # On a developer's machine without Chromium the browser tests are skipped;
    # in CI they must run, so there the server fixture fails instead.
    if chromium_path() or os.environ.get("CI"):
        return
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(pytest.mark.skip(reason=MISSING))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.failed_in_call = report.failed
    return report


@pytest.fixture(scope="session")
def server(site_process):
    if not chromium_path():
        pytest.fail(MISSING)
    return site_process


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(),
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()
        # Playwright leaves its event loop marked as running, so the database connection
        # opened for the tests since is kept per async context: close it while that
        # context still holds it, or the test database cannot be dropped at the end.
        from django.db import connections

        connections.close_all()


class Steps:
    """Screenshots of each step, written to test-artifacts/ only when the test fails."""

    def __init__(self, page, prefix):
        self.page = page
        self.prefix = prefix
        self.shots = []

    def __call__(self, name):
        self.shots.append((name, self.shoot()))

    def shoot(self):
        # A tap that navigates may still be loading the next page; Chromium
        # refuses to capture in between. Screenshots are evidence, not the
        # test: wait for the page to settle, and never fail because of one.
        from playwright.sync_api import Error

        for _attempt in range(3):
            try:
                self.page.wait_for_load_state("load")
                return self.page.screenshot(full_page=True)
            except Error:
                self.page.wait_for_timeout(200)
        return None

    def save(self, test_name):
        folder = ARTIFACTS / test_name
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob(f"{self.prefix}-*.png"):
            old.unlink()
        self.shots.append(("at-failure", self.shoot()))
        for number, (name, png) in enumerate(self.shots, start=1):
            if png:
                (folder / f"{self.prefix}-{number:02d}-{name}.png").write_bytes(png)


def open_page(request, browser, prefix, **context_options):
    context = browser.new_context(**context_options)
    page = context.new_page()
    page.set_default_timeout(15000)
    steps = Steps(page, prefix)
    yield page, steps
    if getattr(request.node, "failed_in_call", False):
        steps.save(request.node.name.replace("/", "_"))
    context.close()


@pytest.fixture
def page_and_steps(request, browser, server):
    yield from open_page(request, browser, "desk", viewport={"width": 1024, "height": 800})


@pytest.fixture
def phone_and_steps(request, browser, server):
    """A cheap Android phone's screen."""
    yield from open_page(
        request, browser, "phone", viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True
    )


@pytest.fixture(scope="session")
def officer_state(server, browser, tmp_path_factory):
    """A logged-in officer's cookies, made once for all officer pages."""
    server.manage(
        "shell",
        "-c",
        "from django.contrib.auth.models import User;"
        "from village_programs.models import Village, VillageOfficer;"
        "u = User.objects.create_user('axe-officer', password='Axe-Officer-2026!', first_name='Ani');"
        "o = VillageOfficer.objects.create(user=u, must_change_password=False);"
        "o.villages.set(Village.objects.filter(code='98.01.01.2001'))",  # tests/world.py's Sukamaju
    )
    context = browser.new_context()
    page = context.new_page()
    page.goto(server.world_url + "/id/desa/masuk/")
    page.fill("#id_username", "axe-officer")
    page.fill("#id_password", "Axe-Officer-2026!")
    page.locator("main form.stacked-form button[type=submit]").click()
    page.wait_for_url(server.world_url + "/id/desa/")
    path = tmp_path_factory.mktemp("officer") / "state.json"
    context.storage_state(path=str(path))
    context.close()
    return str(path)
