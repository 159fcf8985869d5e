"""The village programme end to end: the office creates an officer, the officer
records a session on a phone, the office sends it back, the officer corrects
it, the office approves it, and the public village page counts it."""

import datetime
import io
import re

import pytest
from PIL import Image
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def staff_account(server):
    server.manage(
        "shell",
        "-c",
        "from django.contrib.auth.models import User, Group;"
        "u = User.objects.create_user('programme-staff', password='programme-staff-2026', first_name='Rina');"
        "u.groups.add(Group.objects.get(name='Village programme staff'))",
    )


def admin_login(page, server):
    page.goto(server.url + "/admin/login/")
    page.fill("#id_username", "programme-staff")
    page.fill("#id_password", "programme-staff-2026")
    page.locator("button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))


def weekday_in(days):
    day = datetime.date.today() + datetime.timedelta(days=days)
    while day.weekday() >= 5:
        day += datetime.timedelta(days=1)
    return day


def people_reached(page, server):
    page.goto(server.url + "/id/program-desa/desa-sukamaju/")
    return int(page.locator('[data-figure="people"]').inner_text())


def test_session_from_officer_account_to_public_totals(server, browser, page_and_steps, phone_and_steps, tmp_path):
    staff, staff_step = page_and_steps
    phone, phone_step = phone_and_steps
    staff_account(server)
    before = people_reached(staff, server)

    # The office creates an officer for Desa Sukamaju.
    admin_login(staff, server)
    staff.goto(server.url + "/admin/village-programme/officers/new/")
    staff.fill("#id_username", "dewi")
    staff.fill("#id_full_name", "Dewi Lestari")
    staff.fill("#id_position", "Kaur Umum")
    staff.get_by_label(re.compile("Sukamaju \\(98.01.01.2001\\)")).check()
    staff.fill("#id_temporary_password", "sementara-kopi-2026")
    staff_step("officer-form")
    staff.get_by_role("button", name=re.compile("^(Create|Save|Buat|Simpan)$")).click()
    staff.wait_for_url(re.compile(r"/admin/village-programme/officers/$"))

    # The officer logs in on a phone and must choose a new password first.
    phone.goto(server.url + "/id/desa/")
    phone.get_by_label("Nama pengguna").fill("dewi")
    phone.get_by_label("Kata sandi").fill("sementara-kopi-2026")
    phone.get_by_role("button", name="Masuk").tap()
    phone_step("password-change")
    phone.get_by_label("Kata sandi lama").fill("sementara-kopi-2026")
    phone.get_by_label(re.compile("^Kata sandi baru:?$")).fill("Balai-Sawah-2026!")
    phone.get_by_label("Konfirmasi kata sandi baru").fill("Balai-Sawah-2026!")
    phone.get_by_role("button", name="Simpan kata sandi").tap()
    expect(phone.get_by_role("heading", name="Desa Anda")).to_be_visible()

    # ... records a session with two modules, 34 people and a photo.
    phone.get_by_role("link", name="Catat sesi").first.tap()
    phone_step("session-form")
    phone.get_by_label("Tanggal").fill("2025-11-20")
    phone.get_by_label("Jam mulai").fill("09:30")
    phone.get_by_label("Tempat").fill("Balai Desa Sukamaju")
    phone.get_by_label("U1 · Mengenal paspor").check()
    phone.get_by_label("U2 · Mengenali calo").check()
    phone.get_by_label("Fasilitator").fill("Dewi, Asep")
    phone.get_by_label("Peserta perempuan").fill("20")
    phone.get_by_label("Peserta laki-laki").fill("15")
    phone.get_by_label("Warga yang ingin membuat paspor").fill("8")
    photo = tmp_path / "absen.jpg"
    buffer = io.BytesIO()
    Image.new("RGB", (120, 80), "white").save(buffer, format="JPEG")
    photo.write_bytes(buffer.getvalue())
    phone.get_by_label("Foto daftar hadir").set_input_files(str(photo))
    # The page must not be wider than the phone.
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    phone_step("session-filled")
    phone.get_by_role("button", name="Kirim untuk diperiksa").tap()
    phone_step("session-saved")
    expect(phone.get_by_text("Sesi dikirim untuk diperiksa.")).to_be_visible()
    session_url = phone.url

    # The office sends it back with a comment.
    staff.goto(server.url + "/admin/village-programme/sessions/?status=submitted")
    staff.get_by_role("link", name="Sukamaju, 2025-11-20").first.click()
    staff.get_by_label(re.compile(r"^\s*(Kembalikan ke petugas|Send back to the officer)\s*$")).check()
    staff.locator("#id_review_comment").fill("Jumlah laki-laki seharusnya 14.")
    staff_step("send-back")
    staff.get_by_role("button", name=re.compile("^(Create|Save|Buat|Simpan)$")).click()
    staff.wait_for_url(re.compile(r"/admin/village-programme/sessions/(\?.*)?$"))

    # The officer corrects it.
    phone.goto(session_url)
    expect(phone.get_by_text("Jumlah laki-laki seharusnya 14.")).to_be_visible()
    phone.get_by_role("link", name="Ubah").tap()
    phone.get_by_label("Peserta laki-laki").fill("14")
    phone.get_by_role("button", name="Kirim untuk diperiksa").tap()
    expect(phone.get_by_text("20 perempuan, 14 laki-laki (seluruhnya 34)")).to_be_visible()

    # The office approves it; the public page counts it and the export holds it.
    staff.goto(server.url + "/admin/village-programme/sessions/?status=submitted")
    staff.get_by_role("link", name="Sukamaju, 2025-11-20").first.click()
    staff.get_by_label(re.compile(r"^\s*(Setujui|Approve)\s*$")).check()
    staff.get_by_role("button", name=re.compile("^(Create|Save|Buat|Simpan)$")).click()
    staff.wait_for_url(re.compile(r"/admin/village-programme/sessions/(\?.*)?$"))
    assert people_reached(staff, server) == before + 34
    with staff.expect_download() as download:
        staff.goto(server.url + "/admin/village-programme/sessions/")
        staff.evaluate("window.location = '?export=csv'")
    exported = download.value.path().read_text()
    assert re.search(r"98\.01\.01\.2001,Sukamaju,2025-11-20,09:30:00,Balai Desa Sukamaju,.*,20,14,8,", exported)

    # With that interest, the officer asks for the mobile passport service.
    phone.goto(server.url + "/id/desa/")
    phone.get_by_role("link", name="Minta layanan paspor keliling").tap()
    phone_step("request-form")
    phone.get_by_label("Tempat").fill("Balai Desa Sukamaju")
    phone.get_by_label("Alamat").fill("Jl. Raya Sukamaju, Cibening")
    phone.get_by_label("Tanggal pilihan").fill(weekday_in(20).isoformat())
    phone.get_by_label("Perkiraan jumlah pemohon").fill("34")
    phone.get_by_label("Paspor baru").check()
    phone.get_by_label("Narahubung:", exact=True).fill("Dewi Lestari")
    phone.get_by_label("Nomor WhatsApp narahubung").fill("0812 3456 7890")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    phone.get_by_role("button", name="Kirim ke kantor").tap()
    phone_step("request-sent")
    expect(phone.get_by_text("Permintaan Anda dikirim ke kantor.")).to_be_visible()
    expect(phone.get_by_text("Diterima kantor").first).to_be_visible()
