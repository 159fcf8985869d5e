"""Anonymous readers get public pages from the shared cache; any content change renews it."""

import datetime
import re

import pytest
import time_machine
from django.core.cache import cache
from django.utils import timezone
from wagtail.models import Locale, Page

from education.models import Fee, FeeRate
from home.models import AlertBanner, Office
from tests import world
from tests.html import soup, text

pytestmark = pytest.mark.django_db

LOST = world.path("lost_passport")


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def test_second_anonymous_request_is_served_from_the_cache(site_client):
    first = site_client.get(LOST)
    second = site_client.get(LOST)
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "public" in second["Cache-Control"] and "max-age=0" in second["Cache-Control"]


def test_an_unchanged_page_costs_a_reader_no_body(site_client):
    etag = site_client.get(LOST)["ETag"]
    response = site_client.get(LOST, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert response.content == b""


def test_each_language_has_its_own_copy(site_client):
    site_client.get("/id/")
    site_client.get("/en/")
    indonesian, english = site_client.get("/id/"), site_client.get("/en/")
    assert indonesian["X-Page-Cache"] == english["X-Page-Cache"] == "hit"
    assert indonesian.content != english.content
    assert 'lang="en"' in english.content.decode()


def test_publishing_a_page_renews_the_cache(site_client):
    site_client.get("/en/")
    home = Page.objects.get(url_path__endswith=f"/{world.slug('home', 'en')}/").specific
    home.intro = "Fresh words from the office."
    home.save_revision().publish()
    response = site_client.get("/en/")
    assert response["X-Page-Cache"] == "miss"
    assert "Fresh words from the office." in text(response)


def test_a_new_fee_amount_reaches_the_cached_page(site_client):
    assert "Rp1.000.000" in text(site_client.get(LOST))
    rate = FeeRate.objects.get(fee=Fee.objects.get(code="contoh-hilang", locale__language_code="id"))
    rate.amount = 1_200_000
    rate.save()
    rate.save_revision().publish()
    assert "Rp1.200.000" in text(site_client.get(LOST))


def test_signed_in_people_and_reloads_bypass_the_cache(site_client, admin_client):
    site_client.get(LOST)
    assert "X-Page-Cache" not in admin_client.get(LOST)
    assert "X-Page-Cache" not in site_client.get(LOST, HTTP_CACHE_CONTROL="no-cache")


def test_search_is_never_answered_from_the_cache(site_client):
    site_client.get("/id/cari/", {"q": "paspor"})
    second = site_client.get("/id/cari/", {"q": "paspor"})
    assert "X-Page-Cache" not in second
    assert "no-cache" in second["Cache-Control"] or "max-age=0" in second["Cache-Control"]


def test_a_cached_page_ends_when_its_alert_banner_expires(site_client):
    with time_machine.travel(timezone.now(), tick=False) as clock:
        AlertBanner.objects.create(
            locale=Locale.objects.get(language_code="id"),
            office=Office.objects.get(code=world.OFFICE, locale__language_code="id"),
            message="Waspada calo di depan kantor.",
            active=True,
            expires_at=timezone.now() + datetime.timedelta(seconds=2),
        )
        assert soup(site_client.get("/id/")).select_one(".alert") is not None
        assert site_client.get("/id/")["X-Page-Cache"] == "hit"
        clock.shift(datetime.timedelta(seconds=2.2))
        response = site_client.get("/id/")
    assert response["X-Page-Cache"] == "miss"
    assert soup(response).select_one(".alert") is None


def test_error_pages_are_not_cached(site_client):
    site_client.get("/id/tidak-ada/")
    assert "X-Page-Cache" not in site_client.get("/id/tidak-ada/")


def test_the_chrome_rendered_once_follows_every_change(site_client):
    """The footer, the menu and the breadcrumbs are rendered once per content change
    and language (base.html, {% cache %} keyed by chrome_version): a change to the
    office or to a section title shows on the very next page."""
    from education.models import RequirementIndexPage

    nocache = {"HTTP_CACHE_CONTROL": "no-cache"}
    site_client.get(LOST, **nocache)
    office = Office.objects.get(locale__language_code="id", code=world.OFFICE)
    office.address = "Jl. Baru Kantor No. 1, Kota Contoh"
    office.save_revision().publish()
    section = RequirementIndexPage.objects.get(slug=world.slug("requirements", "id"))
    section.title = "Syarat lengkap paspor"
    section.save_revision().publish()

    page = soup(site_client.get(LOST, **nocache))
    assert "Jl. Baru Kantor No. 1" in page.select_one("footer").get_text()
    assert "Syarat lengkap paspor" in page.select_one(".main-menu").get_text()
    assert "Syarat lengkap paspor" in page.select_one(".breadcrumbs").get_text()
    # English pages keep their own copy.
    assert "Syarat lengkap paspor" not in soup(site_client.get("/en/", **nocache)).select_one(".main-menu").get_text()


def test_what_an_uncached_page_remembers_follows_every_change(site_client):
    """Pages read their site, their own page, documents, fees, linked warnings,
    translations and events from what was remembered for this content
    (page_cache.remembered): each change shows on the very next uncached request."""
    from education.models import RequirementPage
    from tests.factories import ServiceEventFactory

    nocache = {"HTTP_CACHE_CONTROL": "no-cache"}
    page = RequirementPage.objects.get(slug=world.slug("lost_passport", "id"))
    site_client.get(LOST, **nocache)
    site_client.get("/id/", **nocache)

    documents = list(page.documents.all())
    documents[0].name = "Surat keterangan hilang dari kelurahan"
    page.documents = documents
    page.save_revision().publish()
    rate = FeeRate.objects.get(fee=Fee.objects.get(code="contoh-hilang", locale__language_code="id"))
    rate.amount = 1_300_000
    rate.save_revision().publish()
    body = text(site_client.get(LOST, **nocache))
    assert "Surat keterangan hilang dari kelurahan" in body and "Rp1.300.000" in body

    warning = page.scam_warnings()[0]
    warning.unpublish()
    assert warning.title not in text(site_client.get(LOST, **nocache))

    with time_machine.travel(timezone.now(), tick=False) as clock:
        now = timezone.now()
        event = ServiceEventFactory(
            office=Office.objects.get(code=world.OFFICE, locale__language_code="id"),
            title="Paspor di Mal Contoh",
            starts_at=now - datetime.timedelta(hours=1),
            ends_at=now + datetime.timedelta(seconds=2),
        )
        event.save_revision().publish()
        assert "Paspor di Mal Contoh" in text(site_client.get("/id/", **nocache))
        # An event that ends leaves the list without any change to the content.
        clock.shift(datetime.timedelta(seconds=2.1))
        assert "Paspor di Mal Contoh" not in text(site_client.get("/id/", **nocache))

    # Unpublishing the English translation takes the language link to the English home page.
    english = page.get_translation(Locale.objects.get(language_code="en"))
    english_here = world.path("lost_passport", "en")
    assert english_here in [a["href"] for a in soup(site_client.get(LOST, **nocache)).select("a[hreflang]")]
    english.unpublish()
    assert english_here not in [a["href"] for a in soup(site_client.get(LOST, **nocache)).select("a[hreflang]")]


def test_a_change_reaches_readers_after_the_cache_lost_its_generation(site_client):
    """A full cache drops keys it was told to keep (Redis under maxmemory, the file
    cache past its entries): losing the generation must not bring back old copies."""
    from core import page_cache
    from tests import world

    lost = world.path("lost_passport")
    assert "Rp1.000.000" in text(site_client.get(lost))
    rate = FeeRate.objects.get(fee__code="contoh-hilang")
    rate.amount = 1_200_000
    rate.save_revision().publish()
    cache.delete(page_cache.MODEL_GENERATION_KEY.format("education.feerate"))  # evicted after the change
    assert "Rp1.200.000" in text(site_client.get(lost))


def test_an_uncached_page_asks_the_shared_cache_little_and_follows_a_change_made_elsewhere(site_client, monkeypatch):
    """Remembered parts are kept in the process too (keyed by the generation, read once
    per request): with Redis each read was a round trip. A change made by another process
    reaches the shared cache only, and still shows on the next request."""
    from django.core.cache import caches

    from core import page_cache
    from tests import world

    fees = world.path("fees")
    nocache = {"HTTP_CACHE_CONTROL": "no-cache"}
    site_client.get(fees, **nocache)
    reads = []
    shared = caches["default"]
    original = shared.get
    inside_many = []

    def get(key, *args, **kwargs):
        if not inside_many:
            reads.append(key)
        return original(key, *args, **kwargs)

    def get_many(keys, *args, **kwargs):
        # One round trip for many keys (Redis MGET), however the local cache answers it.
        reads.append(keys)
        inside_many.append(True)
        try:
            return {key: value for key in keys if (value := original(key, MISSING)) is not MISSING}
        finally:
            inside_many.pop()

    MISSING = object()
    monkeypatch.setattr(shared, "get", get)
    monkeypatch.setattr(shared, "get_many", get_many)
    assert "Rp350.000" in text(site_client.get(fees, **nocache))
    # The generations once (the public one, the models' in one go), and the template's own
    # fragments (menu, breadcrumbs, footer).
    assert len(reads) <= 6, reads

    # Another process's publish: the rows and the shared generation change, nothing in this one.
    FeeRate.objects.filter(fee__code="contoh-e5").update(amount=375_000)
    page_cache.invalidate_content(FeeRate)  # outside a request: the shared generations alone
    assert "Rp375.000" in text(site_client.get(fees, **nocache))


def test_a_fee_change_renews_the_fee_page_and_leaves_the_site_chrome_remembered(site_client):
    """Issue #31: a write renews what depends on it. A rate change shows on the next
    request; the site, its sections, its office and channels, the settings' pages and
    the banner are not computed again (no query for them). A page published renews them."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests import world

    fees = world.path("fees")
    nocache = {"HTTP_CACHE_CONTROL": "no-cache"}
    site_client.get(fees, **nocache)
    rate = FeeRate.objects.get(fee__code="contoh-e5", fee__locale__language_code="id", live=True)
    rate.amount = 365_000
    rate.save_revision().publish()

    with CaptureQueriesContext(connection) as queries:
        assert "Rp365.000" in text(site_client.get(fees, **nocache))
    # The table each query reads first: the chrome's own tables, and the sections' query.
    chrome = {"home_officialchannel", "home_sitesettings", "home_alertbanner", "wagtailcore_site"}
    read = [(re.search(r' FROM "(\w+)"', q["sql"]).group(1), q["sql"]) for q in queries.captured_queries]
    assert [sql for table, sql in read if table in chrome or "show_in_menus" in sql] == []

    from wagtail.models import Site

    from education.models import FeeIndexPage

    home = Site.objects.get(hostname=world.HOST).root_page
    section = FeeIndexPage.objects.child_of(home).get()
    section.title = "Tarif resmi terbaru"
    section.save_revision().publish()
    with CaptureQueriesContext(connection) as queries:
        assert (
            "Tarif resmi terbaru"
            in soup(site_client.get(world.path("home"), **nocache)).select_one(".main-menu").get_text()
        )
    assert any("show_in_menus" in q["sql"] for q in queries.captured_queries)


def test_officers_and_the_machinery_leave_a_cached_fee_page_a_hit(site_client):
    """Issue #31: a submitted training session, an outbox entry, a notice, an officer's
    language and a task row change no public page; the cached fee page stays a hit. An
    approved session does show publicly (its village's figures): that one renews the
    village's page, and the fee page, which shows no session, stays a hit."""
    from django_tasks_db.models import DBTaskResult

    from tests import world
    from tests.factories import TrainingSessionFactory, VillageOfficerFactory
    from village_programs import outreach
    from village_programs.models import Notice, OutreachRequest, TrainingSession, Village

    fees = world.path("fees")
    village = Village.objects.get(code=world.VILLAGE)
    officer = VillageOfficerFactory(villages=[village])
    assert site_client.get(fees)["X-Page-Cache"] == "miss"
    assert site_client.get(fees)["X-Page-Cache"] == "hit"

    session = TrainingSessionFactory(village=village, created_by=officer.user)
    request = OutreachRequest.objects.create(
        village=village,
        place_name="Balai Desa",
        preferred_dates=["2027-02-01"],
        expected_applicants=25,
        services=["new"],
        contact_name="Sari",
        contact_phone="+6281234567890",
        created_by=officer.user,
    )
    outreach.submit(request, officer.user)  # an outbox entry when a booking system is set, a notice
    Notice.objects.create(user=officer.user, kind=Notice.Kind.SESSION_RETURNED, session=session)
    officer.language = "en"
    officer.save()
    DBTaskResult.objects.create(
        task_path="operations.tasks.worker_heartbeat", args_kwargs={"args": [], "kwargs": {}}, run_after=timezone.now()
    )
    assert site_client.get(fees)["X-Page-Cache"] == "hit"

    # An approved session shows on its village's page, not on the fee page.
    site_client.get(world.path("village"))
    session.status = TrainingSession.Status.APPROVED
    session.save()
    assert site_client.get(world.path("village"))["X-Page-Cache"] == "miss"
    assert site_client.get(fees)["X-Page-Cache"] == "hit"
