"""Nothing scrolls sideways on a 360 px phone: every page a reader reaches from
/id/ and /en/ by following links, and every page of the officer area."""

from collections import deque
from urllib.parse import urldefrag, urlsplit

import pytest
from playwright.sync_api import Error

from tests import world

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 740}
NOT_PAGES = ("/admin/", "/documents/", "/media/", "/static/")
OFFICER_AREA = ("/id/desa/", "/en/village/")
LINKS = "Array.from(document.querySelectorAll('a[href]'), a => a.href)"
WIDTH = "document.documentElement.scrollWidth"


def walk(page, origin, starts, inside):
    """Visit every page reachable from `starts` whose path `inside` accepts; yield (path, scrollWidth)."""
    seen = set(starts)
    queue = deque(starts)
    while queue:
        path = queue.popleft()
        try:
            response = page.goto(origin + path)
        except Error:  # a file to download (a handout, a calendar), not a page
            continue
        if response is None or response.status != 200 or "text/html" not in response.headers.get("content-type", ""):
            continue
        yield path, page.evaluate(WIDTH)
        for href in page.evaluate(LINKS):
            parts = urlsplit(urldefrag(href)[0])
            if f"{parts.scheme}://{parts.netloc}" != origin or parts.query or parts.path in seen:
                continue
            if parts.path.startswith(NOT_PAGES) or not inside(parts.path):
                continue
            seen.add(parts.path)
            queue.append(parts.path)


def test_no_public_page_is_wider_than_a_phone(server, browser):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    try:
        widths = dict(walk(page, server.url, ["/id/", "/en/"], lambda path: not path.startswith(OFFICER_AREA)))
    finally:
        context.close()
    # Every page of the tests' own office site (tests/world.py), in both languages, was reached.
    assert {path for pair in world.PATHS.values() for path in pair} - set(widths) == set()
    assert {path: width for path, width in widths.items() if width > PHONE["width"]} == {}


def test_no_officer_page_is_wider_than_a_phone(server, browser, officer_state):
    context = browser.new_context(storage_state=officer_state, viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    try:
        widths = dict(
            walk(page, server.world_url, ["/id/desa/", "/en/village/"], lambda path: path.startswith(OFFICER_AREA))
        )
    finally:
        context.close()
    # The dashboard, both forms, a session, a request, the password change, the data page: in both languages.
    assert len(widths) >= 10, sorted(widths)
    assert {path: width for path, width in widths.items() if width > PHONE["width"]} == {}
