"""Every office's site is a whole site, and names only its own office (issue #29).

With the three office packs loaded, each site is walked from its home page in both
languages by following links, as a new reader would."""

import datetime
import json
from collections import deque
from urllib.parse import urldefrag, urlsplit

import pytest
from django.test import Client
from django.utils import timezone

from education.models import RequirementPage
from tests.html import soup, text
from tests.packs import demo_site

pytestmark = [pytest.mark.django_db, pytest.mark.slow, pytest.mark.content]

# Each site, the office it speaks for, and the words that belong to that office alone:
# its name, the places it serves and its own services (facts.md sections 9 and 10).
OFFICES = {
    "localhost": ("Karawang", ["Karawang", "Purwakarta", "PT Pos"]),
    "tangerang.localhost": ("Tangerang", ["Tangerang"]),
    "samarinda.localhost": ("Samarinda", ["Samarinda"]),
}
# The office finder lists the offices on purpose: it sends a reader to the right one.
OTHER_OFFICES_LIST = ("/id/cari-kantor/", "/en/office-finder/")
NOT_PAGES = ("/static/", "/documents/", "/api/", "/admin/", "/id/desa/", "/en/village/")
# Words a pack's author leaves where a fact is still to come; no reader may see one.
PLACEHOLDERS = ("belum diperiksa", "not yet checked", "todo", "lorem", "tbd", "xxx")


def walk(client, start):
    """{path: response} of every page reached from `start` by following links on the site."""
    seen = {start: None}
    queue = deque([start])
    while queue:
        path = queue.popleft()
        response = client.get(path)
        seen[path] = response
        if response.status_code != 200 or not response["Content-Type"].startswith("text/html"):
            continue
        for link in soup(response).select("a[href]"):
            parts = urlsplit(urldefrag(link["href"])[0])
            if parts.scheme or parts.netloc or parts.query or not parts.path.startswith(start):
                continue
            if parts.path.startswith(NOT_PAGES) or parts.path in seen:
                continue
            seen[parts.path] = None
            queue.append(parts.path)
    return seen


# The blocks a fact and its note, or an event and its marker, must share.
BLOCKS = ["li", "dd", "p", "td", "article"]


def unmarked(page, shown, marker):
    """The blocks that show `shown` without the element `marker` (a CSS selector) beside it."""
    missing = []
    for node in page.find_all(string=lambda value: shown in value):
        if node.parent.name in ("script", "style", "title", "textarea", "option"):
            continue
        block = node.find_parent(BLOCKS)
        if block is None or block.select_one(marker) is None:
            missing.append(" ".join((block or node.parent).get_text(" ", strip=True).split())[:120])
    return missing


def facts_of(office):
    """{text as shown: status} of the office facts that carry a confirmation status."""
    return {
        value.splitlines()[0].strip(): status
        for value, status in (
            (office.address, office.address_status),
            (office.opening_hours, office.opening_hours_status),
        )
        if value.strip()
    }


def test_every_page_of_every_office_site_names_only_its_own_office(every_office):
    """Walked from each home page in both languages: each page names its own office and no
    other and shows no placeholder; an unconfirmed fact is shown only with its note (and never in the data given to
    search engines), a hidden one not at all; an example event only with its marker."""
    from wagtail.models import Locale

    from education.models import ServiceEvent
    from home.models import FactStatus, SiteSettings

    checked_examples = 0
    for host, (own, _words) in OFFICES.items():
        others = [word for name, words in OFFICES.values() if name != own for word in words]
        client = Client(HTTP_HOST=host)
        office = SiteSettings.objects.get(site__hostname=host).home_office
        for language in ("id", "en"):
            localized = office.get_translation(Locale.objects.get(language_code=language))
            facts = facts_of(localized)
            examples = set(ServiceEvent.objects.filter(office=localized, example=True).values_list("title", flat=True))
            checked_examples += len(examples)
            pages = walk(client, f"/{language}/")
            assert len(pages) > 50, (host, language, len(pages))
            for path, response in pages.items():
                assert response.status_code == 200, f"{host}{path}"
                if path in OTHER_OFFICES_LIST or not response["Content-Type"].startswith("text/html"):
                    continue
                words = text(response)
                assert own in words, f"{host}{path}"  # the office the site speaks for is named
                padded = f" {words.lower()} "
                placeholders = [p for p in PLACEHOLDERS if any(f" {p}{end}" in padded for end in " .:")]
                assert not placeholders, f"{host}{path} shows a placeholder: {placeholders}"
                found = [word for word in others if word in words]
                assert not found, f"{host}{path} names another office's facts: {found}"
                page = soup(response)
                data = " ".join(script.string or "" for script in page.select('script[type="application/ld+json"]'))
                for shown, status in facts.items():
                    if status == FactStatus.HIDDEN:
                        assert shown not in words, f"{host}{path} shows a hidden fact: {shown}"
                    if status != FactStatus.CONFIRMED:
                        assert shown not in data, f"{host}{path} gives search engines an unconfirmed fact"
                    if status == FactStatus.NOTE:
                        assert not unmarked(page, shown, ".unconfirmed"), f"{host}{path}: {shown} without its note"
                for title in examples:
                    assert not unmarked(page, title, ".example"), f"{host}{path}: example {title} without its marker"
    assert checked_examples  # a pack ships example events, so the check above had something to check


