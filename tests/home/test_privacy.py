"""The privacy notice (UU PDP) in both languages, linked from every page; what the
demo's notice says is tested with the packs (test_content_packs.py)."""

import pytest

from tests import world
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "home, notice, title",
    [
        (world.path("home"), world.path("privacy"), "Kebijakan privasi"),
        (world.path("faq", "en"), world.path("privacy", "en"), "Privacy policy"),
    ],
)
def test_every_page_links_to_the_notice_in_the_readers_language(site_client, home, notice, title):
    link = soup(site_client.get(home)).select_one(f'footer a[href="{notice}"]')
    assert link is not None and link.get_text(strip=True) == title
