"""The privacy notice (UU PDP) in both languages, linked from every page."""

import pytest
from django.conf import settings

from tests.html import soup, text

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "home, notice, title",
    [("/id/", "/id/privasi/", "Pemberitahuan privasi"), ("/en/faq/", "/en/privacy/", "Privacy notice")],
)
def test_every_page_links_to_the_notice_in_the_readers_language(client, home, notice, title):
    link = soup(client.get(home)).select_one(f'footer a[href="{notice}"]')
    assert link is not None and link.get_text(strip=True) == title


@pytest.mark.parametrize(
    "path, phrases",
    [
        ("/id/privasi/", ["UU 27/2022", "3×24 jam", "tidak pernah disimpan di basis data"]),
        ("/en/privacy/", ["Law 27/2022", "3×24 hours", "never stored in the database"]),
    ],
)
def test_notice_states_purpose_data_retention_and_rights(client, path, phrases):
    body = text(client.get(path))
    for phrase in phrases:
        assert phrase in body
    # The retention period is the one the purge command applies.
    assert str(settings.PERSONAL_DATA_RETENTION_DAYS) in body
