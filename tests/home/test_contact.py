"""The contact page: how to reach the office and where to complain, from the
office's verified channels only, linked from every page."""

import pytest

from home.models import Office
from tests import world
from tests.factories import OfficialChannelFactory
from tests.html import soup, text
from tests.world import client_on_the_site  # noqa: F401  (the client reads the world's site)

pytestmark = pytest.mark.django_db


@pytest.fixture
def phone_and_email(db):
    """The office confirms a phone number and an e-mail address (example values)."""
    office = Office.objects.get(code=world.OFFICE, locale__language_code="id")
    phone = OfficialChannelFactory(
        office=office, kind="phone", value="0267 000 000", label="Informasi", for_complaints=True
    )
    email = OfficialChannelFactory(office=office, kind="email", value="pengaduan@example.org", label="Pengaduan")
    OfficialChannelFactory(
        office=office, kind="whatsapp", value="0812 0000 0001", label="Belum dicek", verified_on=None
    )
    return phone, email


@pytest.mark.parametrize(
    "path", ["/id/", world.path("fees"), world.path("faq", "en"), world.path("fake_whatsapp", "en")]
)
def test_every_page_links_to_the_contact_page(client, path):
    footer = soup(client.get(path)).select_one("footer")
    links = [a["href"] for a in footer.select("a")]
    assert world.path("contact", path[1:3]) in links


def confirm(office, **statuses):
    """The office's editors record what the office confirmed (every language: the status is shared)."""
    import datetime

    for translation in office.get_translations(inclusive=True):
        for fact, status in statuses.items():
            setattr(translation, f"{fact}_status", status)
        translation.facts_confirmed_on = datetime.date(2026, 11, 30)
        translation.save()


def test_the_contact_page_shows_what_the_office_confirmed_and_where_to_complain(client, phone_and_email):
    confirm(phone_and_email[0].office, address="confirmed", opening_hours="confirmed")
    page = soup(client.get(world.path("contact")))
    body = page.select_one("main").get_text(" ", strip=True)
    assert "Jl. Percobaan No. 7, Kota Contoh" in body
    assert page.find("a", string="Lihat di peta")["href"].startswith("https://www.openstreetmap.org/search?query=")
    assert "Senin–Jumat, 07.30–15.30" in body
    hrefs = [a["href"] for a in page.select("main a")]
    assert "tel:+62267000000" in hrefs
    assert "mailto:pengaduan@example.org" in hrefs
    assert "https://wa.me/6281200000001" not in hrefs  # not verified: never shown
    complaints = page.select_one("#complaints")
    assert "tel:+62267000000" in [a["href"] for a in complaints.select("a")]
    assert "Sampaikan pengaduan lewat SP4N-LAPOR! atau kanal resmi kantor." in complaints.get_text()
    assert complaints.find("a", href="https://www.lapor.go.id")
    assert "Kabupaten Contoh dan Kota Contoh" in page.select_one("main").get_text()


def test_the_contact_page_in_english(client, phone_and_email):
    page = soup(client.get(world.path("contact", "en")))
    assert page.h1.get_text(strip=True) == "Contact us"
    assert page.find("h2", string="Complaints and reports")
    assert page.find("a", href="https://www.lapor.go.id").get_text(strip=True) == "Complain online at lapor.go.id"


def test_nothing_unconfirmed_or_placeholder_on_the_contact_page(client):
    body = text(client.get(world.path("contact"))) + text(client.get(world.path("contact", "en")))
    for placeholder in ("belum diperiksa", "not yet checked", "belum diverifikasi", "TODO"):
        assert placeholder.lower() not in body.lower()


@pytest.mark.parametrize("path", [world.path("fake_whatsapp"), world.path("fake_whatsapp", "en")])
def test_every_scam_warning_says_what_to_do_if_scammed_and_where_to_report(client, path):
    page = soup(client.get(path))
    steps = page.select_one("main .next-steps")
    hrefs = [a["href"] for a in steps.select("a")]
    language = path[1:3]
    assert hrefs == [world.path("scammed", language), world.path("contact", language) + "#complaints"]


