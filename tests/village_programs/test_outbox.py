"""What the server tells a phone sending a record it kept offline (static/js/officer.js):
saved, already saved, refused with the form's errors, or changed meanwhile; and the
service worker and manifest that make the officer area open offline."""

import json
import uuid

from tests.html import form_data, soup
from village_programs import sessions
from village_programs.models import TrainingSession

from .conftest import session_data

OUTBOX = {"HTTP_ACCEPT": "application/json"}
NEW = "/id/desa/sesi/baru/"


def test_a_record_sent_twice_is_saved_once(client, sukamaju_officer):
    client.force_login(sukamaju_officer.user)
    data = session_data(place="Saung Tani", form_token=str(uuid.uuid4()))
    first = client.post(NEW, data, **OUTBOX)
    again = client.post(NEW, data, **OUTBOX)
    session = TrainingSession.objects.get(place="Saung Tani")
    assert first.status_code == 200 and first.json()["status"] == "saved"
    assert again.status_code == 200 and again.json()["status"] == "duplicate"
    assert first.json()["url"] == again.json()["url"] == f"/id/desa/sesi/{session.pk}/"
    assert TrainingSession.objects.filter(place="Saung Tani").count() == 1
    # The outbox shows its own state; no message waits for the next page.
    assert "sudah tersimpan" not in client.get("/id/desa/").content.decode()


def test_a_refused_record_gets_its_errors_in_the_officers_language(client, sukamaju_officer):
    client.force_login(sukamaju_officer.user)
    response = client.post(NEW, session_data(place="Saung Tani", want_passport="90"), **OUTBOX)
    assert response.status_code == 422
    answer = response.json()
    assert answer["status"] == "invalid"
    errors = {error["field"]: error["messages"] for error in answer["errors"]}
    assert errors["Warga yang ingin membuat paspor"] == ["Jumlah ini tidak boleh lebih dari jumlah peserta."]
    assert not TrainingSession.objects.filter(place="Saung Tani").exists()


def test_an_approved_session_is_a_conflict_not_a_silent_overwrite(client, sukamaju_officer, staff_user):
    client.force_login(sukamaju_officer.user)
    client.post(NEW, session_data(place="Saung Tani"))
    session = TrainingSession.objects.get(place="Saung Tani")
    sessions.approve(session, staff_user)
    response = client.post(f"/id/desa/sesi/{session.pk}/ubah/", session_data(place="Saung Baru"), **OUTBOX)
    assert response.status_code == 409 and response.json()["status"] == "conflict"
    assert response.json()["message"] == "Kantor sudah menyetujui sesi ini; sesi tidak bisa diubah lagi."
    session.refresh_from_db()
    assert session.place == "Saung Tani"


def test_a_session_sent_back_meanwhile_is_shown_before_it_is_overwritten(client, sukamaju_officer, staff_user):
    client.force_login(sukamaju_officer.user)
    client.post(NEW, session_data(place="Saung Tani"))
    session = TrainingSession.objects.get(place="Saung Tani")
    edit = f"/id/desa/sesi/{session.pk}/ubah/"
    opened = form_data(client.get(edit))  # the officer opens the form on the phone...
    sessions.send_back(session, staff_user, "Tanggalnya keliru.")  # ...the office sends it back meanwhile
    changed = {**opened, "place": "Saung Baru", "action": "submit"}

    answer = client.post(edit, changed, **OUTBOX)
    assert answer.status_code == 409 and answer.json()["status"] == "conflict"
    page = client.post(edit, changed)
    assert "diubah setelah Anda membuka formulir ini" in page.content.decode()
    session.refresh_from_db()
    assert session.place == "Saung Tani" and session.status == TrainingSession.Status.RETURNED

    # Having seen it, the officer saves again: their version is kept.
    again = form_data(page)
    assert again["place"] == "Saung Baru"
    client.post(edit, {**again, "action": "submit"})
    session.refresh_from_db()
    assert session.place == "Saung Baru" and session.status == TrainingSession.Status.SUBMITTED


def test_an_edit_sent_again_after_a_lost_answer_is_no_conflict(client, sukamaju_officer):
    client.force_login(sukamaju_officer.user)
    client.post(NEW, session_data(place="Saung Tani"))
    session = TrainingSession.objects.get(place="Saung Tani")
    edit = f"/id/desa/sesi/{session.pk}/ubah/"
    changed = {**form_data(client.get(edit)), "men": "15", "action": "submit"}
    assert client.post(edit, changed, **OUTBOX).json()["status"] == "saved"
    assert client.post(edit, changed, **OUTBOX).json()["status"] == "saved"
    session.refresh_from_db()
    assert session.men == 15


def test_the_service_worker_serves_this_languages_officer_area(client, db):
    for prefix in ("/id/desa/", "/en/village/"):
        response = client.get(prefix + "sw.js")
        body = response.content.decode()
        assert response.status_code == 200 and response["Content-Type"].startswith("text/javascript")
        assert "no-cache" in response["Cache-Control"]
        assert f'var SCOPE = "{prefix}";' in body
        pages = json.loads(body.split("var PAGES = ", 1)[1].split(";\n", 1)[0])
        assert pages[0] == prefix and all(page.startswith(prefix) for page in pages)
        never = json.loads(body.split("var NEVER = ", 1)[1].split(";\n", 1)[0])
        assert any("data" in path for path in never)  # the personal-data page never stays on the phone


def test_the_manifest_opens_the_officer_area(client, db):
    manifest = client.get("/en/village/manifest.webmanifest")
    assert manifest["Content-Type"] == "application/manifest+json"
    data = manifest.json()
    assert data["start_url"] == data["scope"] == "/en/village/"
    assert data["lang"] == "en" and data["display"] == "standalone"
    assert "Contoh" in data["name"]


def test_officer_pages_link_the_manifest_and_the_script(client, sukamaju_officer):
    client.force_login(sukamaju_officer.user)
    page = soup(client.get("/id/desa/"))
    assert page.select_one('link[rel="manifest"]')["href"] == "/id/desa/manifest.webmanifest"
    area = page.select_one("[data-officer-area]")
    assert area["data-worker"] == "/id/desa/sw.js" and area["data-user"] == str(sukamaju_officer.user.pk)
    strings = json.loads(page.select_one("#officer-strings").string)
    assert strings["waiting"] == "Menunggu dikirim"
