import datetime
import json
import time
import uuid

import pytest
from django.utils import timezone

from education.models import ServiceEvent
from tests import world
from tests.html import soup, text
from tools.booking_standin import BookingStandIn
from village_programs import booking, outbox, outreach
from village_programs.models import OutboxEntry, OutreachRequest, Village

from .conftest import make_officer

pytestmark = pytest.mark.django_db
SECRET = "shared-secret-for-tests"


def next_weekday(days_ahead):
    day = timezone.localdate() + datetime.timedelta(days=days_ahead)
    while day.weekday() >= 5:
        day += datetime.timedelta(days=1)
    return day


def next_saturday(days_ahead):
    day = timezone.localdate() + datetime.timedelta(days=days_ahead)
    return day + datetime.timedelta(days=(5 - day.weekday()) % 7)


def request_data(**overrides):
    data = {
        "village": str(Village.objects.get(code="98.01.01.2001").pk),
        "place_name": "Balai Desa Sukamaju",
        "place_address": "Jl. Raya Sukamaju, Plered",
        "latitude": "",
        "longitude": "",
        "date_1": next_weekday(20).isoformat(),
        "date_2": next_weekday(27).isoformat(),
        "date_3": "",
        "expected_applicants": "45",
        "services": ["new", "replacement"],
        "contact_name": "Dewi Lestari",
        "contact_phone": "0812-3456-7890",
        "notes": "",
        "form_token": str(uuid.uuid4()),
        "action": "submit",
    }
    data.update(overrides)
    return data


@pytest.fixture
def officer(db):
    return make_officer("outreach-officer", "98.01.01.2001")


@pytest.fixture
def standin():
    server = BookingStandIn(SECRET).start()
    yield server
    server.stop()


@pytest.fixture
def external(standin, settings):
    settings.BOOKING_API_URL = standin.url
    settings.BOOKING_API_SECRET = SECRET
    settings.BOOKING_API_TIMEOUT = 0.5
    return standin


def submit(client, officer, **overrides):
    client.force_login(officer.user)
    response = client.post("/id/desa/permintaan/baru/", request_data(**overrides))
    assert response.status_code == 302, text(response)
    return OutreachRequest.objects.get(pk=int(response["Location"].rstrip("/").rsplit("/", 1)[1]))


def due_now(request):
    OutboxEntry.objects.filter(request=request).update(next_attempt_at=timezone.now())


# The officer's form ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"date_1": next_weekday(5).isoformat()}, "Pilih tanggal paling cepat 14 hari lagi"),
        ({"date_1": next_saturday(21).isoformat()}, "hanya pada hari-hari ini: Senin, Selasa, Rabu, Kamis, Jumat."),
        ({"date_2": next_weekday(20).isoformat()}, "Setiap tanggal pilihan harus berbeda."),
        ({"expected_applicants": "12"}, "Kantor datang untuk sedikitnya 25 pemohon."),
        ({"contact_phone": "12345"}, "Masukkan nomor ponsel yang memakai WhatsApp"),
        ({"contact_phone": "022-1234567"}, "Masukkan nomor ponsel yang memakai WhatsApp"),
        ({"services": []}, "Bagian ini wajib diisi."),
        ({"services": ["lost"]}, "Pilih salah satu pilihan yang tersedia"),
        ({"village": "999999"}, "Pilih salah satu pilihan yang tersedia."),
        ({"latitude": "95", "longitude": "107.4"}, "Titik ini tidak berada di Indonesia."),
        ({"latitude": "-96.5", "longitude": "107.4"}, "Titik ini tidak berada di Indonesia."),
        ({"latitude": "-6.6", "longitude": "500"}, "Titik ini tidak berada di Indonesia."),
    ],
)
def test_bad_requests_are_explained_and_nothing_is_saved(client, officer, overrides, message):
    client.force_login(officer.user)
    before = OutreachRequest.objects.count(), OutboxEntry.objects.count()
    response = client.post("/id/desa/permintaan/baru/", request_data(**overrides))
    assert response.status_code == 200
    assert message in text(response)
    assert (OutreachRequest.objects.count(), OutboxEntry.objects.count()) == before
    assert soup(response).select_one("#id_place_name")["value"] == "Balai Desa Sukamaju"


