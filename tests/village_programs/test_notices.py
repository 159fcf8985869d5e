"""Officers are told, not left polling (issue 17): each decision on their
session or request becomes a notice in the officer area and, unless they turned
it off, an e-mail in their language sent by the background worker; office staff
get a morning digest of the sessions waiting for review."""

import datetime

import pytest
from django.core import mail
from django.test import override_settings
from django.utils import timezone

from tests.factories import TrainingSessionFactory
from tests.html import soup, text
from village_programs import notices, outreach, sessions
from village_programs.models import Notice, OutreachRequest, TrainingSession, Village

from .conftest import session_data
from .test_outreach import request_data

pytestmark = pytest.mark.django_db

DUMMY_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


@pytest.fixture
def officer(client, sukamaju_officer):
    sukamaju_officer.user.email = "kades@sukamaju.desa.id"
    sukamaju_officer.user.save()
    client.force_login(sukamaju_officer.user)
    return sukamaju_officer


def submitted_session(client):
    client.post("/id/desa/sesi/baru/", session_data())
    return TrainingSession.objects.get(place="Balai Desa Sukamaju", date="2025-11-20")


def use_officer_area_in(client, language):
    client.get({"id": "/id/desa/", "en": "/en/village/"}[language])


def test_a_review_is_queued_as_a_task_and_not_sent_inline(
    client, officer, staff_user, django_capture_on_commit_callbacks
):
    session = submitted_session(client)
    with override_settings(TASKS=DUMMY_TASKS):
        from django_tasks import default_task_backend

        default_task_backend.clear()
        with django_capture_on_commit_callbacks(execute=True):
            sessions.approve(session, staff_user)
        assert mail.outbox == []  # nothing sent while the reviewer waits
        queued = [result for result in default_task_backend.results if result.task.name == "send_notice"]
        assert len(queued) == 1
        notices.send_notice.call(*queued[0].args)
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["kades@sukamaju.desa.id"]


@pytest.mark.parametrize(
    "language, subject, words",
    [
        ("en", "Session approved", "The office approved your session of 20 November 2025 in Desa Sukamaju."),
        ("id", "Sesi disetujui", "Kantor menyetujui sesi Anda tanggal 20 November 2025 di Desa Sukamaju."),
    ],
)
def test_an_approved_session_is_told_in_the_officers_language(
    client, officer, staff_user, django_capture_on_commit_callbacks, language, subject, words
):
    session = submitted_session(client)
    use_officer_area_in(client, language)
    with django_capture_on_commit_callbacks(execute=True):
        sessions.approve(session, staff_user)
    (sent,) = mail.outbox
    assert sent.subject == subject
    assert words in sent.body
    assert ("/en/village/sessions/" if language == "en" else "/id/desa/sesi/") in sent.body


def test_a_session_sent_back_carries_the_offices_note(client, officer, staff_user, django_capture_on_commit_callbacks):
    session = submitted_session(client)
    with django_capture_on_commit_callbacks(execute=True):
        sessions.send_back(session, staff_user, "Foto daftar hadir kurang jelas.")
    (sent,) = mail.outbox
    assert sent.subject == "Sesi dikembalikan untuk diperbaiki"
    assert "Foto daftar hadir kurang jelas." in sent.body


def test_each_step_of_a_request_is_told(client, officer, django_capture_on_commit_callbacks):
    use_officer_area_in(client, "en")
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/village/requests/new/", request_data())
    request = OutreachRequest.objects.get(created_by=officer.user)
    when = timezone.make_aware(
        datetime.datetime.combine(timezone.localdate() + datetime.timedelta(days=21), datetime.time(9))
    )
    with django_capture_on_commit_callbacks(execute=True):
        outreach.apply_booking_update(request.request_id, "scheduled", scheduled_for=when, place="Balai Desa Sukamaju")
    with django_capture_on_commit_callbacks(execute=True):
        outreach.apply_booking_update(request.request_id, "completed")
    subjects = [message.subject for message in mail.outbox]
    assert subjects == ["Request received by the office", "Mobile service scheduled", "Mobile service completed"]
    assert "comes to Desa Sukamaju on" in mail.outbox[1].body and "09.00" in mail.outbox[1].body


def test_a_declined_request_is_told_with_the_reason(client, officer, django_capture_on_commit_callbacks):
    client.post("/id/desa/permintaan/baru/", request_data())
    request = OutreachRequest.objects.get(created_by=officer.user)
    with django_capture_on_commit_callbacks(execute=True):
        outreach.apply_booking_update(request.request_id, "declined", reason="Kuota bulan ini sudah penuh.")
    assert mail.outbox[-1].subject == "Permintaan ditolak"
    assert "Kuota bulan ini sudah penuh." in mail.outbox[-1].body


def test_an_officer_who_turned_email_off_reads_the_notices_in_the_officer_area(
    client, officer, staff_user, django_capture_on_commit_callbacks
):
    page = client.get("/id/desa/pemberitahuan/")
    form = soup(page).select_one("form.stacked-form")
    assert form.select_one('input[name="email_notices"]').has_attr("checked")
    client.post("/id/desa/pemberitahuan/", {})  # the box unticked
    officer.refresh_from_db()
    assert not officer.email_notices

    session = submitted_session(client)
    with django_capture_on_commit_callbacks(execute=True):
        sessions.approve(session, staff_user)
    assert mail.outbox == []
    dashboard = text(client.get("/id/desa/"))
    assert "1 pemberitahuan baru dari kantor" in dashboard
    notices_page = text(client.get("/id/desa/pemberitahuan/"))
    assert "Kantor menyetujui sesi Anda tanggal 20 November 2025 di Desa Sukamaju." in notices_page
    assert Notice.objects.get(user=officer.user).read_at is not None
    assert "pemberitahuan baru" not in text(client.get("/id/desa/"))


def test_the_digest_lists_only_sessions_waiting_for_review(staff_user):
    staff_user.email = "desa-binaan@imigrasi.go.id"
    staff_user.is_staff = True
    staff_user.save()
    sukamaju = Village.objects.get(code="98.01.01.2001")
    TrainingSessionFactory(village=sukamaju, place="Aula Menunggu", status=TrainingSession.Status.SUBMITTED)
    TrainingSessionFactory(village=sukamaju, place="Aula Disetujui", status=TrainingSession.Status.APPROVED)
    TrainingSessionFactory(village=sukamaju, place="Aula Konsep", status=TrainingSession.Status.DRAFT)
    TrainingSessionFactory(village=sukamaju, place="Aula Dikembalikan", status=TrainingSession.Status.RETURNED)
    waiting = TrainingSession.objects.filter(status=TrainingSession.Status.SUBMITTED).count()
    assert notices.send_digest() == 1
    (sent,) = mail.outbox
    assert sent.to == ["desa-binaan@imigrasi.go.id"]
    assert sent.subject == f"{waiting} sesi menunggu diperiksa"
    assert "Aula Menunggu" in sent.body
    assert not any(place in sent.body for place in ("Aula Disetujui", "Aula Konsep", "Aula Dikembalikan"))
    assert "?status=submitted" in sent.body


def test_no_digest_when_nothing_waits(staff_user):
    staff_user.email = "desa-binaan@imigrasi.go.id"
    staff_user.is_staff = True
    staff_user.save()
    TrainingSession.objects.filter(status=TrainingSession.Status.SUBMITTED).update(status="approved")
    assert notices.send_digest() == 0
    assert mail.outbox == []
