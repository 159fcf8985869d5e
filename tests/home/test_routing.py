"""The way to each page is remembered until the content changes (HomePage.route):
an unpublished or moved page is never served from the remembered way."""

import pytest

from education.models import RequirementPage, ServicesPage
from tests import world

pytestmark = pytest.mark.django_db


def fetch(site_client, path):
    return site_client.get(path, HTTP_CACHE_CONTROL="no-cache")


def world_page(model, key):
    return model.objects.get(locale__language_code="id", slug=world.slug(key, "id"))


def test_an_unpublished_page_is_gone_at_once(site_client):
    lost = world.path("lost_passport")
    assert fetch(site_client, lost).status_code == 200
    world_page(RequirementPage, "lost_passport").unpublish()
    assert fetch(site_client, lost).status_code == 404


def test_a_moved_page_answers_at_its_new_address_only(site_client):
    page = world_page(ServicesPage, "services")
    old = world.path("services")
    assert fetch(site_client, old).status_code == 200
    page.slug = "jadwal-baru"
    page.save_revision().publish()
    assert fetch(site_client, old).status_code == 404
    assert fetch(site_client, "/id/jadwal-baru/").status_code == 200


def test_a_routable_page_keeps_its_sub_paths(site_client):
    url = world.path("services")
    assert fetch(site_client, url).status_code == 200
    assert fetch(site_client, url).status_code == 200  # the remembered way
    assert fetch(site_client, url + "no-such-thing/").status_code == 404
