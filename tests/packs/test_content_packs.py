"""The office content packs under site/demo/, tested as content: each loads,
loads again without changes, and gives a site whose every page renders in
both languages."""

import io
import json

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone
from django.utils.translation import override
from wagtail.models import Page, Site

from education.models import Fee
from faq.models import FaqPage, FaqQuestionPage, Topic
from home.models import Office, SiteSettings
from packs.loader import Pack, available
from tests.html import soup, text
from tests.packs import demo_site

# Every office's pack is loaded once for the package (conftest.py); a test that loads one
# again sees it changes nothing.
pytestmark = [pytest.mark.django_db, pytest.mark.content, pytest.mark.usefixtures("every_office")]


def load(office):
    out = io.StringIO()
    call_command("load_demo", office=office, force=True, stdout=out)
    return out.getvalue()


def snapshot():
    return {
        "pages": sorted(Page.objects.values_list("pk", "title", "slug", "live")),
        "fees": sorted(Fee.objects.values_list("pk", "name")),
        "offices": sorted(Office.objects.values_list("pk", "name")),
        "sites": sorted(Site.objects.values_list("pk", "hostname", "root_page_id")),
    }


def test_every_office_ships_a_pack():
    assert {"karawang", "tangerang", "samarinda"} <= set(available())


@pytest.mark.parametrize("office", available())
def test_a_pack_loads_and_a_second_load_changes_nothing(office):
    before = snapshot()  # the package's fixture made the first load
    assert "nothing changed" in load(office)
    assert snapshot() == before


@pytest.mark.parametrize("office", available())
def test_every_page_of_the_office_site_renders_in_both_languages(client, office):
    pack = Pack(office)
    site = pack.site
    assert SiteSettings.for_site(site).home_office.code == office
    host = site.hostname if not site.is_default_site else "localhost"
    languages = set()
    pages = Page.objects.live().descendant_of(site.root_page, inclusive=True)
    assert pages.count() > 5
    for page in pages:
        for translation in page.get_translations(inclusive=True).live():
            _site_id, _root, path = translation.get_url_parts()
            response = client.get(path, HTTP_HOST=host)
            assert response.status_code == 200, path
            languages.add(translation.locale.language_code)
    assert languages == {"id", "en"}


@pytest.mark.parametrize("office", available())
def test_every_fee_has_a_legal_basis(office):
    packs = [Pack("national"), Pack(office)]
    fees = [fee for pack in packs if "fees" in pack.manifest["sections"] for fee in pack.read("fees")["fees"]]
    assert len(fees) >= 10
    for code in [fee["code"] for fee in fees]:
        fee = Fee.objects.get(code=code, locale__language_code="id")
        assert fee.current is not None, code
        assert fee.current.legal_basis.strip(), code


def test_each_office_site_shows_its_own_office_and_events(client):
    tangerang = client.get("/id/", HTTP_HOST="tangerang.localhost").content.decode()
    karawang = client.get("/id/", HTTP_HOST="localhost").content.decode()
    assert "Kantor Imigrasi Tangerang" in tangerang
    assert "Desa Citeko" not in tangerang  # Karawang's mobile service is not Tangerang's
    assert "Desa Citeko" in karawang


def test_a_missing_pack_is_named_with_the_ones_there_are():
    with pytest.raises(Exception, match="karawang"):
        load("atlantis")


def test_each_office_site_searches_its_own_pages(client):
    for host, other in (("tangerang.localhost", "localhost"), ("localhost", "tangerang.localhost")):
        response = client.get("/id/cari/", {"q": "calo"}, HTTP_HOST=host)
        links = [a["href"] for a in soup(response).select(".results a")]
        assert links, host
        assert not any(f"//{other}/" in link for link in links), links
        suggestions = client.get("/id/cari/saran/", {"q": "calo"}, HTTP_HOST=host).json()["suggestions"]
        assert suggestions and not any(f"//{other}/" in item["url"] for item in suggestions)


