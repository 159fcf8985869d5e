import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.utils import timezone
from PIL import Image

from tests.html import soup, text
from village_programs.models import SessionChange, SessionPhoto, TrainingSession

from .conftest import PASSWORD, approved_session, jpeg_with_gps, make_officer, session_data

pytestmark = pytest.mark.django_db


def login(client, username, password=PASSWORD, language="id"):
    path = "/id/desa/masuk/" if language == "id" else "/en/village/login/"
    return client.post(path, {"username": username, "password": password})


def test_first_login_forces_a_password_change(client):
    make_officer("newcomer", "98.01.01.2001", must_change_password=True)
    response = login(client, "newcomer")
    assert response.status_code == 302
    assert client.get("/id/desa/")["Location"] == "/id/desa/kata-sandi/"
    response = client.post(
        "/id/desa/kata-sandi/",
        {"old_password": PASSWORD, "new_password1": "sukamaju-yang-baru-77", "new_password2": "sukamaju-yang-baru-77"},
    )
    assert response["Location"] == "/id/desa/"
    assert "Desa Anda" in text(client.get("/id/desa/"))


def test_officers_never_reach_the_wagtail_admin(client, sukamaju_officer):
    client.post("/admin/login/", {"username": "sukamaju-officer", "password": PASSWORD})
    response = client.get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    client.force_login(sukamaju_officer.user)
    for path in ("/admin/", "/admin/pages/", "/admin/village-programme/sessions/"):
        response = client.get(path)
        assert response.status_code == 302 and "/admin/login/" in response["Location"], path


def test_the_area_requires_login_in_the_readers_language(client):
    assert client.get("/id/desa/")["Location"].startswith("/id/desa/masuk/")
    assert client.get("/en/village/")["Location"].startswith("/en/village/login/")


@override_settings(AXES_FAILURE_LIMIT=3)
def test_login_is_throttled(client, sukamaju_officer):
    for _attempt in range(3):
        login(client, "sukamaju-officer", "wrong-password")
    response = login(client, "sukamaju-officer")
    assert response.status_code == 429
    assert "Terlalu banyak percobaan" in text(response)
    assert "_auth_user_id" not in client.session


def test_dashboard_shows_only_the_officers_villages(client, sukamaju_officer, other_session):
    client.force_login(sukamaju_officer.user)
    response = client.get("/id/desa/")
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    body = text(response)
    assert "Desa Sukamaju" in body
    assert "Mekarsari" not in body
    assert "U1 · Mengenal paspor" in body


def test_officer_records_a_session_with_two_modules_and_a_photo(client, sukamaju_officer):
    client.force_login(sukamaju_officer.user)
    photo = SimpleUploadedFile("absen.jpg", jpeg_with_gps(), content_type="image/jpeg")
    response = client.post("/id/desa/sesi/baru/", session_data(attendance_photo=photo))
    session = TrainingSession.objects.get(place="Balai Desa Sukamaju", date=datetime.date(2025, 11, 20))
    assert response["Location"] == f"/id/desa/sesi/{session.pk}/"
    assert session.status == TrainingSession.Status.SUBMITTED
    assert session.attendance == 34
    assert sorted(m.code for m in session.modules.all()) == ["U1", "U2"]
    assert {m.locale.language_code for m in session.modules.all()} == {"id"}
    stored = session.photos.get()
    with stored.image.open("rb") as handle, Image.open(handle) as image:
        assert image.format == "JPEG"
        assert dict(image.getexif()) == {}
    assert [change.action for change in session.changes.all()] == ["created", "submitted"]
    page = text(client.get(response["Location"]))
    assert "Terkirim, menunggu pemeriksaan" in page
    assert "20 perempuan, 14 laki-laki (seluruhnya 34)" in page


def test_modules_recorded_in_english_are_stored_once(client, sukamaju_officer):
    from .conftest import module_ids

    client.force_login(sukamaju_officer.user)
    client.post("/en/village/sessions/new/", session_data(modules=module_ids("en", ("U2",)), place="Aula"))
    session = TrainingSession.objects.get(place="Aula")
    assert [(m.code, m.locale.language_code) for m in session.modules.all()] == [("U2", "id")]


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("date", "2999-01-01", "Tanggal tidak boleh di masa depan"),
        ("women", "-3", "Angka ini tidak boleh kurang dari 0."),
        ("men", "5000", "5000 lebih dari yang wajar untuk satu sesi"),
        ("want_passport", "99", "Jumlah ini tidak boleh lebih dari jumlah peserta."),
        ("women", "banyak", "Masukkan bilangan bulat."),
        ("modules", [], "Bagian ini wajib diisi."),
    ],
)
def test_bad_input_is_explained_and_nothing_is_saved(client, sukamaju_officer, field, value, message):
    client.force_login(sukamaju_officer.user)
    before = (TrainingSession.objects.count(), SessionPhoto.objects.count(), SessionChange.objects.count())
    photo = SimpleUploadedFile("absen.jpg", jpeg_with_gps(), content_type="image/jpeg")
    response = client.post("/id/desa/sesi/baru/", session_data(**{field: value, "attendance_photo": photo}))
    assert response.status_code == 200
    assert message in text(response)
    assert (TrainingSession.objects.count(), SessionPhoto.objects.count(), SessionChange.objects.count()) == before
    # What was typed stays in the form.
    assert soup(response).select_one("#id_place")["value"] == "Balai Desa Sukamaju"


