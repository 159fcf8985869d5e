"""Officer forms as a tired officer meets them on a phone: a mistake in the form
does not cost the photo already chosen, and cancelling a request asks first."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ARTIFACTS
from tests.browser.test_offline import (
    PHONE,
    big_photo,
    fill_request,
    fill_session,
    log_in,
    make_officer,
    on_server,
    sessions_at,
)

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("javascript", [True, False], ids=["with-javascript", "without-javascript"])
def test_form_error_keeps_the_photo(server, browser, tmp_path, javascript):
    context = browser.new_context(**PHONE, java_script_enabled=javascript)
    page = context.new_page()
    page.set_default_timeout(15000)
    username = f"sari-error-{'js' if javascript else 'plain'}"
    place = f"Aula Desa Sukamaju ({username})"
    try:
        make_officer(server, username)
        log_in(page, server, username)
        page.get_by_role("link", name="Catat sesi").first.tap()
        # Without JavaScript the photo goes as chosen, and the server makes it smaller.
        fill_session(page, place, big_photo(tmp_path), shrunk=javascript)
        # More residents wanting a passport than people in the room: a mistake.
        page.get_by_label("Warga yang ingin membuat paspor").fill("40")
        page.get_by_role("button", name="Kirim untuk diperiksa").tap()
        expect(page.locator(".error-summary")).to_be_visible()
        expect(page.get_by_text("Foto sudah terlampir")).to_be_visible()
        assert sessions_at(server, place) == [0]

        page.get_by_label("Warga yang ingin membuat paspor").fill("4")
        page.get_by_role("button", name="Kirim untuk diperiksa").tap()
        expect(page.get_by_text("Sesi dikirim untuk diperiksa.")).to_be_visible()
        photos = sessions_at(server, place)
        assert photos[-1] == 1 and len(photos) == 2
        assert max(photos[0]) <= (1600 if javascript else 2000)
    finally:
        context.close()


def test_cancelling_a_request_asks_first(server, browser):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.set_default_timeout(15000)
    try:
        make_officer(server, "sari-cancel")
        log_in(page, server, "sari-cancel")
        page.get_by_role("link", name="Minta layanan paspor keliling").tap()
        fill_request(page, "Lapangan Desa Sukamaju", days_ahead=28)
        page.get_by_role("button", name="Kirim ke kantor").tap()
        expect(page.get_by_text("Permintaan Anda dikirim ke kantor.")).to_be_visible()

        page.get_by_role("link", name="Batalkan permintaan ini").tap()
        expect(page.get_by_role("heading", name="Batalkan permintaan ini?")).to_be_visible()
        state = (
            "from village_programs.models import OutreachRequest as R;"
            "print(json.dumps(R.objects.get(place_name='Lapangan Desa Sukamaju').state))"
        )
        assert on_server(server, state) != "cancelled"
        # Changing one's mind keeps the request.
        page.get_by_role("link", name="Tidak, pertahankan permintaan").tap()
        expect(page).to_have_url(re.compile(r"/id/desa/permintaan/\d+/$"))
        assert on_server(server, state) != "cancelled"

        page.get_by_role("link", name="Batalkan permintaan ini").tap()
        page.get_by_role("button", name="Ya, batalkan permintaan").tap()
        expect(page.get_by_text("Permintaan dibatalkan.")).to_be_visible()
        assert on_server(server, state) == "cancelled"
    finally:
        context.close()


def test_a_village_official_finds_the_officer_area_from_the_english_home_page(server, browser):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.set_default_timeout(15000)
    try:
        page.goto(server.url + "/en/")
        page.locator("footer").get_by_role("link", name="Village programme pages").tap()
        page.get_by_role("link", name="Log in to the officer area").tap()
        expect(page.get_by_role("heading", name="Village officer login")).to_be_visible()
        assert page.url.endswith("/en/village/login/")
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        page.screenshot(path=str(ARTIFACTS / "officer-login-from-en.png"), full_page=True)
    finally:
        context.close()
