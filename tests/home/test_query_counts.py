"""A ceiling on the queries each type of public page makes when it is not served
from the page cache (right after an edit, every reader is on this path). The site, the page and the
site chrome (office, sections, settings pages, banner), and the parts of the
commonest pages (a requirement's documents, fees and warnings; the fee table;
upcoming events) are computed once per content change (home/page_cache.py), so
most pages make no query at all. Lower a ceiling when
a page gets cheaper; a test that fails here means a page got dearer. Issue 19 asks
at most 12 of every public page; search, which reads the index, is the exception."""

import pytest

from tests import world

pytestmark = pytest.mark.django_db

CEILINGS = [
    (world.path("home"), 0),
    (world.path("home", "en"), 1),
    (world.path("requirements"), 2),
    (world.path("lost_passport"), 0),
    (world.path("fees", "en"), 1),
    (world.path("services"), 6),
    (world.path("scams"), 2),
    (world.path("fake_whatsapp"), 0),
    (world.path("faq"), 5),
    (world.path("question"), 2),
    (world.path("modules"), 2),
    (world.path("module"), 2),
    (world.path("villages"), 2),
    (world.path("village"), 5),
    (world.path("contact"), 3),
    (world.path("scammed"), 0),
    (world.path("checklist"), 0),
    (world.path("checker"), 3),
    ("/id/cari/?q=paspor+hilang", 15),
]


def test_no_public_page_needs_more_than_twelve_queries():
    assert all(ceiling <= 12 for path, ceiling in CEILINGS if "/cari/" not in path)


@pytest.mark.parametrize("path, ceiling", CEILINGS)
def test_an_uncached_public_page_stays_under_its_query_ceiling(
    site_client, django_assert_max_num_queries, path, ceiling
):
    # The first reader after a change computes the site chrome; the next ones reuse it.
    assert site_client.get(path, HTTP_CACHE_CONTROL="no-cache").status_code == 200
    with django_assert_max_num_queries(ceiling):
        response = site_client.get(path, HTTP_CACHE_CONTROL="no-cache")
    assert response.status_code == 200