def test_the_alert_banner_links_to_what_to_do_if_scammed(client):
    import datetime

    from django.utils import timezone

    from home.models import AlertBanner

    office = Office.objects.get(code=world.OFFICE, locale__language_code="id")
    AlertBanner.objects.create(
        locale=office.locale,
        office=office,
        message="Waspada calo.",
        active=True,
        expires_at=timezone.now() + datetime.timedelta(days=2),
    )
    banner = soup(client.get("/id/")).select_one(".alert")
    assert world.path("scammed") in [a["href"] for a in banner.select("a")]


def test_an_unconfirmed_fact_is_shown_with_its_note_or_not_at_all(client):
    """No source gives an office's address or hours (facts.md section 10): until the office
    confirms them, readers see them marked as unconfirmed, or not at all, as the editors chose."""
    import json

    office = Office.objects.get(code=world.OFFICE, locale__language_code="id")
    contact = world.path("contact")
    api = f"/api/v1/id/offices/{office.code}/"
    street = office.address.splitlines()[0]
    page = soup(client.get(contact))
    visit = page.select_one("main dl").get_text(" ", strip=True)
    assert street in visit
    assert visit.count("Belum dipastikan oleh kantor") == 2  # the address and the hours
    assert page.find("a", string="Lihat di peta") is None  # no map to an address nobody confirmed
    assert "Belum dipastikan oleh kantor" in page.select_one("footer").get_text()
    data = [
        json.loads(script.string) for script in soup(client.get("/id/")).select('script[type="application/ld+json"]')
    ]
    assert not [item for item in data if item.get("@type") == "GovernmentOrganization" and "address" in item]
    assert {"address", "opening_hours"} <= set(client.get(api).json()["unconfirmed"])

    confirm(office, address="hidden", opening_hours="hidden", saturday_service="hidden")
    page = soup(client.get(contact))
    assert street not in page.get_text()
    assert office.opening_hours.splitlines()[0] not in page.select_one("main").get_text()
    assert "Belum dipastikan" not in page.get_text()
    assert page.select_one("ul.dates") is None
    answer = client.get(api).json()
    assert answer["address"] == "" and answer["opening_hours"] == [] and answer["unconfirmed"] == []
    assert answer["saturday_service"] == {"weeks_of_month": [], "next_dates": []}


def test_a_confirmed_fact_needs_the_day_it_was_confirmed():
    from django.core.exceptions import ValidationError

    office = Office.objects.get(code=world.OFFICE, locale__language_code="id")
    office.address_status = "confirmed"
    office.facts_confirmed_on = None
    with pytest.raises(ValidationError, match="facts_confirmed_on"):
        office.full_clean()


@pytest.mark.parametrize("path, query", [("/id/cari/", "email kantor"), ("/en/search/", "e-mail")])
def test_the_offices_confirmed_email_finds_the_contact_page(client, path, query):
    """Readers search for how to reach the office ("email kantor imigrasi"): the phone
    numbers and addresses the contact page lists are searchable, the unconfirmed not."""
    language = path[1:3]
    before = [a["href"] for a in soup(client.get(path, {"q": query})).select(".result h2 a")]
    assert world.path("contact", language) not in before
    office = Office.objects.get(code=world.OFFICE, locale__language_code=language)
    OfficialChannelFactory(office=office, kind="email", value="layanan@example.org", label="Layanan")
    OfficialChannelFactory(office=office, kind="phone", value="0267 000 123", label="Belum dicek", verified_on=None)
    found = [a["href"] for a in soup(client.get(path, {"q": query})).select(".result h2 a")]
    assert world.path("contact", language) in found
    unconfirmed = [a["href"] for a in soup(client.get(path, {"q": "0267 000 123"})).select(".result h2 a")]
    assert world.path("contact", language) not in unconfirmed
