import pytest
from django.utils import translation

from core.views import server_error
from tests import world
from tests.html import alternates, language_links, soup, text

pytestmark = pytest.mark.django_db


def test_root_sends_readers_to_indonesian_whatever_their_browser_says(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert response.status_code == 302
    assert response["Location"] == "/id/"


def test_root_remembers_a_chosen_language(client):
    client.cookies["django_language"] = "en"
    assert client.get("/")["Location"] == "/en/"


def test_indonesian_home_page_shows_the_office(site_client):
    response = site_client.get("/id/")
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == "id"
    assert page.h1.get_text(strip=True) == "Beranda Kantor Imigrasi Contoh"
    body = text(response)
    assert "Kantor Imigrasi Contoh" in body
    assert "Jam layanan" in body
    assert "Senin–Jumat, 07.30–15.30" in body
    assert "Langsung ke isi utama" in body


def test_english_home_page_shows_the_office_in_english(site_client):
    response = site_client.get("/en/")
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == "en"
    assert page.h1.get_text(strip=True) == "Contoh Immigration Office home"
    body = text(response)
    assert "Contoh Immigration Office" in body
    assert "Opening hours" in body
    assert "Monday–Friday, 07.30–15.30" in body
    assert "Kantor Imigrasi Contoh" not in body


def test_language_switcher_links_to_the_translation_of_the_page(client):
    # The switch offers the other language only (on a phone both took a row of their own).
    assert set(language_links(client.get("/id/"))) == {"en"}
    assert language_links(client.get("/id/"))["en"]["href"] == "/en/"
    assert set(language_links(client.get("/en/"))) == {"id"}
    assert language_links(client.get("/en/"))["id"]["href"] == "/id/"


def test_language_switcher_on_a_plain_view_keeps_the_query(client):
    links = language_links(client.get("/id/cari/", {"q": "paspor"}))
    assert links["en"]["href"] == "/en/search/?q=paspor"


def test_hreflang_alternates_name_every_translation(client):
    assert alternates(client.get("/id/")) == {"id": "http://testserver/id/", "en": "http://testserver/en/"}
    assert alternates(client.get("/en/")) == {"id": "http://testserver/id/", "en": "http://testserver/en/"}


@pytest.mark.parametrize(
    "url, language, heading, switch_to, fallback",
    [
        ("/id/tidak-ada/", "id", "Halaman tidak ditemukan", "en", "/en/"),
        ("/en/no-such-page/", "en", "Page not found", "id", "/id/"),
    ],
)
def test_404_speaks_the_language_of_the_url(client, url, language, heading, switch_to, fallback):
    response = client.get(url)
    assert response.status_code == 404
    page = soup(response)
    assert page.html["lang"] == language
    assert page.h1.get_text(strip=True) == heading
    # A page that does not exist has no translation: the switcher offers the other home page.
    assert language_links(response)[switch_to]["href"] == fallback
    assert alternates(response) == {}


@pytest.mark.parametrize(
    "language, heading",
    [("id", "Terjadi kesalahan"), ("en", "Something went wrong")],
)
def test_500_page_speaks_the_active_language(rf, language, heading):
    with translation.override(language):
        response = server_error(rf.get(f"/{language}/"))
    assert response.status_code == 500
    assert heading in response.content.decode()
    assert f'lang="{language}"' in response.content.decode()


def test_footer_lists_only_verified_official_channels(site_client):
    from tests.factories import OfficeFactory, OfficialChannelFactory

    own = OfficeFactory(code=world.OFFICE)  # the world's own office
    OfficialChannelFactory(office=own, value="https://belum.imigrasi.go.id", verified_on=None)
    OfficialChannelFactory(office=OfficeFactory(code="kantor-lain"), value="https://lain.imigrasi.go.id")
    footer = soup(site_client.get("/id/")).select_one("footer")
    links = [a["href"] for a in footer.select("a")]
    assert "https://contoh.imigrasi.go.id" in links
    assert not any("belum" in href or "lain" in href for href in links)


def test_search_finds_pages_in_the_readers_language_only(client):
    english = [a["href"] for a in soup(client.get("/en/search/", {"q": "passport"})).select(".results a")]
    indonesian = [a["href"] for a in soup(client.get("/id/cari/", {"q": "paspor"})).select(".results a")]
    assert english and all(href.startswith("/en/") for href in english)
    assert indonesian and all(href.startswith("/id/") for href in indonesian)


def test_static_stylesheet_is_linked(client):
    page = soup(client.get("/id/"))
    assert page.select_one('link[rel="stylesheet"]')["href"] == "/static/css/site.css"
