"""Issue #31: a copy (a cached page, an API answer, a remembered part) depends on what
it read, and a write renews exactly the copies that read what it changed."""

import pytest
from django.core.cache import cache

from core import page_cache
from education.models import FeeRate
from home.models import OfficialChannel
from tests import world

pytestmark = pytest.mark.django_db


def state(site_client, paths):
    return {path: site_client.get(path)["X-Page-Cache"] for path in paths}


def publish_rate(amount):
    rate = FeeRate.objects.get(fee__code="contoh-e5", fee__locale__language_code="id", live=True)
    rate.amount = amount
    rate.save_revision().publish()


SHOW_THE_FEE = [world.path("fees"), world.path("fees", "en"), world.path("new_passport"), "/api/v1/id/fees/"]
SHOW_NO_FEE = [world.path("contact"), world.path("fake_whatsapp"), world.path("scammed", "en"), world.path("checklist")]


def test_a_rate_change_renews_the_pages_that_show_fees_and_no_other(site_client):
    paths = SHOW_THE_FEE + SHOW_NO_FEE
    state(site_client, paths)
    assert set(state(site_client, paths).values()) == {"hit"}

    publish_rate(360_000)

    after = state(site_client, paths)
    assert {path: after[path] for path in SHOW_THE_FEE} == dict.fromkeys(SHOW_THE_FEE, "miss")
    assert {path: after[path] for path in SHOW_NO_FEE} == dict.fromkeys(SHOW_NO_FEE, "hit")
    assert "Rp360.000" in site_client.get(world.path("fees")).content.decode()


def test_a_channel_change_renews_the_contact_page(site_client):
    contact = world.path("contact")
    site_client.get(contact)
    assert site_client.get(contact)["X-Page-Cache"] == "hit"
    channel = OfficialChannel.objects.filter(office__code=world.OFFICE).first()
    channel.note = "Dibalas pada jam kerja."
    channel.save()
    assert site_client.get(contact)["X-Page-Cache"] == "miss"


def page_at(name):
    from wagtail.models import Page

    return Page.objects.get(url_path__endswith=f"/{world.slug(name, 'id')}/").specific


def test_a_page_published_with_new_text_renews_the_pages_that_read_its_type_only(site_client):
    """An editor's edit to a page's text leaves the page tree as it was: the other pages'
    menus, breadcrumbs and links stay, and the pages of other types stay cached."""
    shows_it = [world.path("lost_passport"), world.path("new_passport")]  # the same page type
    others = [world.path("contact"), world.path("fake_whatsapp"), world.path("scammed", "en"), "/id/"]
    state(site_client, shows_it + others)
    page = page_at("lost_passport")
    page.intro = "Laporkan kehilangan ke polisi lebih dulu."
    page.save_revision().publish()
    after = state(site_client, shows_it + others)
    assert {path: after[path] for path in shows_it} == dict.fromkeys(shows_it, "miss")
    assert {path: after[path] for path in others} == dict.fromkeys(others, "hit")
    assert "Laporkan kehilangan ke polisi lebih dulu." in site_client.get(world.path("lost_passport")).content.decode()
    assert site_client.get("/sitemap.xml")["X-Page-Cache"] == "miss"  # its lastmod


def test_a_page_renamed_renews_every_page(site_client):
    """Menus, breadcrumbs and links are made of the page tree: a new title renews them all."""
    paths = SHOW_THE_FEE[:1] + SHOW_NO_FEE
    state(site_client, paths)
    page = page_at("new_passport")
    page.title = "Paspor pertama untuk orang dewasa"
    page.save_revision().publish()
    assert set(state(site_client, paths).values()) == {"miss"}
    assert "Paspor pertama untuk orang dewasa" in site_client.get(world.path("requirements")).content.decode()


def test_a_change_committed_while_a_part_is_made_leaves_that_part_stale():
    """The generations are read before anything is made: a part made from rows that
    changed meanwhile is kept under the old generation and made again next time."""
    made = []

    def fees_while_another_process_publishes():
        amounts = list(FeeRate.objects.values_list("amount", flat=True))
        page_cache.invalidate_content(FeeRate)  # committed elsewhere after our read
        made.append(amounts)
        return amounts

    token = page_cache._request_generations.set({})
    try:
        page_cache.remembered("test-fees", fees_while_another_process_publishes)
    finally:
        page_cache._request_generations.reset(token)
    page_cache.remembered("test-fees", fees_while_another_process_publishes)
    assert len(made) == 2


def test_outside_a_request_too_a_part_made_while_the_rows_change_is_made_again():
    made = []

    def fees_while_another_process_publishes():
        made.append(list(FeeRate.objects.values_list("amount", flat=True)))
        page_cache.invalidate_content(FeeRate)
        return made[-1]

    page_cache.remembered("test-fees-task", fees_while_another_process_publishes)
    page_cache.remembered("test-fees-task", fees_while_another_process_publishes)
    assert len(made) == 2
    page_cache.remembered("test-fees-task", fees_while_another_process_publishes)
    assert len(made) == 3  # it changed the rows again itself


def test_a_part_that_read_nothing_public_outlives_every_change():
    made = []
    page_cache.remembered("test-constant", lambda: made.append(1) or "same")
    publish_rate(370_000)
    page_cache.remembered("test-constant", lambda: made.append(1) or "same")
    assert len(made) == 1
    cache.clear()


def test_a_page_moved_among_its_siblings_renews_every_page(site_client):
    """Wagtail saves a moved page with the path treebeard already wrote, so the save itself
    compares equal: the move must still renew the menus, which list pages in tree order."""
    paths = [world.path("contact"), world.path("fees", "en")]
    state(site_client, paths)
    fees, requirements = page_at("fees"), page_at("requirements")
    fees.move(requirements, pos="left")
    assert set(state(site_client, paths).values()) == {"miss"}
