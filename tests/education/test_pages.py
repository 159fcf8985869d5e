import datetime
import json

import feedparser
import pytest
from django.contrib.auth.models import Group, User
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.utils import timezone
from wagtail.models import WorkflowContentType

from core import roles
from education.models import FeeRate, RequirementPage
from home.models import AlertBanner
from tests import demo_site
from tests.html import language_links, soup, text

pytestmark = pytest.mark.django_db

REQUIREMENT_URLS = [
    ("/id/syarat-paspor/paspor-baru/", "/en/passport-requirements/new-passport/"),
    ("/id/syarat-paspor/paspor-anak/", "/en/passport-requirements/child-passport/"),
    ("/id/syarat-paspor/penggantian-paspor/", "/en/passport-requirements/passport-replacement/"),
    ("/id/syarat-paspor/paspor-hilang/", "/en/passport-requirements/lost-passport/"),
    ("/id/syarat-paspor/paspor-rusak/", "/en/passport-requirements/damaged-passport/"),
    ("/id/syarat-paspor/paspor-pekerja-migran/", "/en/passport-requirements/migrant-worker-passport/"),
]


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
    documents = [
        li.strong.get_text() for li in soup(client.get("/id/syarat-paspor/paspor-hilang/")).select("ul.documents li")
    ]
    assert documents[:2] == ["KTP elektronik (e-KTP)", "Kartu Keluarga (KK)"]
    assert "Surat keterangan hilang dari kepolisian" in documents
    # Stored once: the lost page itself holds only what it adds.
    lost = demo_site.pages(RequirementPage).get(service="lost")
    assert [d.name for d in lost.documents.all()] == [
        "Surat keterangan hilang dari kepolisian",
        "Surat keterangan dari kelurahan atau desa",
    ]


def test_requirement_page_carries_government_service_data(client):
    data, crumbs = structured(client.get("/en/passport-requirements/lost-passport/"))
    assert crumbs["@type"] == "BreadcrumbList"
    assert data["@type"] == "GovernmentService"
    assert data["provider"]["name"] == "Karawang Immigration Office"
    assert {"name": "Charge for a lost passport", "price": 1000000} == {
        key: value for key, value in data["offers"][0].items() if key in ("name", "price")
    }


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
    (organisation,) = structured(response)
    assert organisation["@type"] == "GovernmentOrganization"
    english = soup(client.get("/en/"))
    assert "/en/check-requirements/" in [a["href"] for a in english.select(".tasks a")]


def test_scam_warnings_index_and_feeds(client):
    page = soup(client.get("/id/waspada-penipuan/"))
    assert len(page.select(".card-list li")) == 6
    for path in ("/en/scam-warnings/atom/", "/en/scam-warnings/feed/"):
        feed = feedparser.parse(client.get(path).content)
        assert not feed.bozo
        assert len(feed.entries) == 6
        assert "Fake WhatsApp numbers posing as officers" in [entry.title for entry in feed.entries]


def test_alert_banner_shows_until_it_expires(client):
    # Karawang's own practice, not a national rule (other offices once took WhatsApp bookings).
    assert "Waspada: di kantor ini pendaftaran paspor hanya lewat aplikasi M-Paspor." in text(client.get("/id/"))
    assert "Beware: at this office passports are booked only in the M-Paspor app." in text(client.get("/en/"))
    AlertBanner.objects.update(expires_at=timezone.now() - datetime.timedelta(minutes=1))
    # update() sends no signal; cached pages end with the banner (tests/home/test_page_cache.py).
    cache.clear()
    assert soup(client.get("/id/")).select_one(".alert") is None


def test_switched_off_banner_is_not_shown(client):
    AlertBanner.objects.update(active=False)
    assert soup(client.get("/en/")).select_one(".alert") is None


def test_fee_changes_go_through_the_reviewers_workflow():
    workflow = WorkflowContentType.objects.get(content_type=ContentType.objects.get_for_model(FeeRate)).workflow
    assert workflow.name == roles.WORKFLOW
    editors = Group.objects.get(name="Editors")
    assert not editors.permissions.filter(codename="publish_feerate").exists()
    assert Group.objects.get(name="Reviewers").permissions.filter(codename="publish_feerate").exists()


def test_review_report_lists_pages_past_their_review_date(client):
    # A national page: its review date shows on every office's copy too.
    page = demo_site.national(RequirementPage).get(service="damaged")
    page.next_review_due = timezone.localdate() - datetime.timedelta(days=1)
    page.save_revision().publish()
    checked = demo_site.national(RequirementPage).get(service="lost")
    checked.next_review_due = timezone.localdate() + datetime.timedelta(days=30)
    checked.save_revision().publish()
    reviewer = User.objects.create_user("reviewer", password="a-long-password-1")
    reviewer.groups.add(Group.objects.get(name="Reviewers"))
    client.force_login(reviewer)
    response = client.get("/admin/reports/review-due/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Paspor rusak" in body
    assert "Paspor hilang" not in body
