"""The officer area on a phone without a connection: records saved offline wait on
the phone and reach the office exactly once when the connection returns, photos
included; an upload cut off midway is sent again, never doubled."""

import datetime
import io
import json
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from PIL import Image
from playwright.sync_api import expect

from tests.browser.conftest import ARTIFACTS

pytestmark = pytest.mark.browser

WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}}
PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True}


def make_officer(server, username):
    server.manage(
        "shell",
        "-c",
        "from django.contrib.auth.models import User;"
        "from village_programs.models import Village, VillageOfficer;"
        f"u = User.objects.create_user('{username}', password='Lapangan-2026!', first_name='Sari');"
        "o = VillageOfficer.objects.create(user=u, must_change_password=False);"
        "o.villages.set(Village.objects.filter(code='98.01.01.2001'))",
    )


def log_in(page, server, username):
    # From the front door: the footer's section list, the village programme, its login.
    page.goto(server.url + "/id/")
    page.locator("footer").get_by_role("link", name="Program desa").tap()
    page.get_by_role("link", name="Masuk ke area petugas").tap()
    page.get_by_label("Nama pengguna").fill(username)
    page.get_by_label("Kata sandi").fill("Lapangan-2026!")
    page.get_by_role("button", name="Masuk").tap()
    expect(page.get_by_role("heading", name="Desa Anda")).to_be_visible()


def on_server(server, code):
    """What the server's database says: `code` prints one JSON value."""
    return json.loads(server.manage("shell", "-c", "import json;" + code).strip().splitlines()[-1])


def sessions_at(server, place):
    return on_server(
        server,
        "from PIL import Image;"
        "from village_programs.models import TrainingSession as T;"
        f"print(json.dumps([list(Image.open(p.image).size) for t in T.objects.filter(place='{place}')"
        " for p in t.photos.all()] + [T.objects.filter(place='" + place + "').count()]))",
    )


# Every address the phone keeps in Cache Storage (the stylesheet and scripts stay).
KEPT_PAGES = """async () => {
  const paths = [];
  for (const name of await caches.keys()) {
    for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
  }
  return paths;
}"""


def no_violations(page):
    violations = Axe().run(page, options=WCAG).response["violations"]
    assert [f"{v['id']}: {v['help']}" for v in violations] == []


def big_photo(tmp_path):
    path = tmp_path / "daftar-hadir.jpg"
    buffer = io.BytesIO()
    Image.new("RGB", (3200, 2400), (240, 240, 230)).save(buffer, format="JPEG", quality=95)
    path.write_bytes(buffer.getvalue())
    return str(path)


def fill_session(page, place, photo, shrunk=True):
    page.get_by_label("Tanggal").fill((datetime.date.today() - datetime.timedelta(days=3)).isoformat())
    page.get_by_label("Jam mulai").fill("09:00")
    page.get_by_label("Tempat").fill(place)
    page.get_by_label("U1 · Mengenal paspor").check()
    page.get_by_label("Fasilitator").fill("Sari")
    page.get_by_label("Peserta perempuan").fill("12")
    page.get_by_label("Peserta laki-laki").fill("9")
    page.get_by_label("Warga yang ingin membuat paspor").fill("4")
    page.get_by_label("Foto daftar hadir").set_input_files(photo)
    if shrunk:
        # Made smaller on the phone before anything is sent.
        expect(page.locator(".photo-note")).to_contain_text("1600 × 1200")


def fill_request(page, place, days_ahead):
    page.get_by_label("Tempat").fill(place)
    page.get_by_label("Alamat").fill("Jl. Raya Sukamaju")
    day = datetime.date.today() + datetime.timedelta(days=days_ahead)
    while day.weekday() >= 5:  # the office serves villages on weekdays
        day += datetime.timedelta(days=1)
    page.get_by_label("Tanggal pilihan").fill(day.isoformat())
    page.get_by_label("Perkiraan jumlah pemohon").fill("25")
    page.get_by_label("Paspor baru").check()
    page.get_by_label("Narahubung:", exact=True).fill("Sari")
    page.get_by_label("Nomor WhatsApp narahubung").fill("0812 3456 7000")


def offline_in_the_field(server, context, page, username):
    """A new officer logs in on the phone, which keeps the pages needed in the field; then the signal goes."""
    make_officer(server, username)
    log_in(page, server, username)
    expect(page.get_by_text("Halaman ini juga terbuka tanpa koneksi")).to_be_visible()
    context.set_offline(True)
    page.reload()


