"""Nothing typed or photographed is lost (issue 17): a valid photo survives a
form error, privately and for its officer only; a new photo of the attendance
sheet replaces the old one; the office's correction note goes once resolved."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from tests.html import soup, text
from village_programs import sessions
from village_programs.models import SessionPhoto, TrainingSession

from .conftest import jpeg_with_gps, make_officer, session_data

pytestmark = pytest.mark.django_db

ALREADY_ATTACHED = "Foto sudah terlampir dan akan disimpan bersama sesi."


def photo(name="absen.jpg"):
    return SimpleUploadedFile(name, jpeg_with_gps(), content_type="image/jpeg")


def test_a_valid_photo_survives_a_form_error(client, sukamaju_officer):
    client.force_login(sukamaju_officer.user)
    response = client.post("/id/desa/sesi/baru/", session_data(want_passport="99", attendance_photo=photo()))
    assert response.status_code == 200
    page = soup(response)
    assert ALREADY_ATTACHED in text(response)
    token = page.select_one('input[name="attendance_photo_kept"]')["value"]
    assert token
    assert not SessionPhoto.objects.exists()

    # Corrected, sent again without choosing the photo again.
    data = session_data(want_passport="9")
    data["attendance_photo_kept"] = token
    response = client.post("/id/desa/sesi/baru/", data)
    assert response.status_code == 302
    session = TrainingSession.objects.get(place="Balai Desa Sukamaju", date="2025-11-20")
    (kept,) = session.photos.all()
    assert kept.kind == SessionPhoto.Kind.ATTENDANCE
    with kept.image.open("rb") as stored:
        image = Image.open(stored)
        assert image.size == (64, 48) and not image.getexif().get(0x8825)  # cleaned as any upload


def test_a_kept_photo_is_its_officers_only_and_used_once(client, sukamaju_officer):
    client.force_login(sukamaju_officer.user)
    response = client.post("/id/desa/sesi/baru/", session_data(want_passport="99", attendance_photo=photo()))
    token = soup(response).select_one('input[name="attendance_photo_kept"]')["value"]

    other = make_officer("sukamaju-other", "98.01.01.2001")
    client.force_login(other.user)
    client.post("/id/desa/sesi/baru/", {**session_data(place="Aula lain"), "attendance_photo_kept": token})
    assert not TrainingSession.objects.get(place="Aula lain").photos.exists()

    client.force_login(sukamaju_officer.user)
    client.post("/id/desa/sesi/baru/", {**session_data(place="Aula pertama"), "attendance_photo_kept": token})
    client.post("/id/desa/sesi/baru/", {**session_data(place="Aula kedua"), "attendance_photo_kept": token})
    assert TrainingSession.objects.get(place="Aula pertama").photos.count() == 1
    assert not TrainingSession.objects.get(place="Aula kedua").photos.exists()


def test_a_new_attendance_photo_replaces_the_old_and_session_photos_add_up(client, sukamaju_officer, staff_user):
    client.force_login(sukamaju_officer.user)
    client.post("/id/desa/sesi/baru/", session_data(attendance_photo=photo(), session_photo=photo("sesi.jpg")))
    session = TrainingSession.objects.get(place="Balai Desa Sukamaju", date="2025-11-20")
    sessions.send_back(session, staff_user, "Foto daftar hadir kurang jelas.")
    edit = f"/id/desa/sesi/{session.pk}/ubah/"
    assert "Foto daftar hadir kurang jelas." in text(client.get(edit))
    data = session_data(attendance_photo=photo("absen-baru.jpg"), session_photo=photo("sesi-2.jpg"))
    data["form_token"] = str(session.form_token)
    assert client.post(edit, data).status_code == 302
    kinds = sorted(session.photos.values_list("kind", flat=True))
    assert kinds == ["attendance", "session", "session"]

    sessions.approve(session, staff_user, "Terima kasih, sudah jelas.")
    detail = soup(client.get(f"/id/desa/sesi/{session.pk}/"))
    assert detail.select_one(".review-comment") is None  # resolved: no red "please correct" note
    assert "Terima kasih, sudah jelas." in detail.select_one(".office-comment").get_text()