def test_a_village_not_theirs_is_refused(client, sukamaju_officer):
    from village_programs.models import Village

    client.force_login(sukamaju_officer.user)
    other = Village.objects.get(code="98.01.02.2002")
    before = TrainingSession.objects.count()
    response = client.post("/id/desa/sesi/baru/", session_data(village=str(other.pk)))
    assert "Pilih salah satu pilihan yang tersedia." in text(response)
    assert TrainingSession.objects.count() == before


@pytest.mark.parametrize(
    "content, name, message",
    [
        (b"just some text, not a picture", "foto.jpg", "bukan foto yang dapat kami baca"),
        (b"GIF89a" + b"\x00" * 100, "foto.gif", "bukan foto yang dapat kami baca"),
    ],
)
def test_files_that_are_not_photos_are_refused(client, sukamaju_officer, content, name, message):
    client.force_login(sukamaju_officer.user)
    upload = SimpleUploadedFile(name, content, content_type="image/jpeg")
    response = client.post("/id/desa/sesi/baru/", session_data(session_photo=upload))
    assert message in text(response)
    assert not SessionPhoto.objects.exists()


def test_gif_images_are_refused(client, sukamaju_officer):
    buffer = io.BytesIO()
    Image.new("RGB", (10, 10)).save(buffer, format="GIF")
    client.force_login(sukamaju_officer.user)
    upload = SimpleUploadedFile("foto.gif", buffer.getvalue(), content_type="image/gif")
    response = client.post("/id/desa/sesi/baru/", session_data(session_photo=upload))
    assert "Hanya foto JPEG atau PNG yang dapat diunggah." in text(response)


@override_settings(MAX_UPLOAD_BYTES=1000)
def test_photos_that_are_too_large_are_refused(client, sukamaju_officer):
    client.force_login(sukamaju_officer.user)
    buffer = io.BytesIO()
    Image.effect_noise((200, 200), 100).convert("RGB").save(buffer, format="PNG")
    upload = SimpleUploadedFile("foto.png", buffer.getvalue(), content_type="image/png")
    response = client.post("/id/desa/sesi/baru/", session_data(session_photo=upload))
    assert "Foto terlalu besar" in text(response)
    assert not TrainingSession.objects.filter(date=datetime.date(2025, 11, 20)).exists()


def test_a_double_submission_saves_one_session(client, sukamaju_officer):
    client.force_login(sukamaju_officer.user)
    data = session_data()
    first = client.post("/id/desa/sesi/baru/", data)
    second = client.post("/id/desa/sesi/baru/", data)
    assert TrainingSession.objects.filter(date=datetime.date(2025, 11, 20)).count() == 1
    assert first["Location"] == second["Location"]
    assert "Sesi ini sudah tersimpan." in text(client.get(second["Location"]))


def test_draft_is_editable_and_every_change_is_kept(client, sukamaju_officer):
    client.force_login(sukamaju_officer.user)
    response = client.post("/id/desa/sesi/baru/", session_data(action="draft", women="0", men="0", want_passport="0"))
    session = TrainingSession.objects.get(date=datetime.date(2025, 11, 20))
    assert session.status == TrainingSession.Status.DRAFT
    edit = f"/id/desa/sesi/{session.pk}/ubah/"
    token = soup(client.get(edit)).select_one("input[name=form_token]")["value"]
    response = client.post(edit, session_data(form_token=token, women="21", men="13"))
    assert response["Location"] == f"/id/desa/sesi/{session.pk}/"
    session.refresh_from_db()
    assert session.status == TrainingSession.Status.SUBMITTED and session.attendance == 34
    edited = session.changes.get(action="edited")
    assert edited.changes["women"] == ["0", "21"]
    assert edited.user == sukamaju_officer.user


