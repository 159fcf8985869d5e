import csv
import io

import openpyxl
import pytest
from django.contrib.auth.models import User
from django.utils import translation

from tests import world
from tests.factories import TrainingSessionFactory
from tests.html import soup, text
from village_programs.models import TrainingSession, VillageOfficer

from .conftest import approved_session, session_data

pytestmark = pytest.mark.django_db

LIST = "/admin/village-programme/sessions/"


def submitted_session(client, officer, **overrides):
    client.force_login(officer.user)
    client.post("/id/desa/sesi/baru/", session_data(**overrides))
    return TrainingSession.objects.get(place=overrides.get("place", "Balai Desa Sukamaju"), date="2025-11-20")


def figure(client, name, path=None):
    return int(soup(client.get(path or world.path("village"))).select_one(f'[data-figure="{name}"]').get_text())


def test_office_sends_back_then_approves_and_the_public_page_follows(client, sukamaju_officer, staff_user):
    sessions_before, people_before = figure(client, "sessions"), figure(client, "people")
    session = submitted_session(client, sukamaju_officer)
    assert figure(client, "sessions") == sessions_before

    client.force_login(staff_user)
    review = f"{LIST}edit/{session.pk}/"
    response = client.post(review, {"status": "returned", "review_comment": ""})
    assert "Sebutkan apa yang harus diperbaiki petugas." in text(response) or "Tell the officer" in text(response)
    session.refresh_from_db()
    assert session.status == TrainingSession.Status.SUBMITTED

    client.post(review, {"status": "returned", "review_comment": "Jumlah peserta laki-laki keliru."})
    session.refresh_from_db()
    assert session.status == TrainingSession.Status.RETURNED and session.reviewed_by == staff_user

    client.force_login(sukamaju_officer.user)
    detail = text(client.get(f"/id/desa/sesi/{session.pk}/"))
    assert "Jumlah peserta laki-laki keliru." in detail and "Dikembalikan untuk diperbaiki" in detail
    edit = f"/id/desa/sesi/{session.pk}/ubah/"
    token = soup(client.get(edit)).select_one("input[name=form_token]")["value"]
    client.post(edit, session_data(form_token=token, men="15"))
    session.refresh_from_db()
    assert session.status == TrainingSession.Status.SUBMITTED and session.attendance == 35

    client.force_login(staff_user)
    client.post(review, {"status": "approved", "review_comment": ""})
    session.refresh_from_db()
    assert session.status == TrainingSession.Status.APPROVED
    assert figure(client, "sessions") == sessions_before + 1
    assert figure(client, "people") == people_before + 35
    assert figure(client, "people", world.path("village", "en")) == people_before + 35
    actions = [change.action for change in session.changes.all()]
    assert actions == ["created", "submitted", "returned", "edited", "submitted", "approved"]


def test_public_page_shows_no_personal_data(client, sukamaju_officer):
    session = approved_session()
    response = client.get(world.path("village"))
    assert response.status_code == 200
    body = text(response)
    assert "Desa Sukamaju" in body
    assert session.facilitators not in body
    assert "Siti" not in body