def test_the_days_of_village_visits_are_the_offices_setting(client, officer):
    """An office that visits villages on Saturdays too says so in its settings, not in the code."""
    village = Village.objects.get(code="98.01.01.2001")
    saturday = next_saturday(21).isoformat()
    client.force_login(officer.user)
    assert client.post("/id/desa/permintaan/baru/", request_data(date_1=saturday)).status_code == 200
    type(village.office).objects.filter(pk=village.office_id).update(outreach_weekdays="0,1,2,3,4,5")
    response = client.post("/id/desa/permintaan/baru/", request_data(date_1=saturday))
    assert response.status_code == 302
    assert saturday in OutreachRequest.objects.get(created_by=officer.user).preferred_dates


def test_the_form_says_lost_and_damaged_are_not_served(client, officer):
    client.force_login(officer.user)
    assert "Paspor hilang dan rusak tidak dilayani layanan keliling" in text(client.get("/id/desa/permintaan/baru/"))


def test_phone_is_stored_as_e164_and_a_double_submit_saves_once(client, officer):
    data = request_data(contact_phone="+62 812 3456 7890")
    before = OutreachRequest.objects.count()
    client.force_login(officer.user)
    client.post("/id/desa/permintaan/baru/", data)
    client.post("/id/desa/permintaan/baru/", data)
    assert OutreachRequest.objects.count() == before + 1
    assert OutreachRequest.objects.get(form_token=data["form_token"]).contact_phone == "+6281234567890"


# Without a booking system: the office queue --------------------------------------------------------------------


def test_without_a_booking_system_the_office_queue_answers(client, officer, staff_user):
    request = submit(client, officer)
    assert request.state == "received" and request.reference.startswith("KANIM-")
    assert [change.state for change in request.state_changes.all()] == ["draft", "submitted", "received"]
    assert not OutboxEntry.objects.exists()

    client.force_login(staff_user)
    handle = f"/admin/village-programme/requests/edit/{request.pk}/"
    response = client.post(handle, {"action": "schedule", "visit_date": "", "visit_time": "", "scheduled_place": ""})
    assert response.status_code == 200
    request.refresh_from_db()
    assert request.state == "received"
    visit = next_weekday(20)
    response = client.post(
        handle,
        {
            "action": "schedule",
            "visit_date": visit.isoformat(),
            "visit_time": "09:00",
            "scheduled_place": "Balai Desa Sukamaju",
            "quota": "45",
            "decline_reason": "",
        },
        follow=True,
    )
    request.refresh_from_db()
    assert request.state == "scheduled" and request.quota == 45
    # Village-programme staff cannot publish events: the visit waits for a reviewer, and they are told so.
    assert "menunggu peninjau" in text(response)
    services = world.path("services")
    assert "Kuota: 45 pemohon" not in text(client.get(services))
    for event in ServiceEvent.objects.filter(translation_key=request.event.translation_key):
        event.latest_revision.publish()
    schedule = text(client.get(services))
    assert "Layanan paspor keliling di Desa Sukamaju" in schedule and "Kuota: 45 pemohon" in schedule
    assert "Mobile passport service in Desa Sukamaju" in text(client.get(world.path("services", "en")))

    client.force_login(officer.user)
    detail = text(client.get(f"/id/desa/permintaan/{request.pk}/"))
    assert "Dijadwalkan" in detail and "Balai Desa Sukamaju" in detail

    client.force_login(staff_user)
    client.post(handle, {"action": "complete"})
    request.refresh_from_db()
    assert request.state == "completed"


def test_declined_requests_tell_the_village_why(client, officer, staff_user):
    request = submit(client, officer)
    client.force_login(staff_user)
    handle = f"/admin/village-programme/requests/edit/{request.pk}/"
    client.post(handle, {"action": "decline", "decline_reason": ""})
    request.refresh_from_db()
    assert request.state == "received"
    client.post(handle, {"action": "decline", "decline_reason": "Petugas sedang melayani Gebyar PATEN."})
    client.force_login(officer.user)
    assert "Petugas sedang melayani Gebyar PATEN." in text(client.get(f"/id/desa/permintaan/{request.pk}/"))


def test_officer_cancels_before_scheduling_only(client, officer):
    request = submit(client, officer)
    client.post(f"/id/desa/permintaan/{request.pk}/batal/")
    request.refresh_from_db()
    assert request.state == "cancelled"
    other = submit(client, officer)
    outreach.apply_booking_update(
        other.request_id, "scheduled", scheduled_for=timezone.now() + datetime.timedelta(days=20), place="Balai"
    )
    client.post(f"/id/desa/permintaan/{other.pk}/batal/")
    other.refresh_from_db()
    assert other.state == "scheduled"


