"""Journeys that start at the home page, as a reader on a phone meets the site:
through the menu to a requirement, the checklist and its print view; to the
contact page; to the channel checker. On the tests' own office site (tests/world.py),
the served site's default."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

JOURNEY = {
    "id": {
        "menu": "Menu",
        "requirements": "Persyaratan paspor",
        "requirement": "Paspor baru untuk orang dewasa",
        "checklist": "Daftar bawaan",
        "show": "Tampilkan daftar saya",
        "print": "Tampilan cetak",
        "back": "Kembali ke daftar periksa",
        "share": "Bagikan lewat WhatsApp",
        "total": "Rp1.350.000",
        "lost": "Paspor saya hilang",
        "checker": "Periksa kanal",
        "field": "Nomor telepon atau WhatsApp, tautan, atau nama akun",
        "check": "Periksa",
        "official": "Resmi",
        "not_official": "Tidak ada dalam daftar kanal resmi kami",
        "scammed": "Sudah tertipu?",
        "banner": "Waspada: pendaftaran hanya lewat M-Paspor.",
    },
    "en": {
        "menu": "Menu",
        "requirements": "Passport requirements",
        "requirement": "New passport for adults",
        "checklist": "What to bring",
        "show": "Show my checklist",
        "print": "Print view",
        "back": "Back to the checklist",
        "share": "Share on WhatsApp",
        "total": "IDR 1,350,000",
        "lost": "My passport is lost",
        "checker": "Check a channel",
        "field": "Phone or WhatsApp number, link, or account name",
        "check": "Check",
        "official": "Official",
        "not_official": "Not on our list of official channels",
        "scammed": "Already scammed?",
        "banner": "Beware: booking is only in M-Paspor.",
    },
}


def open_menu_and_go(page, words, name):
    page.locator(".main-menu summary").tap()
    page.locator(".main-menu").get_by_role("link", name=name, exact=True).tap()


@pytest.mark.parametrize("language", ["id", "en"])
def test_menu_to_a_requirement_to_the_checklist_and_its_print_view(server, phone_and_steps, language):
    page, step = phone_and_steps
    words = JOURNEY[language]
    page.goto(f"{server.url}/{language}/")
    step("home")
    open_menu_and_go(page, words, words["requirements"])
    step("requirements")
    page.locator("main").get_by_role("link", name=words["requirement"], exact=True).tap()
    step("requirement")
    expect(page.locator(".breadcrumbs")).to_contain_text(words["requirements"])
    open_menu_and_go(page, words, words["checklist"])
    # A lost passport: the 5-year passport (preselected) and the charge for the loss.
    page.get_by_label(words["lost"]).check()
    page.get_by_role("button", name=words["show"]).tap()
    step("result")
    expect(page.locator(".checklist .total")).to_have_text(words["total"])
    share = page.get_by_role("link", name=words["share"]).get_attribute("href")
    text = parse_qs(urlsplit(share).query)["text"][0]
    assert words["total"] in text and words["lost"] in text
    page.get_by_role("link", name=words["print"]).tap()
    step("print-view")
    expect(page).to_have_url(re.compile("print=1"))
    page.get_by_role("link", name=words["back"]).tap()
    step("back")
    expect(page).not_to_have_url(re.compile("print=1"))
    # Back on the filled-in checklist, answers kept.
    expect(page.locator(".checklist .total")).to_have_text(words["total"])


@pytest.mark.parametrize("language", ["id", "en"])
def test_home_to_the_contact_page_with_phone_email_and_sp4n_lapor(server, phone_and_steps, language):
    server.manage(
        "shell",
        "-c",
        # The office confirms a phone number and an e-mail address (example values), in both languages.
        "from home.models import Office, OfficialChannel; import datetime;"
        "[OfficialChannel.objects.get_or_create(office=office, locale=office.locale, kind=kind, value=value,"
        " defaults={'label': 'Contoh', 'verified_on': datetime.date(2026, 11, 1), 'for_complaints': True})"
        " for office in Office.objects.filter(code='contoh')"
        " for kind, value in (('phone', '+62 267 000000'), ('email', 'pengaduan@example.org'))]",
    )
    page, step = phone_and_steps
    # The channels were added by another process, whose save the server's page cache
    # did not hear of: ask for fresh pages, as a reader's reload does.
    page.set_extra_http_headers({"Cache-Control": "no-cache"})
    page.goto(f"{server.url}/{language}/")
    page.locator("footer .footer-contact a").first.tap()
    step("contact")
    main = page.locator("main")
    expect(main.locator("a[href^='tel:']").first).to_be_visible()
    expect(main.locator("a[href^='mailto:']").first).to_be_visible()
    expect(main.locator("#complaints")).to_contain_text("SP4N-LAPOR!")
    expect(main.locator("#complaints a[href='https://www.lapor.go.id']")).to_be_visible()


@pytest.mark.parametrize("language", ["id", "en"])
def test_channel_checker_knows_the_app_the_number_and_lookalikes(server, phone_and_steps, language):
    page, step = phone_and_steps
    words = JOURNEY[language]
    page.goto(f"{server.url}/{language}/")
    open_menu_and_go(page, words, words["checker"])

    def check(value):
        page.get_by_label(words["field"]).fill(value)
        page.get_by_role("button", name=words["check"], exact=True).tap()
        return page.locator(".check-result h2")

    for official in ("M-Paspor", "0813 9967 9966", "+62 813-9967-9966", "6281399679966"):
        expect(check(official)).to_have_text(words["official"])
    step("official")
    for lookalike in ("imigrasi-go-id.com", "mpaspor-online.com"):
        expect(check(lookalike)).to_have_text(words["not_official"])
    step("lookalike")
    # The answer is the first thing on the screen after checking.
    box = page.locator(".check-result").bounding_box()
    assert box["y"] < page.viewport_size["height"]
    page.locator(".check-result .next-steps a").first.tap()
    step("scammed")
    expect(page.locator("h1")).to_have_text(words["scammed"])


# The office warns of a scam going round, in both languages, as its reviewer would publish it.
BANNER = """
import datetime
from django.utils import timezone
from wagtail.models import Locale
from core.translation import translate
from home.models import AlertBanner, Office
indonesian = Locale.objects.get(language_code="id")
banner = AlertBanner.objects.create(
    locale=indonesian,
    office=Office.objects.get(code="contoh", locale=indonesian),
    message={message!r},
    live=False,
    expires_at=timezone.now() + datetime.timedelta(days=30),
)
banner.save_revision().publish()
english = Locale.objects.get(language_code="en")
translate(AlertBanner.objects.get(pk=banner.pk), english, {{{message!r}: {message_en!r}}})
"""


@pytest.fixture(scope="module")
def office_banner(server):
    server.manage("shell", "-c", BANNER.format(message=JOURNEY["id"]["banner"], message_en=JOURNEY["en"]["banner"]))


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_first_screen_of_a_phone_shows_a_task_and_a_search_result(server, office_banner, phone_and_steps, language):
    """Issue #33: header and banner took about 470 of 740 px, so no task was on the home
    page's first screen and the first search result started below it."""
    page, steps = phone_and_steps
    words = JOURNEY[language]
    # The banner was published by another process: ask for fresh pages, as a reader's reload does.
    page.set_extra_http_headers({"Cache-Control": "no-cache"})
    page.goto(f"{server.url}/{language}/")
    steps("home")
    # Header and the office's alert banner together: at most a third of the screen.
    expect(page.locator(".alert")).to_contain_text(words["banner"])
    top = page.locator(".alert")
    assert top.bounding_box()["y"] + top.bounding_box()["height"] <= 740 / 3
    first_task = page.locator(".tasks a").first
    assert first_task.bounding_box()["y"] + first_task.bounding_box()["height"] <= 740
    page.locator("#site-search").fill(words["requirement"])
    page.locator("#site-search").press("Enter")
    page.wait_for_load_state("load")
    steps("results")
    first_result = page.locator(".result h2 a").first
    expect(first_result).to_be_visible()
    assert first_result.bounding_box()["y"] + first_result.bounding_box()["height"] <= 740
    # The menu opens over the page and leads on.
    page.locator(".main-menu summary").tap()
    expect(page.locator(".main-menu").get_by_role("link", name=words["checker"], exact=True)).to_be_in_viewport()