def test_a_submission_needs_participants(client, sukamaju_officer):
    client.force_login(sukamaju_officer.user)
    response = client.post("/id/desa/sesi/baru/", session_data(women="0", men="0", want_passport="0"))
    assert "Sesi yang dikirim harus punya sedikitnya satu peserta." in text(response)


def test_an_approved_session_can_no_longer_be_edited(client, sukamaju_officer):
    client.force_login(sukamaju_officer.user)
    session = approved_session()
    response = client.get(f"/id/desa/sesi/{session.pk}/ubah/")
    assert response["Location"] == f"/id/desa/sesi/{session.pk}/"
    response = client.post(f"/id/desa/sesi/{session.pk}/ubah/", session_data(women="1"))
    session.refresh_from_db()
    assert session.women != 1


def officer_urls(session, photo_pk):
    return [
        f"/id/desa/sesi/{session.pk}/",
        f"/id/desa/sesi/{session.pk}/ubah/",
        f"/id/desa/sesi/{session.pk}/foto/{photo_pk}/",
        f"/en/village/sessions/{session.pk}/",
        f"/en/village/sessions/{session.pk}/edit/",
        f"/en/village/sessions/{session.pk}/photos/{photo_pk}/",
    ]


def test_every_officer_url_answers_404_for_another_villages_session(client, sukamaju_officer, other_session):
    photo = SessionPhoto.objects.create(
        session=other_session, kind="session", image=SimpleUploadedFile("x.jpg", jpeg_with_gps())
    )
    client.force_login(sukamaju_officer.user)
    for url in officer_urls(other_session, photo.pk):
        assert client.get(url).status_code == 404, url
        assert client.post(url, session_data()).status_code in (404, 405), url
    other_session.refresh_from_db()
    assert other_session.women == 5


def test_guessed_ids_answer_404(client, sukamaju_officer):
    client.force_login(sukamaju_officer.user)
    missing = TrainingSession(pk=987654)
    for url in officer_urls(missing, 123456):
        assert client.get(url).status_code == 404, url


def test_the_officer_sees_their_own_photo_and_staff_can_too(client, sukamaju_officer, staff_user):
    session = approved_session()
    photo = SessionPhoto.objects.create(session=session, kind="session", image=SimpleUploadedFile("x.jpg", b"data"))
    url = f"/id/desa/sesi/{session.pk}/foto/{photo.pk}/"
    client.force_login(sukamaju_officer.user)
    response = client.get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content) == b"data"
    assert response["Cache-Control"] == "private, no-store"
    client.force_login(staff_user)
    assert client.get(url).status_code == 200


def test_the_area_works_in_english(client, sukamaju_officer):
    client.force_login(sukamaju_officer.user)
    body = text(client.get("/en/village/"))
    assert "Your villages" in body and "Record a session" in body
    response = client.post("/en/village/sessions/new/", session_data(date="2999-01-01"))
    assert "The date cannot be in the future" in text(response)


def test_retention_purge_removes_photos_and_names_but_keeps_counts(sukamaju_officer, settings):
    from django.core.management import call_command

    session = approved_session()
    women = session.women
    old = SessionPhoto.objects.create(session=session, kind="attendance", image=SimpleUploadedFile("a.jpg", b"x"))
    SessionPhoto.objects.filter(pk=old.pk).update(uploaded_at=timezone.now() - datetime.timedelta(days=800))
    TrainingSession.objects.filter(pk=session.pk).update(created_at=timezone.now() - datetime.timedelta(days=800))
    fresh = SessionPhoto.objects.create(session=session, kind="session", image=SimpleUploadedFile("b.jpg", b"y"))
    path = old.image.path
    settings.PERSONAL_DATA_RETENTION_DAYS = 730
    call_command("purge_personal_data")
    session.refresh_from_db()
    assert list(session.photos.all()) == [fresh]
    assert not __import__("os").path.exists(path)
    assert session.facilitators == "" and session.personal_data_purged_at is not None
    assert session.women == women
    assert session.changes.filter(action="purged").exists()


@override_settings(AXES_FAILURE_LIMIT=3)
def test_office_staff_unlock_a_locked_out_officer(client, sukamaju_officer, staff_user):
    for _attempt in range(3):
        login(client, "sukamaju-officer", "wrong-password")
    assert login(client, "sukamaju-officer").status_code == 429

    staff = type(client)()
    staff.force_login(staff_user)
    listing = staff.get("/admin/village-programme/locked-accounts/")
    row = next(tr for tr in soup(listing).select("tbody tr") if "sukamaju-officer" in tr.get_text())
    assert row.select_one("button").get_text(strip=True) in ("Unlock", "Buka kunci")
    response = staff.post("/admin/village-programme/locked-accounts/", {"username": "sukamaju-officer"}, follow=True)
    assert "sukamaju-officer" not in " ".join(td.get_text() for td in soup(response).select("tbody td:first-child"))

    response = login(client, "sukamaju-officer")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(sukamaju_officer.user.pk)