def test_cancelling_asks_first_and_the_button_looks_destructive(client, officer):
    request = submit(client, officer)
    detail = soup(client.get(f"/id/desa/permintaan/{request.pk}/"))
    # No form on the detail page cancels with one tap: the button leads to a question.
    assert not detail.select(f'form[action$="/permintaan/{request.pk}/batal/"]')
    link = detail.select_one(f'a[href$="/permintaan/{request.pk}/batal/"]')
    assert "button-danger" in link["class"]
    question = soup(client.get(link["href"]))
    assert question.h1.get_text(strip=True) == "Batalkan permintaan ini?"
    request.refresh_from_db()
    assert request.state == "received", "asking changes nothing"
    form = question.select_one(f'form[method="post"][action$="/permintaan/{request.pk}/batal/"]')
    assert "button-danger" in form.button["class"]
    assert question.select_one(f'a[href$="/permintaan/{request.pk}/"]'), "a way back that keeps the request"
    client.post(link["href"])
    request.refresh_from_db()
    assert request.state == "cancelled"


def test_preferred_dates_read_as_dates_in_the_officers_language(client, officer):
    monday = next_weekday(20)
    while monday.weekday() != 0:
        monday += datetime.timedelta(days=1)
    request = submit(client, officer, date_1=monday.isoformat(), date_2="")
    page = text(client.get(f"/id/desa/permintaan/{request.pk}/"))
    months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober"]
    months += ["November", "Desember"]
    assert f"Senin, {monday.day} {months[monday.month - 1]} {monday.year}" in page
    assert monday.isoformat() not in page


def test_another_villages_requests_answer_404(client, officer):
    owner = make_officer("mekarsari", "98.01.02.2002")
    request = submit(client, owner, village=str(Village.objects.get(code="98.01.02.2002").pk))
    client.force_login(officer.user)
    for url in (
        f"/id/desa/permintaan/{request.pk}/",
        f"/id/desa/permintaan/{request.pk}/ubah/",
        f"/en/village/requests/{request.pk}/cancel/",
    ):
        assert client.get(url).status_code == 404
        assert client.post(url).status_code == 404
    request.refresh_from_db()
    assert request.state == "received"


# With a booking system: delivery ---------------------------------------------------------------------------------


def test_submitting_writes_the_outbox_entry_and_delivery_signs_the_request(client, officer, external):
    request = submit(client, officer)
    assert request.state == "submitted"
    entry = OutboxEntry.objects.get(request=request)
    assert entry.status == "pending"
    assert outbox.deliver_due() == 1
    (call,) = external.calls
    headers, body = call["headers"], call["body"]
    assert headers["idempotency-key"] == str(request.request_id)
    assert headers["x-booking-signature"] == booking.signature(SECRET, headers["x-booking-timestamp"], call["raw"])
    assert abs(int(headers["x-booking-timestamp"]) - time.time()) < 10
    assert body["request_id"] == str(request.request_id)
    assert body["office_code"] == "contoh"
    assert body["village"] == {
        "code": "98.01.01.2001",
        "name": "Sukamaju",
        "kecamatan": "Cibening",
        "kabupaten": "Kabupaten Contoh",
        "province": "Provinsi Contoh",
    }
    assert body["preferred_dates"] == sorted(request.preferred_dates)
    assert body["expected_applicants"] == 45 and body["services"] == ["new", "replacement"]
    assert body["contact"] == {"name": "Dewi Lestari", "phone": "+6281234567890"}
    assert datetime.datetime.fromisoformat(body["submitted_at"]).tzinfo is not None
    request.refresh_from_db()
    assert request.state == "received" and request.reference == "BK-00001"


@pytest.mark.parametrize("status", [500, 502, 503, 408, 429])
def test_passing_failures_are_retried_with_backoff(client, officer, external, status):
    external.answer(status, {"message": "try later"})
    request = submit(client, officer)
    outbox.deliver_due()
    entry = OutboxEntry.objects.get(request=request)
    request.refresh_from_db()
    assert entry.status == "pending" and entry.attempts == 1
    assert entry.next_attempt_at > timezone.now() + datetime.timedelta(seconds=10)
    assert request.state == "submitted" and f"HTTP {status}" in request.delivery_error
    assert outbox.deliver_due() == 0  # not due yet
    due_now(request)
    outbox.deliver_due()
    request.refresh_from_db()
    assert request.state == "received" and request.delivery_error == ""
    assert len(external.calls) == 2


