"""The front door: a reader who starts at /id/ or /en/ and only follows links
reaches every live public page, and every section within three clicks."""

from collections import deque
from urllib.parse import urldefrag, urlsplit

import pytest
from wagtail.models import Locale, Page, Site

from tests import world
from tests.html import soup

pytestmark = pytest.mark.django_db

# Where a reader's click leaves the public pages: the officer area, the admin, files and feeds.
NOT_PAGES = ("/admin/", "/id/desa/", "/en/village/", "/documents/", "/media/", "/static/")


def crawl(client, start):
    """Breadth-first from `start`, following the links of each page; the clicks to reach each path."""
    clicks = {start: 0}
    queue = deque([start])
    while queue:
        path = queue.popleft()
        response = client.get(path)
        if response.status_code != 200 or not response["Content-Type"].startswith("text/html"):
            continue
        for link in soup(response).select("a[href]"):
            href = urldefrag(link["href"])[0]
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or not parts.path.startswith("/") or parts.query:
                continue
            if parts.path.startswith(NOT_PAGES) or parts.path in clicks:
                continue
            clicks[parts.path] = clicks[path] + 1
            queue.append(parts.path)
    return clicks


def site():
    return Site.objects.get(hostname=world.HOST)


def home(language):
    return site().root_page.get_translation(Locale.objects.get(language_code=language))


def path(page):
    return page.get_url(current_site=site())


def public_pages(language):
    return Page.objects.live().public().descendant_of(home(language), inclusive=True).specific()


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_live_page_is_reached_by_following_links_from_the_home_page(site_client, language):
    reached = crawl(site_client, f"/{language}/")
    pages = list(public_pages(language))
    assert len(pages) == len(world.PATHS)
    missing = sorted(path(page) for page in pages if path(page) not in reached)
    assert missing == [], f"{len(missing)} of {len(pages)} pages cannot be reached from /{language}/"
    # Every section is one click from home, and its pages at most three.
    for section in home(language).get_children().live().public().in_menu():
        assert reached[path(section)] <= 1, section.url
        for page in section.get_children().live().public():
            assert reached[path(page)] <= 3, page.url


def test_english_pages_link_to_english_pages(site_client):
    """Cross-links and 'be careful' boxes on an English page lead to English pages."""
    client = site_client
    reached = crawl(client, "/en/")
    for path in reached:
        if not path.startswith("/en/"):
            continue
        main = soup(client.get(path)).select_one("main")
        if main is None:
            continue
        indonesian = [a["href"] for a in main.select("a[href^='/id/']")]
        assert indonesian == [], path
