import datetime
import json

import feedparser
import pytest
from django.contrib.auth.models import Group, User
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.utils import timezone
from wagtail.models import Locale, WorkflowContentType

from core import roles
from education.models import FeeRate, RequirementPage
from home.models import AlertBanner
from tests import world
from tests.html import language_links, soup, text
from tests.world import client_on_the_site  # noqa: F401  (the client reads the world's site)

pytestmark = pytest.mark.django_db

REQUIREMENT_URLS = [world.PATHS["new_passport"], world.PATHS["lost_passport"]]


def structured(response):
    return [json.loads(script.string) for script in soup(response).select('script[type="application/ld+json"]')]


@pytest.mark.parametrize("indonesian, english", REQUIREMENT_URLS)
def test_each_requirement_page_exists_in_both_languages_and_links_its_translation(client, indonesian, english):
    id_response = client.get(indonesian)
    en_response = client.get(english)
    assert id_response.status_code == en_response.status_code == 200
    assert language_links(id_response)["en"]["href"] == english
    assert language_links(en_response)["id"]["href"] == indonesian
    for response, heading in ((id_response, "Dokumen yang dibawa"), (en_response, "Documents to bring")):
        page = soup(response)
        assert heading in page.get_text()
        assert page.select("ul.documents li") and page.select("ol.steps li") and page.select("table.fees tbody tr")
        assert page.select_one(".review-dates")


def test_service_pages_build_on_the_new_passport_documents(client):
    documents = [li.strong.get_text() for li in soup(client.get(world.path("lost_passport"))).select("ul.documents li")]
    assert documents == ["KTP elektronik", "Kartu Keluarga", "Surat keterangan hilang dari kepolisian"]
    # Stored once: the lost page itself holds only what it adds.
    lost = RequirementPage.objects.get(slug=world.slug("lost_passport", "id"))
    assert [d.name for d in lost.documents.all()] == ["Surat keterangan hilang dari kepolisian"]


def test_requirement_page_carries_government_service_data(client):
    data, crumbs = structured(client.get(world.path("lost_passport", "en")))
    assert crumbs["@type"] == "BreadcrumbList"
    assert data["@type"] == "GovernmentService"
    assert data["provider"]["name"] == "Contoh Immigration Office"
    assert {"name": "Charge for a lost passport", "price": 1000000} == {
        key: value for key, value in data["offers"][0].items() if key in ("name", "price")
    }


def test_scam_warnings_index_and_feeds(client):
    page = soup(client.get(world.path("scams")))
    assert [li.get_text(" ", strip=True).split(" ")[0] for li in page.select(".card-list li")] == ["Petugas"]
    for feed_name in ("atom/", "feed/"):
        feed = feedparser.parse(client.get(world.path("scams", "en") + feed_name).content)
        assert not feed.bozo
        assert [entry.title for entry in feed.entries] == ["Fake officers on WhatsApp"]


def office_banner():
    """The office's own warning, in both languages, as its editors write one."""
    from core.translation import translate
    from home.models import Office

    office = Office.objects.get(code=world.OFFICE, locale__language_code="id")
    banner = AlertBanner.objects.create(
        locale=office.locale,
        office=office,
        message="Waspada: di kantor ini paspor hanya dipesan lewat M-Paspor.",
        active=True,
        expires_at=timezone.now() + datetime.timedelta(days=5),
    )
    banner.save_revision().publish()
    translate(
        banner,
        Locale.objects.get(language_code="en"),
        {banner.message: "Beware: at this office passports are booked only in M-Paspor."},
    )
    return banner


def test_alert_banner_shows_until_it_expires(client):
    office_banner()
    assert "Waspada: di kantor ini paspor hanya dipesan lewat M-Paspor." in text(client.get("/id/"))
    assert "Beware: at this office passports are booked only in M-Paspor." in text(client.get("/en/"))
    AlertBanner.objects.update(expires_at=timezone.now() - datetime.timedelta(minutes=1))
    # update() sends no signal; cached pages end with the banner (tests/home/test_page_cache.py).
    cache.clear()
    assert soup(client.get("/id/")).select_one(".alert") is None


def test_switched_off_banner_is_not_shown(client):
    office_banner()
    assert soup(client.get("/en/")).select_one(".alert") is not None
    AlertBanner.objects.update(active=False)
    cache.clear()
    assert soup(client.get("/en/")).select_one(".alert") is None


def test_fee_changes_go_through_the_reviewers_workflow():
    workflow = WorkflowContentType.objects.get(content_type=ContentType.objects.get_for_model(FeeRate)).workflow
    assert workflow.name == roles.WORKFLOW
    editors = Group.objects.get(name="Editors")
    assert not editors.permissions.filter(codename="publish_feerate").exists()
    assert Group.objects.get(name="Reviewers").permissions.filter(codename="publish_feerate").exists()


def test_review_report_lists_pages_past_their_review_date(client):
    page = RequirementPage.objects.get(slug=world.slug("new_passport", "id"))
    page.next_review_due = timezone.localdate() - datetime.timedelta(days=1)
    page.save_revision().publish()
    checked = RequirementPage.objects.get(slug=world.slug("lost_passport", "id"))
    checked.next_review_due = timezone.localdate() + datetime.timedelta(days=30)
    checked.save_revision().publish()
    reviewer = User.objects.create_user("reviewer", password="a-long-password-1")
    reviewer.groups.add(Group.objects.get(name="Reviewers"))
    client.force_login(reviewer)
    assert client.get("/admin/reports/review-due/").status_code == 200
    # Every row, whatever the page size (the whole list, as the report's export gives it).
    response = client.get("/admin/reports/review-due/", {"export": "csv"})
    body = b"".join(response.streaming_content).decode()
    assert "Paspor baru untuk orang dewasa" in body
    assert "Mengganti paspor yang hilang" not in body