def test_backoff_grows_and_honours_retry_after(client, officer, external):
    delays = [outbox.backoff(attempt) for attempt in range(1, 8)]
    assert delays[0] < 60 and delays[-1] > 900
    assert outbox.backoff(1, retry_after=600) >= 600
    external.answer(429, {"message": "slow down"}, {"Retry-After": "600"})
    request = submit(client, officer)
    outbox.deliver_due()
    entry = OutboxEntry.objects.get(request=request)
    assert entry.next_attempt_at >= timezone.now() + datetime.timedelta(seconds=590)


def test_a_timeout_is_retried(client, officer, external):
    external.answer(201, delay=1.5)
    request = submit(client, officer)
    outbox.deliver_due()
    request.refresh_from_db()
    assert request.state == "submitted" and "tidak menjawab" not in request.delivery_error
    assert request.delivery_error == "The booking system did not answer in time."


def test_a_refused_connection_is_retried(client, officer, settings):
    settings.BOOKING_API_URL = "http://127.0.0.1:9"
    settings.BOOKING_API_SECRET = SECRET
    request = submit(client, officer)
    outbox.deliver_due()
    request.refresh_from_db()
    assert request.state == "submitted"
    assert request.delivery_error == "The booking system could not be reached."


@pytest.mark.parametrize("status", [400, 422])
def test_a_refused_request_fails_at_once_and_staff_can_retry(client, officer, external, staff_user, status):
    external.answer(status, {"message": "village code unknown"})
    request = submit(client, officer)
    outbox.deliver_due()
    request.refresh_from_db()
    assert request.state == "delivery_failed"
    assert request.delivery_error == f"HTTP {status}: village code unknown"
    assert OutboxEntry.objects.get(request=request).status == "failed"
    client.force_login(officer.user)
    assert "tidak dapat dikirim ke sistem pemesanan kantor" in text(client.get(f"/id/desa/permintaan/{request.pk}/"))
    client.force_login(staff_user)
    client.post(f"/admin/village-programme/requests/edit/{request.pk}/", {"action": "retry"})
    request.refresh_from_db()
    assert request.state == "submitted"
    outbox.deliver_due()
    request.refresh_from_db()
    assert request.state == "received"


def test_409_counts_as_received(client, officer, external):
    request = submit(client, officer)
    external.received[str(request.request_id)] = "BK-EARLIER"
    outbox.deliver_due()
    request.refresh_from_db()
    assert request.state == "received" and request.reference == "BK-EARLIER"


def test_retries_stop_after_a_day(client, officer, external):
    external.answer(503)
    request = submit(client, officer)
    OutboxEntry.objects.filter(request=request).update(created_at=timezone.now() - datetime.timedelta(hours=25))
    outbox.deliver_due()
    request.refresh_from_db()
    assert request.state == "delivery_failed" and "HTTP 503" in request.delivery_error


def test_a_crash_after_sending_leads_to_a_resend_with_the_same_key(client, officer, external):
    request = submit(client, officer)
    entry = outbox.claim("worker-that-dies")
    booking.send(request)  # sent and registered ... then the worker dies before recording the answer
    assert outbox.deliver_due() == 0  # the lease still holds
    OutboxEntry.objects.filter(pk=entry.pk).update(locked_until=timezone.now() - datetime.timedelta(seconds=1))
    assert outbox.deliver_due() == 1
    request.refresh_from_db()
    assert request.state == "received" and request.reference == "BK-00001"
    keys = [call["headers"]["idempotency-key"] for call in external.calls]
    assert keys == [str(request.request_id)] * 2
    assert len(external.received) == 1


def test_a_connection_dropped_after_the_booking_system_held_the_request_leads_to_one_resend(client, officer, external):
    external.drop_rate = 1.0
    request = submit(client, officer)
    outbox.deliver_due()
    request.refresh_from_db()
    assert request.state == "submitted" and request.delivery_error  # no answer: try again later
    assert list(external.received) == [str(request.request_id)]  # ... though it was held
    external.drop_rate = 0.0
    due_now(request)
    outbox.deliver_due()
    request.refresh_from_db()
    assert request.state == "received"
    assert list(external.received) == [str(request.request_id)]  # held once, by its idempotency key


