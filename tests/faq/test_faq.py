import json

import pytest
from django.core.cache import cache
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from faq.models import FaqQuestionPage, Feedback
from tests import world
from tests.html import soup, text
from tests.world import client_on_the_site  # noqa: F401  (the client reads the world's site)

pytestmark = pytest.mark.django_db
# Browsers send the page's origin with every form they post.
FROM_THE_SITE = {"HTTP_ORIGIN": f"http://{world.HOST}"}


def question_in(language):
    return FaqQuestionPage.objects.get(slug=world.slug("question", language))


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def test_question_page_has_answer_related_pages_and_a_feedback_form(client):
    question = question_in("id")
    response = client.get(world.path("question"))
    page = soup(response)
    assert page.h1.get_text(strip=True) == "Berapa lama paspor selesai?"
    assert "Empat hari kerja setelah wawancara." in page.select_one("article").get_text()
    related = [a.get_text(strip=True) for a in page.select("article ul a")]
    assert "Mengganti paspor yang hilang" in related
    assert page.select_one(f'article ul a[href="{world.path("lost_passport")}"]')
    form = page.select_one("#feedback form")
    assert form["action"] == reverse("faq_feedback", args=[question.pk])
    # Marked up once, on the FAQ page: not again on the question's own page.
    assert not [
        script
        for script in page.select('script[type="application/ld+json"]')
        if json.loads(script.string).get("@type") == "FAQPage"
    ]


def test_related_pages_follow_the_readers_language(client):
    related = [a.get_text(strip=True) for a in soup(client.get(world.path("question", "en"))).select("article ul a")]
    assert related == ["Replacing a lost passport"]


def test_feedback_is_stored_without_personal_data_and_thanks_the_reader(client):
    question = question_in("id")
    with translation.override("id"):
        url = reverse("faq_feedback", args=[question.pk])
    response = client.post(
        url, {"helpful": "no", "comment": "  Belum jelas   untuk anak.  "}, REMOTE_ADDR="10.1.2.3", **FROM_THE_SITE
    )
    assert response.status_code == 302
    assert response["Location"].endswith("?feedback=thanks#feedback")
    saved = Feedback.objects.get(question=question)
    assert (saved.helpful, saved.comment) == (False, "Belum jelas untuk anak.")
    field_names = {field.name for field in Feedback._meta.get_fields()}
    assert field_names == {"id", "question", "helpful", "comment", "created_on"}
    assert "Terima kasih" in text(client.get(response["Location"]))


@pytest.mark.parametrize(
    "data, message",
    [
        ({}, "Pilih ya atau tidak."),
        ({"helpful": "maybe"}, "Pilih ya atau tidak."),
        ({"helpful": "yes", "comment": "x" * 501}, "500"),
    ],
)
def test_bad_feedback_is_refused_in_the_readers_language_and_nothing_is_stored(client, data, message):
    question = question_in("id")
    with translation.override("id"):
        url = reverse("faq_feedback", args=[question.pk])
    response = client.post(url, data, **FROM_THE_SITE)
    assert response.status_code == 400
    assert message in text(response)
    assert soup(response).select_one(".error-summary")
    assert not Feedback.objects.filter(question=question).exists()


@override_settings(FEEDBACK_RATE_LIMIT=(3, 3600))
def test_feedback_is_rate_limited_politely(client):
    question = question_in("en")
    with translation.override("en"):
        url = reverse("faq_feedback", args=[question.pk])
    for _ in range(3):
        assert client.post(url, {"helpful": "yes"}, **FROM_THE_SITE).status_code == 302
    response = client.post(url, {"helpful": "yes"}, **FROM_THE_SITE)
    assert response.status_code == 429
    assert "Please try again in an hour" in text(response)
    assert Feedback.objects.filter(question=question).count() == 3


def test_feedback_for_an_unpublished_or_unknown_question_is_not_found(client):
    assert client.post("/id/tanya-jawab/tanggapan/999999/", {"helpful": "yes"}).status_code == 404
    assert client.get("/id/tanya-jawab/tanggapan/999999/").status_code == 405


def test_editors_see_totals_per_question(admin_client):
    question = question_in("id")
    Feedback.objects.create(question=question, helpful=True)
    Feedback.objects.create(question=question, helpful=False, comment="Jamnya tidak ada")
    Feedback.objects.create(question=question, helpful=False)
    response = admin_client.get(reverse("faq_feedback_report"))
    row = next(tr for tr in soup(response).select("table tr") if question.title in tr.get_text())
    cells = [td.get_text(strip=True) for td in row.select("td")]
    assert cells[2:] == ["1", "2"]
    assert "Jamnya tidak ada" in text(response)