def test_officers_cannot_open_the_unlock_screen(client, sukamaju_officer):
    client.force_login(sukamaju_officer.user)
    assert client.get("/admin/village-programme/locked-accounts/").status_code in (302, 403)


def test_officer_downloads_their_own_data_and_nobody_elses(client, sukamaju_officer, other_session):
    mine = TrainingSession.objects.create(
        village=sukamaju_officer.villages.get(),
        date=datetime.date(2025, 11, 2),
        start_time=datetime.time(9, 0),
        place="Balai Desa Sukamaju",
        facilitators="Siti",
        women=7,
        men=4,
        created_by=sukamaju_officer.user,
    )
    client.force_login(sukamaju_officer.user)
    # A page to read and print, reached from every page of the officer area...
    assert 'href="/id/desa/data-saya/"' in client.get("/id/desa/").content.decode()
    page = client.get("/id/desa/data-saya/")
    assert page.status_code == 200 and "no-store" in page["Cache-Control"]
    readable = text(page)
    assert "sukamaju-officer" in readable and "Desa Sukamaju (98.01.01.2001)" in readable
    assert "2 November 2025 · Desa Sukamaju" in readable and "Perempuan: 7 · Laki-laki: 4" in readable
    assert "Mekarsari" not in readable
    # ...and the same as a JSON file to take elsewhere.
    assert soup(page).select_one('a[href="?format=json"]') is not None
    response = client.get("/id/desa/data-saya/?format=json")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="my-data-')
    assert "no-store" in response["Cache-Control"]
    data = response.json()
    assert data["account"]["username"] == "sukamaju-officer"
    assert data["account"]["villages"] == ["Sukamaju (98.01.01.2001)"]
    assert [session["place"] for session in data["sessions_recorded"]] == [mine.place]
    assert "Mekarsari" not in response.content.decode()


def test_my_data_needs_an_officer_login(client):
    assert client.get("/en/village/my-data/").status_code == 302


def test_the_dashboard_reads_the_officer_with_the_user_and_remembers_its_lists(
    client, sukamaju_officer, django_assert_max_num_queries
):
    """Issue 19: the dashboard is never cached whole. The officer comes with the user, and
    the lists of villages, sessions and requests are remembered until something is saved:
    a session, a request or a change of villages shows on the next visit."""
    from tests.factories import TrainingSessionFactory
    from village_programs.models import Village

    village = Village.objects.get(code="98.01.01.2001")
    for _ in range(12):
        TrainingSessionFactory(village=village, status="submitted")
    login(client, "sukamaju-officer")
    client.get("/id/desa/")
    # Session, user with officer, unread notices.
    with django_assert_max_num_queries(3):
        page = soup(client.get("/id/desa/"))
    assert len(page.select("#sessions-heading ~ ul li")) == 10

    TrainingSessionFactory(village=village, status="submitted", date=datetime.date(2030, 1, 2))
    assert "2 Januari 2030" in text(client.get("/id/desa/"))
    other = Village.objects.get(code="98.01.02.2002")
    sukamaju_officer.villages.add(other)
    assert f"Desa {other.name}" in text(client.get("/id/desa/"))
    sukamaju_officer.villages.remove(other)
    assert f"Desa {other.name}" not in text(client.get("/id/desa/"))


def test_the_dashboard_lists_the_modules_of_the_site_the_officer_uses(client, sukamaju_officer):
    """Another office's own module is not offered, and every module link opens on this site."""
    from education.models import EducationModulePage
    from tests.factories import OfficeFactory, office_site

    other_home = office_site(OfficeFactory(code="kantor-lain"), "lain.localhost")
    other_module = other_home.add_child(
        instance=EducationModulePage(
            title="Modul kantor lain",
            slug="modul-lain",
            intro="Lain.",
            code="L9",
            duration_minutes=10,
            objectives="<p>x</p>",
        )
    )
    other_module.save_revision().publish()
    client.force_login(sukamaju_officer.user)
    page = soup(client.get("/id/desa/"))
    modules = page.select_one("#modules-heading").find_parent("section")
    assert "U1 · Mengenal paspor" in modules.get_text() and "L9" not in modules.get_text()
    assert all(a["href"].startswith("/id/") for a in modules.select("a")), modules