# Callbacks --------------------------------------------------------------------------------------------------------


def callback(client, payload, *, secret=SECRET, timestamp=None, signature=None):
    body = json.dumps(payload).encode()
    timestamp = str(int(time.time()) if timestamp is None else timestamp)
    return client.post(
        "/api/booking/callbacks/",
        body,
        content_type="application/json",
        HTTP_X_BOOKING_TIMESTAMP=timestamp,
        HTTP_X_BOOKING_SIGNATURE=signature or booking.signature(secret, timestamp, body),
    )


@pytest.fixture
def received_request(client, officer, external):
    request = submit(client, officer)
    outbox.deliver_due()
    request.refresh_from_db()
    client.logout()
    return request


def scheduled_payload(request, **overrides):
    when = (timezone.now() + datetime.timedelta(days=21)).replace(microsecond=0)
    payload = {
        "reference": request.reference,
        "request_id": str(request.request_id),
        "status": "scheduled",
        "scheduled_for": when.isoformat(),
        "place": "Balai Desa Sukamaju",
        "quota": 60,
    }
    payload.update(overrides)
    return payload


def test_a_signed_callback_schedules_and_a_repeat_changes_nothing(client, received_request):
    payload = scheduled_payload(received_request)
    response = callback(client, payload)
    assert response.status_code == 200 and response.json() == {"status": "updated"}
    received_request.refresh_from_db()
    assert received_request.state == "scheduled" and received_request.quota == 60
    changes = received_request.state_changes.count()
    events = ServiceEvent.objects.count()
    response = callback(client, payload)
    assert response.json() == {"status": "unchanged"}
    assert received_request.state_changes.count() == changes and ServiceEvent.objects.count() == events
    assert "Kuota: 60 pemohon" in text(client.get(world.path("services")))


@pytest.mark.parametrize("status", [{"scheduled": True}, ["scheduled"], 5, None])
def test_a_signed_callback_whose_status_is_not_a_word_is_refused(client, received_request, status):
    response = callback(client, scheduled_payload(received_request, status=status))
    assert response.status_code == 400 and "status" in response.json()["error"]


def test_a_signed_callback_for_the_year_9999_is_refused(client, received_request):
    response = callback(client, scheduled_payload(received_request, scheduled_for="9999-12-31T23:00:00-05:00"))
    assert response.status_code == 400 and "scheduled_for" in response.json()["error"]
    received_request.refresh_from_db()
    assert received_request.state == "received"


def test_callbacks_with_bad_signatures_or_old_timestamps_are_refused(client, received_request):
    payload = scheduled_payload(received_request)
    assert callback(client, payload, secret="not-the-secret").status_code == 401
    assert callback(client, payload, timestamp=int(time.time()) - 301).status_code == 401
    assert callback(client, payload, timestamp=int(time.time()) + 301).status_code == 401
    assert callback(client, payload, signature="sha256=").status_code == 401
    received_request.refresh_from_db()
    assert received_request.state == "received"


def test_a_replayed_older_callback_cannot_undo_a_reschedule(client, received_request):
    now = int(time.time())
    first = scheduled_payload(received_request)
    assert callback(client, first, timestamp=now - 60).json() == {"status": "updated"}
    moved = scheduled_payload(received_request, place="Kantor Kecamatan Plered")
    assert callback(client, moved, timestamp=now - 10).json() == {"status": "updated"}
    replay = callback(client, first, timestamp=now - 60)  # the very same signed message, captured and resent
    assert replay.status_code == 409
    received_request.refresh_from_db()
    assert received_request.scheduled_place == "Kantor Kecamatan Plered"


def test_a_deeply_nested_signed_body_is_refused_without_a_server_error(client, received_request):
    body = b"[" * 30_000 + b"]" * 30_000  # under the size limit, far over the nesting Python parses
    timestamp = str(int(time.time()))
    response = client.post(
        "/api/booking/callbacks/",
        body,
        content_type="application/json",
        HTTP_X_BOOKING_TIMESTAMP=timestamp,
        HTTP_X_BOOKING_SIGNATURE=booking.signature(SECRET, timestamp, body),
    )
    assert response.status_code == 400


