"""The contact page: how to reach the office and where to complain, from the
office's verified channels only, linked from every page."""

import pytest

from home.models import Office
from tests import demo_site
from tests.factories import OfficialChannelFactory
from tests.html import soup, text

pytestmark = pytest.mark.django_db


@pytest.fixture
def karawang_phone_and_email(db):
    """The office confirms a phone number and an e-mail address (example values)."""
    office = Office.objects.get(code="karawang", locale__language_code="id")
    phone = OfficialChannelFactory(
        office=office, kind="phone", value="0267 000 000", label="Informasi", for_complaints=True
    )
    email = OfficialChannelFactory(office=office, kind="email", value="pengaduan@example.org", label="Pengaduan")
    OfficialChannelFactory(
        office=office, kind="whatsapp", value="0812 0000 0001", label="Belum dicek", verified_on=None
    )
    return phone, email


@pytest.mark.parametrize("path", ["/id/", "/id/biaya-paspor/", "/en/faq/", "/en/scam-warnings/fake-whatsapp/"])
def test_every_page_links_to_the_contact_page(client, path):
    footer = soup(client.get(path)).select_one("footer")
    links = [a["href"] for a in footer.select("a")]
    assert ("/id/kontak/" if path.startswith("/id/") else "/en/contact/") in links


def confirm(office, **statuses):
    """The office's editors record what the office confirmed (every language: the status is shared)."""
    import datetime

    for translation in office.get_translations(inclusive=True):
        for fact, status in statuses.items():
            setattr(translation, f"{fact}_status", status)
        translation.facts_confirmed_on = datetime.date(2026, 11, 30)
        translation.save()


def test_the_contact_page_shows_what_the_office_confirmed_and_where_to_complain(client, karawang_phone_and_email):
    confirm(karawang_phone_and_email[0].office, address="confirmed", opening_hours="confirmed")
    page = soup(client.get("/id/kontak/"))
    body = page.select_one("main").get_text(" ", strip=True)
    assert "Jl. Jenderal Ahmad Yani, Karawang" in body
    assert page.find("a", string="Lihat di peta")["href"].startswith("https://www.openstreetmap.org/search?query=")
    assert "Senin–Jumat, 08.00–16.00 WIB" in body
    hrefs = [a["href"] for a in page.select("main a")]
    assert "tel:+62267000000" in hrefs
    assert "mailto:pengaduan@example.org" in hrefs
    assert "https://wa.me/6281200000001" not in hrefs  # not verified: never shown
    complaints = page.select_one("#complaints")
    assert "tel:+62267000000" in [a["href"] for a in complaints.select("a")]
    assert "SP4N-LAPOR!" in complaints.get_text()
    assert complaints.find("a", href="https://www.lapor.go.id")
    assert "Kabupaten Karawang dan Kabupaten Purwakarta" in page.select_one("main").get_text()


def test_the_contact_page_in_english(client, karawang_phone_and_email):
    page = soup(client.get("/en/contact/"))
    assert page.h1.get_text(strip=True).startswith("Address,")  # readers look for the address here
    assert page.find("h2", string="Complaints and reports")
    assert page.find("a", href="https://www.lapor.go.id").get_text(strip=True) == "Complain online at lapor.go.id"


def test_nothing_unconfirmed_or_placeholder_on_the_contact_page(client):
    body = text(client.get("/id/kontak/")) + text(client.get("/en/contact/"))
    for placeholder in ("belum diperiksa", "not yet checked", "belum diverifikasi", "TODO"):
        assert placeholder.lower() not in body.lower()


@pytest.mark.parametrize("path", ["/id/waspada-penipuan/whatsapp-palsu/", "/en/scam-warnings/fake-links/"])
def test_every_scam_warning_says_what_to_do_if_scammed_and_where_to_report(client, path):
    page = soup(client.get(path))
    steps = page.select_one("main .next-steps")
    hrefs = [a["href"] for a in steps.select("a")]
    language = path[1:3]
    assert hrefs == (
        ["/id/jika-tertipu/", "/id/kontak/#complaints"]
        if language == "id"
        else ["/en/if-you-were-scammed/", "/en/contact/#complaints"]
    )


def test_the_alert_banner_links_to_what_to_do_if_scammed(client):
    banner = soup(client.get("/id/")).select_one(".alert")
    assert "/id/jika-tertipu/" in [a["href"] for a in banner.select("a")]


def test_the_scammed_page_gives_the_steps_in_order(client):
    page = soup(client.get("/id/jika-tertipu/"))
    steps = [li.get_text(" ", strip=True) for li in page.select("main ol li")]
    assert [step.split(".")[0] for step in steps] == [
        "Berhenti membayar",
        "Simpan bukti",
        "Hubungi bank Anda sekarang juga jika Anda sudah mentransfer uang",
        "Laporkan penipuan itu ke kantor imigrasi lewat kanal pengaduannya, ke polisi (kejahatan siber), atau lewat "
        "SP4N-LAPOR!",
    ]


def test_an_unconfirmed_fact_is_shown_with_its_note_or_not_at_all(client):
    """No source gives an office's address or hours (facts.md section 10): until the office
    confirms them, readers see them marked as unconfirmed, or not at all, as the editors chose."""
    import json

    from home.models import SiteSettings

    office = demo_site.office()
    contact = demo_site.path(SiteSettings.for_site(demo_site.site()).contact_page)
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

    office = demo_site.office()
    office.address_status = "confirmed"
    office.facts_confirmed_on = None
    with pytest.raises(ValidationError, match="facts_confirmed_on"):
        office.full_clean()