@pytest.fixture
def phone(request, browser, server):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.set_default_timeout(15000)
    yield context, page
    if getattr(request.node, "failed_in_call", False):
        folder = ARTIFACTS / request.node.name
        folder.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(folder / "at-failure.png"), full_page=True)
    context.close()


def test_session_recorded_offline_arrives_once_with_its_photo(server, phone, tmp_path):
    context, page = phone
    offline_in_the_field(server, context, page, "sari-offline")
    expect(page.get_by_text("Anda sedang offline")).to_be_visible()
    page.get_by_role("link", name="Catat sesi").first.tap()
    fill_session(page, "Saung Tani Sukamaju", big_photo(tmp_path))
    # The battery dies, the tab closes, a thumb reloads: what was typed is still there, photo included.
    page.wait_for_timeout(600)  # drafts are written 0.3 s after the last keystroke
    page.reload()
    expect(page.get_by_text("Isian Anda sebelumnya di ponsel ini dimunculkan kembali.")).to_be_visible()
    expect(page.get_by_label("Tempat")).to_have_value("Saung Tani Sukamaju")
    expect(page.get_by_label("Peserta laki-laki")).to_have_value("9")
    expect(page.get_by_label("U1 · Mengenal paspor")).to_be_checked()
    expect(page.locator(".photo-note")).to_contain_text("Foto tersimpan di ponsel ini")
    page.get_by_role("button", name="Kirim untuk diperiksa").tap()
    expect(page.get_by_text("Tersimpan di ponsel ini")).to_be_visible()
    outbox = page.locator("#outbox")
    expect(outbox).to_contain_text("Saung Tani Sukamaju")
    expect(outbox).to_contain_text("Menunggu dikirim")
    page.screenshot(path=str(ARTIFACTS / "offline-waiting.png"), full_page=True)
    no_violations(page)

    # A reload without a connection: the record is still on the phone.
    page.reload()
    expect(page.locator("#outbox")).to_contain_text("Menunggu dikirim")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert sessions_at(server, "Saung Tani Sukamaju") == [0]
    # A page the phone never saved offers the ones it did.
    page.goto(server.url + "/id/desa/data-saya/")
    expect(page.get_by_role("heading", name="Tidak ada koneksi")).to_be_visible()
    no_violations(page)
    page.get_by_role("link", name="Beranda petugas").last.tap()
    expect(page.locator("#outbox")).to_contain_text("Menunggu dikirim")

    context.set_offline(False)
    expect(page.locator("#outbox")).to_contain_text("Terkirim ke kantor", timeout=20000)
    page.screenshot(path=str(ARTIFACTS / "offline-sent.png"), full_page=True)
    no_violations(page)
    photos_and_count = sessions_at(server, "Saung Tani Sukamaju")
    assert photos_and_count == [[1600, 1200], 1]

    # Reloading or going back sends nothing twice.
    page.reload()
    expect(page.locator("#outbox")).to_contain_text("Terkirim ke kantor")
    assert sessions_at(server, "Saung Tani Sukamaju")[-1] == 1
    page.get_by_role("link", name="Buka catatan").tap()
    expect(page.locator("main dd", has_text="Saung Tani Sukamaju")).to_be_visible()

    # Logging out takes the officer's pages off the phone.
    page.get_by_role("button", name="Keluar").tap()
    expect(page.get_by_label("Nama pengguna")).to_be_visible()
    kept = page.evaluate(KEPT_PAGES)
    assert not [path for path in kept if path.startswith("/id/desa/")]


def test_request_made_offline_arrives_once(server, phone):
    context, page = phone
    offline_in_the_field(server, context, page, "sari-request")
    page.get_by_role("link", name="Minta layanan paspor keliling").tap()
    fill_request(page, "Gedung Serbaguna Sukamaju", days_ahead=21)
    page.get_by_role("button", name="Kirim ke kantor").tap()
    expect(page.locator("#outbox")).to_contain_text("Menunggu dikirim")
    count = (
        "from village_programs.models import OutreachRequest as R;"
        "print(R.objects.filter(place_name='Gedung Serbaguna Sukamaju').count())"
    )
    assert on_server(server, count) == 0

    context.set_offline(False)
    expect(page.locator("#outbox")).to_contain_text("Terkirim ke kantor", timeout=20000)
    assert on_server(server, count) == 1
    page.reload()
    page.get_by_role("link", name="Buka catatan").tap()
    expect(page.get_by_text("Gedung Serbaguna Sukamaju").first).to_be_visible()
    assert on_server(server, count) == 1


