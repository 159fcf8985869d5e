"""A reader on a phone, and an editor at a desk, doing what they come to do, on the
tests' own office site (tests/world.py), the served site's default."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_reader_gets_a_printed_checklist_from_the_home_page_in_three_taps(server, phone_and_steps):
    page, step = phone_and_steps
    page.goto(server.url + "/id/")
    step("home")
    page.get_by_role("link", name=re.compile("Susun daftar bawaan saya")).tap()
    step("checklist-form")
    page.get_by_role("button", name="Tampilkan daftar saya").tap()
    step("checklist-result")
    expect(page.locator(".checklist .total")).to_have_text("Rp350.000")
    expect(page.get_by_text("Kartu Keluarga")).to_be_visible()
    page.get_by_role("link", name="Tampilan cetak").tap()
    step("print-view")
    expect(page).to_have_url(re.compile("print=1"))
    assert page.locator("header.site-header").count() == 0
    expect(page.locator(".checklist .total")).to_have_text("Rp350.000")
    # The printed list fits on one A4 page.
    pdf = page.pdf(format="A4")
    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf)) == 1


def test_reader_asks_for_a_lost_passport_checklist_on_a_phone(server, phone_and_steps):
    page, step = phone_and_steps
    page.goto(server.url + "/en/what-to-bring/")
    page.get_by_label("My passport is lost").check()
    step("answers")
    page.get_by_role("button", name="Show my checklist").click()
    step("result")
    expect(page.locator(".checklist .total")).to_have_text("IDR 1,350,000")
    expect(page.get_by_text("Police report of the loss")).to_be_visible()


def test_reader_switches_language_on_a_requirement_page(server, page_and_steps):
    page, step = page_and_steps
    page.goto(server.url + "/id/persyaratan/paspor-yang-hilang/")
    expect(page.locator("h1")).to_have_text("Mengganti paspor yang hilang")
    step("indonesian")
    page.get_by_role("navigation", name="Bahasa").get_by_role("link", name="English").click()
    step("english")
    expect(page).to_have_url(server.url + "/en/requirements/a-lost-passport/")
    expect(page.locator("h1")).to_have_text("Replacing a lost passport")
    assert page.locator("html").get_attribute("lang") == "en"


def test_reader_checks_an_official_and_a_fake_whatsapp_number(server, phone_and_steps):
    page, step = phone_and_steps
    page.goto(server.url + "/id/periksa-kanal/")
    field = page.get_by_label("Nomor telepon atau WhatsApp, tautan, atau nama akun")
    field.fill("0813 9967 9966")
    page.get_by_role("button", name="Periksa").tap()
    step("official")
    expect(page.locator(".check-result h2")).to_have_text("Resmi")
    page.get_by_label("Nomor telepon atau WhatsApp, tautan, atau nama akun").fill("0812-7777-1234")
    page.get_by_role("button", name="Periksa").tap()
    step("unconfirmed")
    # A number not in the registry is not called fake: the reader is told it cannot be confirmed.
    expect(page.locator(".check-result h2")).to_have_text("Kami tidak dapat memastikan kanal ini")
    # The answer's own link (the alert banner above links to the same warning).
    page.locator(".check-result").get_by_role("link", name="Petugas palsu di WhatsApp").tap()
    expect(page.locator("h1")).to_have_text("Petugas palsu di WhatsApp")


def test_editor_changes_a_fee_and_sees_it_on_the_page(server, page_and_steps):
    page, step = page_and_steps
    server.manage(
        "shell",
        "-c",
        "from django.contrib.auth.models import User, Group;"
        "u = User.objects.create_user('reviewer', password='review-the-fees-2026');"
        "u.groups.add(Group.objects.get(name='Reviewers'))",
    )
    page.goto(server.url + "/admin/login/")
    page.fill("#id_username", "reviewer")
    page.fill("#id_password", "review-the-fees-2026")
    page.locator("button[type=submit]").click()
    page.goto(server.url + "/admin/snippets/education/feerate/")
    step("fee-amounts")
    # The 10-year fee: the other journeys here add up the 5-year one, whatever runs first.
    page.get_by_role("link", name="Paspor elektronik 10 tahun", exact=True).click()
    page.fill("#id_amount", "700000")
    step("edited")
    # Reviewers publish straight away; editors would submit it for their review.
    # The admin speaks Indonesian until the user chooses otherwise; Wagtail's own words may be either.
    page.get_by_role("button", name=re.compile("^(More actions|Tindakan lainnya)$")).click()
    page.get_by_role("button", name=re.compile("^(Publish|Publikasi|Publikasikan)$")).click()
    # Wait for the admin's answer to the publish, not just any loaded page: on a busy
    # machine the reader's page was requested before the publish had been saved.
    expect(page.locator(".messages li.success")).to_be_visible(timeout=30_000)
    step("published")
    page.goto(server.url + "/id/tarif/")
    assert "Rp700.000" in page.locator("#fee-contoh-e10").inner_text()
    page.goto(server.url + "/en/requirements/new-adult-passport/")
    assert "IDR 700,000" in page.locator("table.fees").inner_text()


def test_reader_searches_and_opens_a_result(server, phone_and_steps):
    page, step = phone_and_steps
    page.goto(server.url + "/id/")
    page.get_by_label("Cari di situs ini").fill("paspor hilang")
    page.get_by_role("button", name="Cari").tap()
    step("results")
    expect(page).to_have_url(re.compile(r"/id/cari/\?q=paspor\+hilang"))
    page.locator(".results a", has_text="Mengganti paspor yang hilang").first.tap()
    step("result")
    expect(page.locator("h1")).to_have_text("Mengganti paspor yang hilang")


def test_keyboard_only_reader_fills_the_checklist(server, page_and_steps):
    page, step = page_and_steps
    page.goto(server.url + "/en/what-to-bring/")
    # Tab to the first answer and move through the radio group with the arrow keys.
    page.locator("#id_need_0").focus()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert page.locator("#id_need_2").is_checked()
    focused_outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert focused_outline != "none"
    # From the form's last field, Tab reaches the button and Enter sends the answers.
    page.locator("#id_same_day").focus()
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    fees = page.locator(".checklist table.fees tbody")
    expect(fees).to_contain_text("Charge for a lost passport")
    expect(fees).to_contain_text("Electronic passport, 5 years")