# What each office's site offers a reader, in each language: the path and what it must show.
WHOLE_SITE = {
    "id": {
        "/id/syarat-paspor/paspor-hilang/": "Rp1.000.000",
        "/id/cek-persyaratan/": "Cek persyaratan",
        "/id/modul-edukasi/": "Modul edukasi keimigrasian",
        "/id/waspada-penipuan/": "Waspada penipuan",
        "/id/kontak/": "SP4N-LAPOR!",
    },
    "en": {
        "/en/passport-requirements/lost-passport/": "IDR 1,000,000",
        "/en/check-requirements/": "Check what you need",
        "/en/education-modules/": "Immigration education modules",
        "/en/scam-warnings/": "Scam warnings",
        "/en/contact/": "SP4N-LAPOR!",
    },
}
FAQ = {"id": "/id/tanya-jawab/", "en": "/en/faq/"}


def faq_questions(response):
    for script in soup(response).select('script[type="application/ld+json"]'):
        data = json.loads(script.string)
        if data.get("@type") == "FAQPage":
            return data["mainEntity"]
    return []


def test_each_office_site_is_whole_and_shows_the_national_pages_edited_once(every_office):
    """Requirements, checklist, FAQ, modules and contact on every site in both languages; a
    national page edited once changes on all three; the API gives each site its own fees."""
    for host in OFFICES:
        client = Client(HTTP_HOST=host)
        for language, pages in WHOLE_SITE.items():
            for path, shown in pages.items():
                response = client.get(path)
                assert response.status_code == 200, f"{host}{path}"
                assert shown in text(response), f"{host}{path}"
            assert len(faq_questions(client.get(FAQ[language]))) >= 20, host

    page = demo_site.national(RequirementPage).get(service="lost")
    page.intro = "Kehilangan paspor? Mulailah dengan laporan polisi."
    page.save_revision().publish()
    for host in OFFICES:
        response = Client(HTTP_HOST=host).get("/id/syarat-paspor/paspor-hilang/")
        assert "Kehilangan paspor? Mulailah dengan laporan polisi." in text(response), host

    for host, (own, _words) in OFFICES.items():
        fees = Client(HTTP_HOST=host).get("/api/v1/id/fees/").json()
        codes = {fee["id"] for fee in fees["results"]}
        assert {"e-paspor-5", "biaya-kehilangan"} <= codes, host
        assert ("pengiriman-pos" in codes) is (own == "Karawang"), host


def test_a_check_past_its_date_is_overdue_for_editors_and_never_a_future_date_for_readers(client):
    """The demo's facts were checked on the day its pack names; the next check is due from
    that day, not from the day the pack was loaded."""
    page = demo_site.pages(RequirementPage).get(service="lost")
    assert page.next_review_due == page.last_reviewed + datetime.timedelta(days=180)
    source = RequirementPage.objects.get(pk=page.alias_of_id)
    source.next_review_due = timezone.localdate() - datetime.timedelta(days=1)
    source.save_revision().publish()
    shown = soup(client.get("/id/syarat-paspor/paspor-hilang/")).select_one(".review-dates").get_text(" ", strip=True)
    assert "perlu diperiksa ulang" in shown
    assert "Tinjauan berikutnya" not in shown