def test_a_callback_cannot_silently_replace_the_reference(client, received_request):
    assert received_request.reference == "BK-00001"
    response = callback(client, scheduled_payload(received_request, reference="BK-99999"))
    assert response.status_code == 409
    assert "BK-00001" in response.json()["error"]
    received_request.refresh_from_db()
    assert (received_request.reference, received_request.state) == ("BK-00001", "received")


def test_callback_for_an_unknown_request_is_404_and_bad_input_is_400(client, received_request):
    assert callback(client, scheduled_payload(received_request, request_id=str(uuid.uuid4()))).status_code == 404
    assert callback(client, scheduled_payload(received_request, scheduled_for="tomorrow")).status_code == 400
    assert callback(client, scheduled_payload(received_request, status="lost")).status_code == 400
    assert callback(client, scheduled_payload(received_request, quota="many")).status_code == 400
    assert callback(client, ["not", "an", "object"]).status_code == 400


@pytest.mark.parametrize(
    "field, value",
    [("reference", "B" * 101), ("reference", 12345), ("place", "x" * 251), ("place", None)],
)
def test_a_callback_beyond_the_contract_is_refused_not_cut(client, received_request, field, value):
    response = callback(client, scheduled_payload(received_request, **{field: value}))
    assert response.status_code == 400 and field in response.json()["error"]
    received_request.refresh_from_db()
    assert (received_request.reference, received_request.state) == ("BK-00001", "received")


def test_a_declined_callback_with_a_reason_over_the_limit_is_refused(client, received_request):
    payload = scheduled_payload(received_request, status="declined", reason="r" * 2001)
    response = callback(client, payload)
    assert response.status_code == 400 and "reason" in response.json()["error"]


def test_callbacks_follow_the_states(client, received_request):
    assert callback(client, {"request_id": str(received_request.request_id), "status": "completed"}).status_code == 409
    callback(client, scheduled_payload(received_request))
    declined = {"request_id": str(received_request.request_id), "status": "declined", "reason": "Banjir"}
    response = callback(client, declined)
    assert response.status_code == 200
    received_request.refresh_from_db()
    assert received_request.state == "declined"
    event = ServiceEvent.objects.get(pk=received_request.event_id)
    assert event.cancelled
    assert event.translation_key not in {upcoming.translation_key for upcoming in ServiceEvent.upcoming()}


def test_the_payload_matches_the_published_contract(client, officer, external):
    from pathlib import Path

    import jsonschema
    import yaml

    spec = yaml.safe_load((Path(__file__).resolve().parents[2] / "docs" / "booking-api.openapi.yaml").read_text())
    schemas = spec["components"]["schemas"]
    request = submit(client, officer, latitude="-6.631200", longitude="107.390100")
    outbox.deliver_due()
    body = external.calls[0]["body"]
    jsonschema.validate(body, {**schemas["OutreachRequest"], "components": spec["components"]})
    assert body["place"]["latitude"] == -6.6312
    update = {**scheduled_payload(request), "reason": ""}
    jsonschema.validate(update, {**schemas["StatusUpdate"], "components": spec["components"]})


@pytest.mark.parametrize(
    "language, path, refusal",
    [
        ("id", "/id/desa/permintaan/baru/", "Kantor datang untuk sedikitnya 21 pemohon."),
        ("en", "/en/village/requests/new/", "The office comes for at least 21 applicants."),
    ],
)
def test_an_office_that_comes_for_more_than_20_refuses_15_and_accepts_21(client, language, path, refusal):
    """Samarinda visits when more than 20 people are interested (facts.md section 9): its own rule, not Karawang's."""
    from tests.factories import OfficeFactory, VillageFactory, office_site

    office = OfficeFactory(code="kantor-21", name="Kantor Imigrasi Dua Puluh Satu", min_outreach_applicants=21)
    office_site(office, "kantor21.localhost")  # its officers use its own site
    village = VillageFactory(code="98.72.01.1001", name="Ujiwita", office=office)
    officer = make_officer(f"officer-21-{language}", village.code)
    client.defaults["HTTP_HOST"] = "kantor21.localhost"
    client.force_login(officer.user)
    refused = client.post(path, request_data(village=str(village.pk), expected_applicants="15"))
    assert refused.status_code == 200 and refusal in text(refused)
    assert not OutreachRequest.objects.filter(village=village).exists()
    accepted = client.post(path, request_data(village=str(village.pk), expected_applicants="21"))
    assert accepted.status_code == 302, text(accepted)
    assert OutreachRequest.objects.get(village=village).expected_applicants == 21
