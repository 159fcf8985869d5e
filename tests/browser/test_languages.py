import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_reader_switches_from_indonesian_to_english_and_back(server, page_and_steps):
    page, step = page_and_steps
    page.goto(server.url + "/")
    assert page.url == server.url + "/id/"
    assert page.locator("html").get_attribute("lang") == "id"
    assert page.locator("h1").inner_text() == "Beranda Kantor Imigrasi Contoh"
    step("home-id")

    page.get_by_role("navigation", name="Bahasa").get_by_role("link", name="English").click()
    expect(page).to_have_url(server.url + "/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == "Contoh Immigration Office home"
    step("home-en")

    page.get_by_role("navigation", name="Language").get_by_role("link", name="Bahasa Indonesia").click()
    expect(page).to_have_url(server.url + "/id/")


def test_keyboard_user_reaches_main_content_with_the_skip_link(server, page_and_steps):
    page, step = page_and_steps
    page.goto(server.url + "/id/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Langsung ke isi utama")
    assert skip.evaluate("element => element === document.activeElement")
    # The focused skip link is visible on screen, not just present.
    assert skip.bounding_box()["y"] >= 0
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("#main$"))
