"""Behind the documented nginx every request connects from 127.0.0.1. Each
reader must still be counted as themselves, by the address nginx appends to
X-Forwarded-For, so that one client can neither lock another out nor spend
another's limits; and what a client writes into that header is not believed."""

import pytest
from django.core.cache import cache
from django.test import Client, override_settings

from faq.models import FaqQuestionPage, Feedback
from search.models import QueryLog
from search.query import scrub
from tests import world
from tests.factories import PASSWORD
from tests.village_programs.conftest import make_officer

pytestmark = pytest.mark.django_db

NGINX = "127.0.0.1"


def reader(address, spoofed=""):
    """A client as the site sees it behind nginx: connecting from nginx, with
    the reader's address appended to whatever the reader sent."""
    forwarded = f"{spoofed}, {address}" if spoofed else address
    return Client(HTTP_HOST=world.HOST, REMOTE_ADDR=NGINX, HTTP_X_FORWARDED_FOR=forwarded)


def log_in(client, username, password=PASSWORD):
    return client.post("/id/desa/masuk/", {"username": username, "password": password})


@override_settings(TRUSTED_PROXIES=1, AXES_FAILURE_LIMIT=5)
def test_a_stranger_cannot_lock_a_real_officer_out():
    officer = make_officer("sukamaju-officer", "98.01.01.2001")
    stranger = reader("36.66.1.10")
    for _attempt in range(6):
        log_in(stranger, "sukamaju-officer", "guessed-wrong")
    assert log_in(stranger, "sukamaju-officer").status_code == 429  # the stranger is locked out
    real = reader("114.124.2.20")
    assert log_in(real, "sukamaju-officer").status_code == 302  # the officer is not
    assert real.session["_auth_user_id"] == str(officer.user.pk)


@override_settings(TRUSTED_PROXIES=1, AXES_FAILURE_LIMIT=5)
def test_a_forged_forwarded_header_does_not_escape_the_lockout():
    make_officer("sukamaju-officer", "98.01.01.2001")
    for attempt in range(6):
        log_in(reader("36.66.1.10", spoofed=f"8.8.{attempt}.8"), "sukamaju-officer", "guessed-wrong")
    assert log_in(reader("36.66.1.10", spoofed="9.9.9.9"), "sukamaju-officer").status_code == 429


@override_settings(TRUSTED_PROXIES=1, CHECKER_RATE_LIMIT=(3, 60), SEARCH_RATE_LIMIT=(3, 60))
@pytest.mark.parametrize(
    "path",
    [world.path("checker") + "?q=0812-3456-7890", "/id/cari/?q=paspor+hilang", "/api/v1/id/channels/check/?q=0812"],
)
def test_one_client_spending_a_limit_leaves_the_next_client_theirs(path):
    greedy, next_reader = reader("36.66.1.10"), reader("114.124.2.20")
    statuses = [greedy.get(path).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    assert next_reader.get(path).status_code == 200


@override_settings(SEARCH_RATE_LIMIT=(2, 60))
def test_searches_beyond_the_limit_are_refused_politely_and_not_logged(client):
    for _ in range(2):
        assert client.get("/en/search/", {"q": "lost passport"}).status_code == 200
    refused = client.get("/en/search/", {"q": "lost passport"})
    assert refused.status_code == 429
    assert "Please wait a minute" in refused.content.decode()
    assert QueryLog.objects.get(query="lost passport").hits == 2
    assert client.get("/id/cari/saran/", {"q": "pasp"}).status_code == 200  # suggestions have their own limit


@pytest.mark.parametrize(
    "headers",
    [
        {},  # no Origin, no Referer: not from a page of the site
        {"HTTP_ORIGIN": "https://calo-paspor.example"},
        {"HTTP_REFERER": "https://calo-paspor.example/form.html"},
    ],
)
def test_faq_feedback_from_another_website_is_refused(headers):
    cache.clear()
    question = FaqQuestionPage.objects.get(slug=world.slug("question", "id"))
    client = Client(HTTP_HOST=world.HOST, **headers)
    response = client.post(f"/id/tanya-jawab/tanggapan/{question.pk}/", {"helpful": "no", "comment": "spam"})
    assert response.status_code == 403
    assert "tidak dapat dikirim" in response.content.decode()
    assert not Feedback.objects.filter(question=question).exists()
    same_site = Client(HTTP_HOST=world.HOST, HTTP_REFERER=f"http://{world.HOST}{world.path('question')}")
    assert same_site.post(f"/id/tanya-jawab/tanggapan/{question.pk}/", {"helpful": "yes"}).status_code == 302


@pytest.mark.parametrize(
    "typed",
    [
        "paspor 3201/2345/6789/0123",
        "paspor 3201_2345_6789_0123",
        "wa 0812,3456,7890",
        "nik 3201 2345 6789 0123",
        "hubungi +62 812-3456-7890",
        "paspor A1234567",
        "email siti@example.org",
    ],
)
def test_the_query_log_never_keeps_an_id_phone_or_passport_number(typed):
    logged = scrub(typed)
    assert not any(character.isdigit() for character in logged.replace("#", "")), logged
    assert "@" not in logged


def cache_entries():
    return len(cache._cache)  # the test settings' local-memory cache


def test_made_up_query_strings_cannot_flood_the_page_cache(client):
    client.get("/id/")
    before = cache_entries()
    for n in range(20):
        response = client.get("/id/", {"utm": f"flood{n}"})
        assert response.status_code == 200 and "X-Page-Cache" not in response
    assert cache_entries() == before


def test_what_a_reader_types_into_the_checker_is_never_a_cache_key(client):
    response = client.get(world.path("checker"), {"q": "0812-3456-7890"})
    assert "X-Page-Cache" not in response
    assert not [key for key in cache._cache if "0812" in key]


def test_a_shared_link_with_tracking_parameters_gets_the_cached_page(client):
    assert client.get(world.path("fees"))["X-Page-Cache"] == "miss"
    shared = client.get(world.path("fees"), {"utm_source": "whatsapp", "fbclid": "abc"})
    assert shared["X-Page-Cache"] == "hit"
