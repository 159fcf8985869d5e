"""Findable: what search engines read (sitemap, robots.txt, canonical links,
sharing tags, the office's organisation data), per office site and language."""

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.test import override_settings
from wagtail.models import Page, Site

from home.models import Office
from tests import world
from tests.factories import OfficialChannelFactory
from tests.home.test_navigation import crawl
from tests.home.test_settings import GOOD_SECRET, OUR_VARIABLES, PROJECT
from tests.html import soup
from tests.world import client_on_the_site  # noqa: F401  (the client reads the world's site)

pytestmark = pytest.mark.django_db
H = f"http://{world.HOST}"


NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
NEVER_LISTED = ("/admin/", "/id/desa/", "/en/village/", "/id/cari/", "/en/search/", "/api/")


def sitemap(client, host=world.HOST):
    """{url: {language: alternate url}} from the sitemap of the site at `host`."""
    response = client.get("/sitemap.xml", HTTP_HOST=host)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    entries = {}
    for url in root.findall("sm:url", NS):
        location = url.find("sm:loc", NS).text
        assert url.find("sm:lastmod", NS) is not None, location
        entries[location] = {
            link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link[@rel='alternate']", NS)
        }
    return entries


def live_public_pages(site):
    pages = Page.objects.none()
    for home in site.root_page.get_translations(inclusive=True):
        pages |= Page.objects.descendant_of(home, inclusive=True)
    return pages.live().public()


def test_the_sitemap_lists_every_live_public_page_in_both_languages_with_alternates(client):
    entries = sitemap(client)
    site = Site.objects.get(hostname=world.HOST)
    expected = {page.full_url for page in live_public_pages(site)}
    assert set(entries) == expected
    assert {urlsplit(url).path.split("/")[1] for url in entries} == {"id", "en"}
    assert not [url for url in entries if urlsplit(url).path.startswith(NEVER_LISTED)]
    # A page and its translation name each other, and themselves.
    fees = {language: H + world.path("fees", language) for language in ("id", "en")}
    assert entries[fees["id"]] == fees
    assert entries[fees["en"]] == entries[fees["id"]]


def test_a_draft_or_private_page_is_not_in_the_sitemap(client):
    fees = Page.objects.get(slug=world.slug("fees", "id"), locale__language_code="id")
    fees.unpublish()
    assert H + world.path("fees") not in sitemap(client)


def test_each_office_site_has_its_own_sitemap(client, offices):
    own = sitemap(client)
    other = sitemap(client, "kedua.localhost")
    assert other and all(url.startswith("http://kedua.localhost/") for url in other)
    site = Site.objects.get(hostname="kedua.localhost")
    assert len(other) == live_public_pages(site).count()
    assert not set(own) & set(other)


@override_settings(ALLOW_INDEXING=True)
def test_robots_txt_in_production_keeps_crawlers_to_public_pages(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    disallowed = {line.removeprefix("Disallow: ") for line in lines if line.startswith("Disallow:")}
    assert {"/admin/", "/id/desa/", "/en/village/", "/id/cari/", "/en/search/", "/api/booking/callbacks/"} <= disallowed
    assert "/" not in disallowed
    assert f"Sitemap: {H}/sitemap.xml" in lines


@override_settings(ALLOW_INDEXING=False)
def test_robots_txt_of_a_test_copy_keeps_every_crawler_out(client):
    assert client.get("/robots.txt").content.decode().splitlines() == ["User-agent: *", "Disallow: /"]


ROBOTS = """
from django.test import Client
print(Client().get("/robots.txt", secure=True, HTTP_HOST="imigrasi.example").content.decode())
"""


def robots_under(module, **env):
    clean = {key: value for key, value in os.environ.items() if key not in OUR_VARIABLES | {"ALLOW_INDEXING"}}
    clean.update(env, DJANGO_SETTINGS_MODULE=module)
    code = "import django; django.setup()\n" + ROBOTS
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT, env=clean, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_production_settings_allow_indexing_and_development_and_staging_do_not():
    production = {
        "SECRET_KEY": GOOD_SECRET,
        "ALLOWED_HOSTS": "imigrasi.example",
        "DATABASE_URL": "postgres://office@127.0.0.1:5432/kanim",
        "ALLOW_LOCAL_CACHE": "on",
    }
    assert "Sitemap: https://imigrasi.example/sitemap.xml" in robots_under("config.settings.production", **production)
    staging = robots_under("config.settings.production", ALLOW_INDEXING="off", **production)
    assert "Disallow: /\n" in staging and "Sitemap" not in staging
    assert "Disallow: /\n" in robots_under("config.settings.dev", ALLOWED_HOSTS="imigrasi.example")


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_public_page_names_one_canonical_address_without_query(client, language):
    for path in crawl(client, f"/{language}/"):
        response = client.get(path, {"utm_source": "whatsapp"})
        if not response["Content-Type"].startswith("text/html"):
            continue  # feeds and calendars
        assert response.status_code == 200, path
        canonical = soup(response).select('link[rel="canonical"]')
        # A printable copy names the page it prints.
        expected = path.removesuffix("handout/")
        assert [link["href"] for link in canonical] == [f"{H}{expected}"], path


def test_a_page_shared_on_social_media_shows_its_title_description_and_language(client):
    page = soup(client.get(world.path("fees", "en")))

    def meta(attribute, name):
        (tag,) = page.select(f'meta[{attribute}="{name}"]')
        return tag["content"]

    assert meta("property", "og:title") == page.title.get_text().split(" · ")[0]
    assert meta("property", "og:description") == meta("name", "description")
    assert meta("property", "og:url") == H + world.path("fees", "en")
    assert meta("property", "og:locale") == "en_US"
    assert meta("property", "og:locale:alternate") == "id_ID"
    assert meta("property", "og:site_name") == "Contoh Immigration Office"
    assert meta("name", "twitter:card") == "summary"
    assert meta("name", "twitter:title") == meta("property", "og:title")


def organisation(response):
    (data,) = [
        json.loads(script.string)
        for script in soup(response).select('script[type="application/ld+json"]')
        if json.loads(script.string).get("@type") == "GovernmentOrganization"
    ]
    return data


@pytest.mark.parametrize("path", ["/id/", "/en/", world.path("contact"), world.path("contact", "en")])
def test_the_office_data_names_only_verified_channels(client, path):
    for office in Office.objects.filter(code=world.OFFICE):  # the office in each language
        OfficialChannelFactory(office=office, kind="whatsapp", value="0812 0000 0001", label="Informasi")
        OfficialChannelFactory(office=office, kind="instagram", value="@kanim.contoh.example")
        OfficialChannelFactory(office=office, kind="whatsapp", value="0812 9999 9999", verified_on=None)
        OfficialChannelFactory(office=office, kind="facebook", value="kanim.contoh.fake", verified_on=None)
    data = organisation(client.get(path))
    language = path.split("/")[1]
    assert data["@id"] == f"{H}/{language}/#office"
    assert data["name"] in ("Kantor Imigrasi Contoh", "Contoh Immigration Office")
    assert "https://wa.me/6281200000001" in data["sameAs"]
    assert "https://www.instagram.com/kanim.contoh.example" in data["sameAs"]
    assert "+6281200000001" in [point["telephone"] for point in data["contactPoint"]]
    everything = json.dumps(data)
    assert "6281299999999" not in everything
    assert "kanim.contoh.fake" not in everything
