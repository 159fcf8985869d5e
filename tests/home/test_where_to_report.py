"""The scammed reader's next step is a link (issue #33): the office's complaint
channels, the online complaint service the contact page names, and the contact page."""

from urllib.parse import urlsplit

import pytest
from wagtail.models import Locale

from home.models import ContactPage, SiteSettings
from tests import world
from tests.html import soup

pytestmark = pytest.mark.django_db


def test_the_scammed_page_links_to_where_to_report(site_client):
    site_settings = SiteSettings.objects.get(site__hostname=world.HOST)
    scammed = site_settings.scammed_page
    assert scammed is not None and world.path("scammed").endswith(f"/{scammed.slug}/")
    contact = ContactPage.objects.get(pk=site_settings.contact_page_id)
    contact.complaints_url = "https://www.lapor.go.id"
    contact.save_revision().publish()

    for language in ("id", "en"):
        report = soup(site_client.get(world.path("scammed", language))).select_one("#report")
        links = [a["href"] for a in report.select("a")]
        assert "https://wa.me/6281111112222" in links  # the office's complaint WhatsApp
        assert "https://www.lapor.go.id" in links
        assert "tel:110" in links  # the police's emergency number (facts.md)
        in_language = contact.get_translation(Locale.objects.get(language_code=language))
        assert urlsplit(in_language.get_url()).path in links


def test_other_information_pages_have_no_report_box(site_client):
    notice = SiteSettings.objects.get(site__hostname=world.HOST).privacy_page
    assert soup(site_client.get(urlsplit(notice.get_url()).path)).select_one("#report") is None
