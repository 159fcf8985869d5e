"""The way to each page is remembered until the content changes (HomePage.route):
an unpublished or moved page is never served from the remembered way."""

import pytest

from education.models import RequirementPage, ServicesPage
from tests import demo_site

pytestmark = pytest.mark.django_db

LOST = "/id/syarat-paspor/paspor-hilang/"


def fetch(client, path):
    return client.get(path, HTTP_CACHE_CONTROL="no-cache")


def test_an_unpublished_page_is_gone_at_once(client):
    """Unpublishing a national page takes its copy off every office's site."""
    assert fetch(client, LOST).status_code == 200
    page = demo_site.national(RequirementPage).get(slug="paspor-hilang")
    page.unpublish()
    assert fetch(client, LOST).status_code == 404


def test_a_moved_page_answers_at_its_new_address_only(client):
    page = demo_site.pages(ServicesPage).get()
    old = demo_site.path(page)
    assert fetch(client, old).status_code == 200
    page.slug = "jadwal-layanan"
    page.save_revision().publish()
    assert fetch(client, old).status_code == 404
    assert fetch(client, "/id/jadwal-layanan/").status_code == 200


def test_a_routable_page_keeps_its_sub_paths(client):
    services = demo_site.pages(ServicesPage).get()
    url = demo_site.path(services)
    assert fetch(client, url).status_code == 200
    assert fetch(client, url).status_code == 200  # the remembered way
    assert fetch(client, url + "no-such-thing/").status_code == 404
