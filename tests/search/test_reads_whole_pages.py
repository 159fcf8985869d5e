"""Search reads what readers read, and the words they type (issue #30): a page's
whole text, abbreviations, words run together, and words the site uses are never
"corrected" into others."""

import pytest
from django.core.cache import cache
from wagtail.models import Locale

from home.models import HomePage, InformationPage
from search import query as search_query
from tests import world
from tests.html import soup

pytestmark = pytest.mark.django_db
SEARCH = {"id": "/id/cari/", "en": "/en/search/"}


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield


def titles(site_client, words, language="id"):
    page = soup(site_client.get(SEARCH[language], {"q": words}))
    return [link.get_text(strip=True) for link in page.select(".result h2 a")]


def information_page(title, body):
    home = HomePage.objects.get(url_path="/" + world.slug("home", "id") + "/")
    return world.page_factory(InformationPage)(parent=home, title=title, intro="Informasi.", body=body)


def test_words_only_in_an_information_pages_body_find_it(site_client):
    assert titles(site_client, "bukti transfer")[0] == "Sudah tertipu?"
    assert titles(site_client, "proof of the transfer", "en")[0] == "Already scammed?"


def test_an_abbreviation_finds_the_words_it_stands_for(site_client):
    information_page("Petugas yang nakal", "<p>Pungutan liar oleh siapa pun dapat dilaporkan.</p>")
    assert titles(site_client, "pungli")[0] == "Petugas yang nakal"


def test_words_typed_without_a_space_are_split_where_the_site_knows_both(site_client):
    information_page("Perpanjang paspor", "<p>Paspor lama dibawa ke kantor.</p>")
    assert titles(site_client, "perpanjangpaspor")[0] == "Perpanjang paspor"


def test_a_word_the_site_uses_is_never_rewritten(site_client):
    information_page("Yang perlu Anda tahu", "<p>Semua orang boleh bertanya.</p>")
    information_page("Masa berlaku", "<p>Paspor berlaku sepuluh tahun.</p>")
    indonesian = Locale.objects.get(language_code="id")
    assert search_query.roots("tahun", indonesian) == ["tahun"]
    found = titles(site_client, "tahun")
    assert "Masa berlaku" in found and "Yang perlu Anda tahu" not in found
    # A word no page has is still corrected towards one a title has.
    information_page("Layanan keliling", "<p>Petugas datang ke desa.</p>")
    assert search_query.roots("kelilingg", indonesian) == search_query.roots("keliling", indonesian) == ["keliling"]


def test_nothing_found_offers_the_sites_own_pages_by_relative_links(site_client):
    page = soup(site_client.get(SEARCH["id"], {"q": "zzqx"}))
    links = [link["href"] for link in page.select(".no-results a")]
    assert links and all(href.startswith("/id/") for href in links), links


def test_the_offices_address_and_hours_find_the_contact_page(site_client):
    from home.models import FactStatus, Office

    assert titles(site_client, "alamat kantor")[0] == "Hubungi kami"
    assert titles(site_client, "opening hours", "en")[0] == "Contact us"

    office = Office.objects.get(code=world.OFFICE, locale__language_code="id")
    office.address = "Jl. Merpati Putih No. 3"
    office.save()
    found = titles(site_client, "merpati putih")
    assert found[0] == "Hubungi kami"

    office.address_status = FactStatus.HIDDEN
    office.save()
    assert "Hubungi kami" not in titles(site_client, "merpati putih")


def test_nothing_found_offers_a_respelt_query_that_finds_something(site_client):
    information_page("Perpanjangan paspor", "<p>Paspor lama dibawa ke kantor.</p>")
    page = soup(site_client.get(SEARCH["id"], {"q": "prpanjngan"}))
    assert not page.select(".result")
    offer = page.select_one(".did-you-mean a")
    assert offer.get_text() == "perpanjangan" and "Mungkin maksud Anda" in offer.parent.get_text()
    assert titles(site_client, offer.get_text())[0] == "Perpanjangan paspor"
    # Nothing close enough, or nothing the respelt query would find: no offer.
    assert not soup(site_client.get(SEARCH["id"], {"q": "zzqx"})).select(".did-you-mean")