def test_upload_cut_midway_gives_one_session(server, browser, tmp_path):
    """The session reaches the server but the answer is lost on the way back: the
    phone keeps the record and sends it again; the server knows it by its token."""
    # Request interception does not see requests a service worker handles; this test is about the page.
    context = browser.new_context(**PHONE, service_workers="block")
    page = context.new_page()
    page.set_default_timeout(15000)
    try:
        make_officer(server, "sari-cut")
        log_in(page, server, "sari-cut")
        page.get_by_role("link", name="Catat sesi").first.tap()
        fill_session(page, "Pos Ronda Sukamaju", big_photo(tmp_path))
        cut = []

        def cut_twice(route):
            if route.request.method != "POST" or len(cut) == 2:
                route.continue_()
            elif not cut:
                cut.append("upload")  # the line drops before the upload arrives
                route.abort("connectionreset")
            else:
                cut.append(route.fetch())  # the server saves the session...
                route.abort("connectionreset")  # ...and the phone never hears back

        page.route(re.compile(r"/desa/sesi/baru/"), cut_twice)
        page.get_by_role("button", name="Kirim untuk diperiksa").tap()
        expect(page.locator("#outbox")).to_contain_text("Pos Ronda Sukamaju")
        assert cut == ["upload"] and sessions_at(server, "Pos Ronda Sukamaju") == [0]
        page.get_by_role("button", name="Kirim sekarang").tap()
        expect(page.locator("#outbox")).to_contain_text("Kantor belum dapat dihubungi")
        assert len(cut) == 2 and sessions_at(server, "Pos Ronda Sukamaju")[-1] == 1
        page.unroute(re.compile(r"/desa/sesi/baru/"))
        page.get_by_role("button", name="Kirim sekarang").tap()
        expect(page.locator("#outbox")).to_contain_text("Terkirim ke kantor", timeout=20000)
        assert sessions_at(server, "Pos Ronda Sukamaju") == [[1600, 1200], 1]
    finally:
        context.close()


def test_a_request_the_office_refuses_stays_on_the_phone_with_its_reason_until_corrected(server, phone):
    """Offline, the officer picks a Sunday; the office visits on weekdays only. When the
    signal returns the server refuses it: the record stays on the phone with the office's
    reason, also after a reload, opens again with what was typed, and goes once corrected."""
    context, page = phone
    offline_in_the_field(server, context, page, "sari-refused")
    page.get_by_role("link", name="Minta layanan paspor keliling").tap()
    fill_request(page, "Aula Kantor Desa Refused", days_ahead=21)
    sunday = datetime.date.today() + datetime.timedelta(days=21)
    sunday += datetime.timedelta(days=6 - sunday.weekday())
    page.get_by_label("Tanggal pilihan").fill(sunday.isoformat())
    page.get_by_role("button", name="Kirim ke kantor").tap()
    expect(page.locator("#outbox")).to_contain_text("Menunggu dikirim")

    context.set_offline(False)
    record = page.locator("#outbox li").filter(has_text=sunday.strftime("%Y"))
    expect(record).to_contain_text("Belum diterima. Mohon perbaiki:", timeout=20000)
    expect(record).to_contain_text("Kantor mengunjungi desa hanya pada hari-hari ini")
    page.reload()
    expect(record).to_contain_text("Kantor mengunjungi desa hanya pada hari-hari ini")
    count = (
        "from village_programs.models import OutreachRequest as R;"
        "print(R.objects.filter(place_name='Aula Kantor Desa Refused').count())"
    )
    assert on_server(server, count) == 0
    folder = ARTIFACTS / "offline-refused"
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / "refused-360.png"), full_page=True)

    record.get_by_role("link", name="Buka untuk diperbaiki").tap()
    expect(page.get_by_label("Tempat")).to_have_value("Aula Kantor Desa Refused")
    monday = sunday + datetime.timedelta(days=1)
    page.get_by_label("Tanggal pilihan").fill(monday.isoformat())
    page.get_by_role("button", name="Kirim ke kantor").tap()
    expect(page.get_by_text("Aula Kantor Desa Refused").first).to_be_visible()
    assert on_server(server, count) == 1
