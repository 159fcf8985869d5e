"""Actions on personal data leave an entry in Wagtail's log, with who and when."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from tests.html import text
from village_programs.models import SessionPhoto, TrainingSession

from .conftest import approved_session, jpeg_with_gps

pytestmark = pytest.mark.django_db


def entries(action):
    return ModelLogEntry.objects.filter(action=action)


def test_viewing_an_attendance_photo_is_logged(client, sukamaju_officer):
    session = approved_session()
    photo = SessionPhoto.objects.create(
        session=session, kind="session", image=SimpleUploadedFile("x.jpg", jpeg_with_gps())
    )
    client.force_login(sukamaju_officer.user)
    assert client.get(f"/id/desa/sesi/{session.pk}/foto/{photo.pk}/").status_code == 200
    (entry,) = entries("kanim.view_photo")
    assert entry.user == sukamaju_officer.user
    assert entry.object_id == str(session.pk)
    assert entry.data == {"photo": photo.pk}


def test_an_export_is_logged_with_its_size(client, staff_user):
    client.force_login(staff_user)
    response = client.get("/admin/village-programme/sessions/?export=csv")
    assert response.status_code == 200
    (entry,) = entries("kanim.export")
    assert entry.user == staff_user
    assert entry.data["sessions"] == TrainingSession.objects.count()


def test_downloading_own_data_is_logged(client, sukamaju_officer):
    client.force_login(sukamaju_officer.user)
    client.get("/en/village/my-data/")
    assert entries("kanim.download_own_data").get().user == sukamaju_officer.user


@override_settings(AXES_FAILURE_LIMIT=1)
def test_unlocking_is_logged(client, sukamaju_officer, staff_user):
    client.post("/id/desa/masuk/", {"username": "sukamaju-officer", "password": "wrong"})
    staff = type(client)()
    staff.force_login(staff_user)
    staff.post("/admin/village-programme/locked-accounts/", {"username": "sukamaju-officer"})
    entry = entries("kanim.unlock").get()
    assert entry.user == staff_user and entry.data == {"username": "sukamaju-officer"}


def test_the_purge_is_logged(settings):
    session = approved_session()
    TrainingSession.objects.filter(pk=session.pk).update(created_at=timezone.now() - datetime.timedelta(days=3000))
    call_command("purge_personal_data", stdout=open("/dev/null", "w"))
    assert entries("kanim.purge").filter(object_id=str(session.pk)).exists()


def test_site_history_shows_the_actions_in_the_editors_language(admin_client, admin_user, client, sukamaju_officer):
    client.force_login(sukamaju_officer.user)
    client.get("/en/village/my-data/")
    path = "/admin/reports/site-history/?action=kanim.download_own_data"
    # The admin speaks the office's language whatever the browser asks, until the user chooses another.
    assert "Mengunduh datanya sendiri" in text(admin_client.get(path, HTTP_ACCEPT_LANGUAGE="en"))
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    assert "Downloaded their own data" in text(admin_client.get(path))