def test_a_pack_cannot_hold_what_an_editor_could_not_save(tmp_path, monkeypatch):
    """SQLite does not enforce lengths; the loader validates as the admin would."""
    from django.core.exceptions import ValidationError

    from packs import loader as packs

    folder = tmp_path / "overlong"
    folder.mkdir()
    (folder / "pack.yaml").write_text(
        "office: overlong\nsite: {name: X, hostname: overlong.localhost}\nlanguages: [id, en]\n"
        "reviewed: 2025-11-12\nreview_after_days: 180\nsections: [offices]\n"
    )
    label = "x" * 150
    (folder / "offices.yaml").write_text(
        "offices:\n- code: overlong\n  name: {id: Kantor, en: Office}\n  address: {id: Jl. A, en: Jl. A}\n"
        "  work_area: {id: A, en: A}\n  opening_hours: {id: Senin, en: Monday}\n"
        "  channels:\n  - kind: website\n    value: https://overlong.imigrasi.go.id\n"
        f"    label: {{id: {label}, en: {label}}}\n"
    )
    monkeypatch.setattr(packs, "PACKS", tmp_path)
    with pytest.raises(ValidationError, match="label"):
        Pack("overlong", log=lambda message: None).load()
    assert not Office.objects.filter(code="overlong").exists()


def test_the_fee_page_lists_every_national_rate_with_its_legal_basis(client):
    """../shared/domain/facts.md, section 1: PP 45/2024, and the zero tariff for migrant workers."""
    from tests.html import soup

    rows = {
        row.select_one("th").get_text(" ", strip=True): row.get_text(" ", strip=True)
        for row in soup(client.get("/en/passport-fees/")).select("tbody tr")
    }
    expected = {
        "E-passport, valid 5 years": ("650,000", "PP 45/2024"),
        "E-passport, valid 10 years": ("950,000", "PP 45/2024"),
        "Ordinary (non-electronic) passport, valid 5 years": ("350,000", "PP 45/2024"),
        "Ordinary (non-electronic) passport, valid 10 years": ("650,000", "PP 45/2024"),
        "Accelerated service (ready the same day)": ("1,000,000", "PP 45/2024"),
        "Charge for a lost passport": ("1,000,000", "PP 45/2024"),
        "Charge for a damaged passport": ("500,000", "PP 45/2024"),
        "Travel document in lieu of passport (SPLP), citizens": ("100,000", "PP 45/2024"),
        "Travel document in lieu of passport (SPLP), foreigners": ("150,000", "PP 45/2024"),
        "Migrant worker passport (24 pages, 5 years)": ("0", "Permenkumham 9/2020"),
    }
    for name, (amount, basis) in expected.items():
        row = next((row for heading, row in rows.items() if heading.startswith(name)), None)
        assert row is not None, name
        assert amount in row and basis in row, row
    delivery = next(row for heading, row in rows.items() if heading.startswith("Passport delivery by PT Pos"))
    assert "Karawang" in delivery and "PP 45/2024" not in delivery  # a local price, not a national rule


def test_events_fall_on_the_days_the_office_serves_there():
    from education.models import ServiceEvent

    for event in ServiceEvent.objects.filter(locale__language_code="id"):
        day = timezone.localtime(event.starts_at).weekday()
        if event.kind == "kecamatan" and "Purwakarta" in event.address:
            assert day == 2, event  # Gebyar PATEN in Purwakarta: Wednesdays
        if event.kind == "village":
            assert day < 5, event  # villages are served on working days


def test_an_offices_banner_stays_on_its_own_site(client):
    from home.models import AlertBanner

    assert soup(client.get("/id/")).select_one(".alert") is not None  # Karawang's warning on Karawang's site
    assert soup(client.get("/id/", HTTP_HOST="tangerang.localhost")).select_one(".alert") is None
    national = AlertBanner.objects.create(
        locale=AlertBanner.objects.first().locale,
        message="Peringatan untuk semua kantor",
        active=True,
        expires_at=timezone.now() + timezone.timedelta(days=1),
    )
    assert "Peringatan untuk semua kantor" in client.get("/id/", HTTP_HOST="tangerang.localhost").content.decode()
    national.delete()


def test_samarinda_is_a_whole_site_of_its_own_in_wita(client):
    office = Office.objects.get(code="samarinda", locale__language_code="id")
    assert (office.time_zone, office.min_outreach_applicants) == ("Asia/Makassar", 21)
    host = {"HTTP_HOST": "samarinda.localhost"}
    home = client.get("/id/", **host).content.decode()
    assert "Kantor Imigrasi Samarinda" in home and "Karawang" not in home
    services = soup(client.get("/en/services-and-schedules/", **host)).get_text(" ")
    assert "more than 20 people" in services and "WITA" in services
    contact = soup(client.get("/id/kontak/", **host))
    assert contact.find("a", href="https://www.lapor.go.id")
    # National fees only: Karawang's PT Pos delivery is Karawang's.
    fees = soup(client.get("/id/biaya-paspor/", **host)).get_text(" ")
    assert "E-paspor" in fees and "Karawang" not in fees
    checker = soup(client.get("/id/cek-kanal-resmi/", {"q": "lapor.go.id"}, **host))
    assert checker.select_one(".check-result h2").get_text(strip=True) == "Resmi"


