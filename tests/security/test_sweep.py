"""The security sweep: every form and JSON endpoint gets malformed, oversized,
wrong-type and hostile input. All must answer 2xx/3xx/4xx with a message, none
500, and nothing half-written may be stored.

Hypothesis generates the input; the booking callback's bodies also come from
the project's own OpenAPI schema (docs/booking-api.openapi.yaml)."""

import json
import os
import time
import uuid
from pathlib import Path

import pytest
import yaml
from django.core.cache import cache
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from faq.models import FaqQuestionPage, Feedback
from tests import world
from village_programs import booking
from village_programs.models import OutreachRequest, TrainingSession, Village, VillageOfficer

pytestmark = pytest.mark.django_db
# CI runs the same examples every time (derandomized, 25 per test) so that a
# red build always means a change broke something. To hunt for new failures,
# run `HYPOTHESIS_PROFILE=hunt pytest tests/security` (random, 500 per test).
settings.register_profile("sweep", max_examples=25, derandomize=True, database=None)
settings.register_profile("hunt", max_examples=500)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "sweep"))
SWEEP = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
SECRET = "sweep-secret"
OPENAPI = yaml.safe_load((Path(__file__).resolve().parents[2] / "docs" / "booking-api.openapi.yaml").read_text())

# Hostile text: control characters, NUL, markup, SQL, very long, right-to-left and emoji.
HOSTILE = st.one_of(
    st.text(max_size=60),
    st.sampled_from(
        [
            "\x00",
            "a\x00b",
            "<script>alert(1)</script>",
            "' OR 1=1 --",
            "../../etc/passwd",
            "%00%0d%0a",
            "\u202eevil",
            "🙂" * 50,
            "x" * 5000,
            "{{ 7*7 }}",
            ".[",
            "http://[::1",
            "kanim.id:99999",
        ]
    ),
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | HOSTILE,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(HOSTILE, children, max_size=4),
    max_leaves=12,
)


def is_handled(response):
    return response.status_code < 500


@pytest.fixture
def received_request():
    return OutreachRequest.objects.create(
        village=Village.objects.get(code="98.01.01.2001"),
        place_name="Balai Desa Sukamaju",
        place_address="Jl. Raya Sukamaju",
        preferred_dates=["2026-12-10"],
        expected_applicants=40,
        services=["new"],
        contact_name="Siti",
        contact_phone="+6281234567890",
        state="received",
        reference="BK-1",
    )


def snapshot(request):
    request.refresh_from_db()
    return (request.state, request.reference, request.scheduled_for, request.quota, request.decline_reason)


def post_callback(client, body, *, sign=True):
    timestamp = str(int(time.time()))
    headers = {"HTTP_X_BOOKING_TIMESTAMP": timestamp}
    if sign:
        headers["HTTP_X_BOOKING_SIGNATURE"] = booking.signature(SECRET, timestamp, body)
    return client.post("/api/booking/callbacks/", body, content_type="application/json", **headers)


@pytest.fixture
def callback_client(settings):
    settings.BOOKING_API_SECRET = SECRET
    return Client(HTTP_HOST=world.HOST)


# With the file's components beside it, so that its $refs (one schema per status) resolve.
STATUS_UPDATE = {**OPENAPI["components"]["schemas"]["StatusUpdate"], "components": OPENAPI["components"]}


@SWEEP
@given(update=from_schema(STATUS_UPDATE), ours=st.booleans())
def test_callback_bodies_from_the_openapi_schema(callback_client, received_request, update, ours):
    if ours:
        update["request_id"] = str(received_request.request_id)
    before = snapshot(received_request)
    response = post_callback(callback_client, json.dumps(update).encode())
    assert is_handled(response), response.content
    assert "error" in response.json() or "status" in response.json()
    if response.status_code != 200:
        assert snapshot(received_request) == before


@SWEEP
@given(body=st.one_of(JSON_VALUES.map(lambda value: json.dumps(value).encode()), st.binary(max_size=300)))
def test_callback_junk_is_refused_with_a_message(callback_client, received_request, body):
    before = snapshot(received_request)
    response = post_callback(callback_client, body)
    assert response.status_code in (400, 404, 409), response.content
    assert response.json()["error"]
    assert snapshot(received_request) == before