def test_sessions_are_filtered_and_exported(client, sukamaju_officer, other_session, staff_user):
    submitted_session(client, sukamaju_officer)
    client.force_login(staff_user)
    listing = text(client.get(LIST, {"status": "submitted"}))
    assert "Sukamaju, 2025-11-20" in listing and "Mekarsari, 2025-10-01" in listing
    by_village = soup(client.get(LIST, {"village": other_session.village_id}))
    assert "Mekarsari, 2025-10-01" in by_village.get_text()
    assert "Sukamaju, 2025-11-20" not in by_village.get_text()
    filtered = soup(client.get(LIST, {"date_from": "2025-11-01", "date_to": "2025-11-30", "status": "submitted"}))
    titles = [a.get_text(strip=True) for a in filtered.select("td.title")]
    assert any("Sukamaju, 2025-11-20" in title for title in titles)
    assert not any("Mekarsari" in title for title in titles)

    response = client.get(LIST, {"export": "csv", "status": "submitted"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    codes = [row[0] for row in rows[1:]]
    assert "98.01.01.2001" in codes and "98.01.02.2002" in codes
    sukamaju = next(row for row in rows if row[0] == "98.01.01.2001" and row[2] == "2025-11-20")
    assert (sukamaju[7], sukamaju[8]) == ("20", "14")

    # Headings people read, in the admin's language; a list stays in one cell, joined with "; ".
    headings = rows[0]
    assert headings[:3] == ["Kode desa", "Desa", "Tanggal"]
    with translation.override("id"):
        submitted = str(TrainingSession.Status.SUBMITTED.label)
    assert sukamaju[headings.index("Status")] == submitted != "submitted"
    assert sukamaju[headings.index("Modul")].count("; ") == 1  # two modules taught

    response = client.get(LIST, {"export": "xlsx"})
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    values = [cell.value for cell in workbook.active["A"]]
    assert "98.01.01.2001" in values


def test_report_page_draws_its_charts_without_outside_services(client, staff_user):
    from education.models import EducationModulePage

    module = EducationModulePage.objects.filter(code="U1", locale__language_code="id").first()
    TrainingSession.objects.all().delete()  # the report of these two sessions alone
    TrainingSessionFactory(status=TrainingSession.Status.APPROVED, women=27, men=27).modules.add(module)
    TrainingSessionFactory(status=TrainingSession.Status.APPROVED, women=30, men=6)
    client.force_login(staff_user)
    response = client.get("/admin/village-programme/report/")
    assert response.status_code == 200
    page = soup(response)
    charts = page.select("table.bar-chart")
    assert len(charts) == 3
    # Every bar is labelled and carries its value; lengths follow the values.
    sex = {
        row.select_one("th").get_text(strip=True): (
            row.select_one(".bar-value").get_text(strip=True),
            row.select_one(".bar")["style"].rsplit("width:", 1)[1].rstrip("%"),
        )
        for row in charts[1].select("tbody tr")
    }
    assert (sex["Perempuan"][0], sex["Laki-laki"][0]) == ("57", "33")  # 27 and 27, and 30 and 6
    assert float(sex["Perempuan"][1]) == 100.0
    assert float(sex["Laki-laki"][1]) == round(100 * 33 / 57, 1)
    assert [th.get_text(strip=True) for th in charts[1].select("thead th")] == ["Jenis kelamin", "Peserta"]
    assert charts[1].select_one("caption").get_text(strip=True) == "Kehadiran menurut jenis kelamin"
    assert not any("http" in (tag.get("src") or "") for tag in page.select(".bar-chart, script[src*='chart']"))


def test_staff_create_an_officer_who_must_change_the_password(client, staff_user):
    from village_programs.models import Village

    client.force_login(staff_user)
    sukamaju = Village.objects.get(code="98.01.01.2001")
    url = "/admin/village-programme/officers/new/"
    response = client.post(url, {"username": "asep", "full_name": "Asep Sunandar", "villages": [sukamaju.pk]})
    assert not User.objects.filter(username="asep").exists()
    assert response.status_code == 200
    assert "Beri petugas baru kata sandi sementara." in text(response)
    client.post(
        url,
        {
            "username": "asep",
            "full_name": "Asep Sunandar",
            "email": "",
            "position": "Kasi Pemerintahan",
            "phone": "",
            "villages": [sukamaju.pk],
            "temporary_password": "sementara-sukamaju-2026",
        },
    )
    officer = VillageOfficer.objects.get(user__username="asep")
    assert officer.must_change_password and list(officer.villages.all()) == [sukamaju]
    assert officer.user.get_full_name() == "Asep Sunandar" and not officer.user.is_staff
    client.logout()
    client.post("/id/desa/masuk/", {"username": "asep", "password": "sementara-sukamaju-2026"})
    assert client.get("/id/desa/")["Location"] == "/id/desa/kata-sandi/"


def test_officers_cannot_use_the_review_screens(client, sukamaju_officer):
    client.force_login(sukamaju_officer.user)
    response = client.get(LIST)
    assert response.status_code == 302


def test_password_of_new_officer_must_be_strong(client, staff_user):
    from village_programs.models import Village

    client.force_login(staff_user)
    sukamaju = Village.objects.get(code="98.01.01.2001")
    client.post(
        "/admin/village-programme/officers/new/",
        {"username": "ujang", "full_name": "Ujang", "villages": [sukamaju.pk], "temporary_password": "123"},
    )
    assert not User.objects.filter(username="ujang").exists()


def test_a_village_page_says_when_its_figures_include_example_sessions(client):
    """The pack's sessions show how a record looks; readers are told they are not the village's real record."""
    approved_session(example=True)
    approved_session(example=True)
    approved_session()
    shown = soup(client.get(world.path("village"))).select_one(".figures").get_text(" ", strip=True)
    assert "2 contoh sesi" in shown
    TrainingSession.objects.filter(example=True).delete()
    shown = soup(client.get(world.path("village"))).select_one(".figures").get_text(" ", strip=True)
    assert "contoh" not in shown