def test_each_language_writes_money_one_way():
    """Issue #33: the FAQ wrote "Rp650,000" where the fee page, through the rupiah filter,
    writes "IDR 650,000"; Indonesian writes "Rp650.000" everywhere."""
    import re
    from pathlib import Path

    import yaml

    written = {"en": re.compile(r"Rp ?\d"), "id": re.compile(r"IDR ?\d")}
    found = []

    def walk(node, where):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in written and isinstance(value, str) and written[key].search(value):
                    found.append(f"{where}: {value[:80]}")
                walk(value, where)
        elif isinstance(node, list):
            for item in node:
                walk(item, where)

    for path in sorted((Path(__file__).resolve().parents[2] / "site" / "demo").glob("*/*.yaml")):
        walk(yaml.safe_load(path.read_text()), path.name)
    assert not found, found


@pytest.mark.parametrize(
    "path, phrases",
    [
        ("/id/privasi/", ["UU 27/2022", "3×24 jam", "tidak pernah disimpan di basis data"]),
        ("/en/privacy/", ["Law 27/2022", "3×24 hours", "never stored in the database"]),
    ],
)
def test_the_privacy_notice_states_purpose_data_retention_and_rights(client, path, phrases):
    body = text(client.get(path))
    for phrase in phrases:
        assert phrase in body
    # The retention period is the one the purge command applies.
    assert str(settings.PERSONAL_DATA_RETENTION_DAYS) in body


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


def faq_ld(response):
    for script in soup(response).select('script[type="application/ld+json"]'):
        data = json.loads(script.string)
        if data.get("@type") == "FAQPage":
            return data
    raise AssertionError("no FAQPage structured data")


# The FAQ packs (national and Karawang's questions) on one page.
FAQ_QUESTIONS = Pack("national").read("faq")["questions"] + Pack("karawang").read("faq")["questions"]


@pytest.mark.parametrize("path, language", [("/id/tanya-jawab/", "id"), ("/en/faq/", "en")])
def test_faq_page_groups_every_question_by_topic_with_anchors_and_structured_data(client, path, language):
    response = client.get(path)
    assert response.status_code == 200
    page = soup(response)
    questions = demo_site.pages(FaqQuestionPage, language)
    assert questions.count() == len(FAQ_QUESTIONS) >= 25
    # Every topic of the demo has its section, in the order of Topic.
    with override(language):
        expected_topics = [str(label) for value, label in Topic.choices]
    assert [h2.get_text(strip=True) for h2 in page.select(".faq-topic h2")] == expected_topics
    for question in questions:
        block = page.find(id=question.slug)
        assert block is not None, question.slug
        assert block.h3.get_text(strip=True) == question.title
        assert block.find("a", href=f"#{question.slug}")
    data = faq_ld(response)
    assert data["inLanguage"] == language
    assert len(data["mainEntity"]) == questions.count()
    first = data["mainEntity"][0]
    assert first["@type"] == "Question" and first["acceptedAnswer"]["text"]
    assert "<" not in first["acceptedAnswer"]["text"]


def test_english_faq_is_a_linked_translation_in_natural_english(client):
    english = demo_site.pages(FaqPage, "en").get()
    indonesian = demo_site.pages(FaqPage, "id").get()
    assert english.translation_key == indonesian.translation_key
    body = text(client.get("/en/faq/"))
    assert "How much does an e-passport cost?" in body
    assert "IDR 950,000" in body


def test_home_page_offers_the_three_tasks_saturdays_and_mobile_services(client):
    response = client.get("/id/")
    page = soup(response)
    tasks = {a.select_one(".task-label").get_text(): a["href"] for a in page.select(".tasks a")}
    assert tasks == {
        "Cek persyaratan saya": "/id/cek-persyaratan/",
        "Lihat biaya resmi": "/id/biaya-paspor/",
        "Cek nomor atau situs": "/id/cek-kanal-resmi/",
    }
    assert len(page.select("ul.dates li")) == 4
    assert "Layanan paspor keliling di Desa Citeko" in page.get_text()
    (organisation,) = [json.loads(script.string) for script in page.select('script[type="application/ld+json"]')]
    assert organisation["@type"] == "GovernmentOrganization"
    english = soup(client.get("/en/"))
    assert "/en/check-requirements/" in [a["href"] for a in english.select(".tasks a")]