def test_callback_oversized_and_unsigned(callback_client, received_request):
    before = snapshot(received_request)
    big = json.dumps({"request_id": str(received_request.request_id), "status": "declined", "reason": "x" * 70000})
    assert post_callback(callback_client, big.encode()).status_code == 413
    assert post_callback(callback_client, b'{"status": "completed"}', sign=False).status_code == 401
    assert callback_client.get("/api/booking/callbacks/").status_code == 405
    assert snapshot(received_request) == before


@SWEEP
@given(helpful=HOSTILE, comment=HOSTILE)
def test_faq_feedback(client, helpful, comment):
    cache.clear()
    question = FaqQuestionPage.objects.filter(locale__language_code="id").first()
    count = Feedback.objects.count()
    response = client.post(
        f"/id/tanya-jawab/tanggapan/{question.pk}/",
        {"helpful": helpful, "comment": comment},
        HTTP_ORIGIN=f"http://{world.HOST}",
    )
    assert response.status_code in (302, 400), response.status_code
    assert Feedback.objects.count() == count + (1 if response.status_code == 302 else 0)


@SWEEP
@given(q=HOSTILE, page=HOSTILE, kind=HOSTILE, language=st.sampled_from(["/id/cari/", "/en/search/"]))
def test_search_and_suggestions(client, q, page, kind, language):
    cache.clear()
    assert client.get(language, {"q": q, "page": page, "type": kind}).status_code == 200
    assert client.get(language + ("saran/" if language == "/id/cari/" else "suggest/"), {"q": q}).status_code == 200


@SWEEP
@given(q=HOSTILE)
def test_channel_checker(client, q):
    cache.clear()
    assert client.get(world.path("checker"), {"q": q}).status_code == 200


@SWEEP
@given(need=HOSTILE, applicant=HOSTILE, passport=HOSTILE, same_day=HOSTILE, print_=st.sampled_from(["", "1", "\x00"]))
def test_checklist(client, need, applicant, passport, same_day, print_):
    cache.clear()
    query = {"need": need, "applicant": applicant, "passport": passport, "same_day": same_day, "print": print_}
    assert client.get(world.path("checklist"), query).status_code == 200


@pytest.fixture
def officer_client(db):
    from django.contrib.auth.models import User

    user = User.objects.create_user("sweep-officer", password="Sweep-Officer-2026!")
    officer = VillageOfficer.objects.create(user=user, must_change_password=False)
    officer.villages.set(Village.objects.filter(code="98.01.01.2001"))
    client = Client(HTTP_HOST=world.HOST)
    client.force_login(user)
    return client


SESSION_FIELDS = ["village", "date", "start_time", "place", "facilitators", "women", "men", "want_passport", "notes"]
REQUEST_FIELDS = [
    "village",
    "place_name",
    "place_address",
    "date_1",
    "expected_applicants",
    "services",
    "contact_name",
    "contact_phone",
    "notes",
]


@SWEEP
@given(values=st.fixed_dictionaries(dict.fromkeys(SESSION_FIELDS, HOSTILE)))
def test_officer_session_form(officer_client, values):
    count = TrainingSession.objects.count()
    response = officer_client.post("/id/desa/sesi/baru/", {**values, "form_token": str(uuid.uuid4())})
    assert response.status_code in (200, 302), response.status_code
    if response.status_code == 200:
        assert TrainingSession.objects.count() == count


@SWEEP
@given(values=st.fixed_dictionaries(dict.fromkeys(REQUEST_FIELDS, HOSTILE)))
def test_officer_request_form(officer_client, values):
    count = OutreachRequest.objects.count()
    response = officer_client.post("/id/desa/permintaan/baru/", {**values, "form_token": str(uuid.uuid4())})
    assert response.status_code in (200, 302), response.status_code
    if response.status_code == 200:
        assert OutreachRequest.objects.count() == count


@SWEEP
@given(username=HOSTILE, password=HOSTILE)
def test_officer_login(client, username, password):
    cache.clear()
    response = client.post("/id/desa/masuk/", {"username": username, "password": password})
    assert response.status_code in (200, 429), response.status_code
