"""axe-core finds no WCAG 2 A/AA violation on any page type, in either language."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests import world
from tests.page_types import OFFICER_PAGES, PUBLIC_PAGES

pytestmark = pytest.mark.browser

WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}}


@pytest.fixture(scope="module")
def axe():
    return Axe()


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_no_wcag_violations(server, page_and_steps, axe, path):
    page, step = page_and_steps
    page.goto(server.world_url + path)
    results = axe.run(page, options=WCAG)
    violations = [
        f"{v['id']}: {v['help']} at {[node['target'] for node in v['nodes']][:3]}"
        for v in results.response["violations"]
    ]
    assert violations == []


@pytest.mark.parametrize("path", [world.path("home"), world.path("lost_passport", "en")])
def test_no_violations_on_a_phone_either(server, phone_and_steps, axe, path):
    page, step = phone_and_steps
    page.goto(server.world_url + path)
    assert axe.run(page, options=WCAG).response["violations"] == []


@pytest.mark.parametrize("path", OFFICER_PAGES)
def test_no_wcag_violations_on_officer_forms(server, browser, axe, officer_state, path):
    context = browser.new_context(storage_state=officer_state, viewport={"width": 360, "height": 740})
    page = context.new_page()
    try:
        page.goto(server.world_url + path)
        assert axe.run(page, options=WCAG).response["violations"] == []
        # The same form with errors, as a tired officer would see it.
        if "/new/" in path or "/baru/" in path:
            page.locator("main form.stacked-form button[type=submit]").first.click()
            expect(page.locator(".error-summary")).to_have_count(1)
            assert axe.run(page, options=WCAG).response["violations"] == []
    finally:
        context.close()


def test_login_page_has_no_violations(server, phone_and_steps, axe):
    page, step = phone_and_steps
    page.goto(server.world_url + "/en/village/login/")
    assert axe.run(page, options=WCAG).response["violations"] == []
