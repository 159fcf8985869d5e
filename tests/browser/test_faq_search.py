import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests import world

from .test_accessibility import WCAG

pytestmark = pytest.mark.browser


def test_search_box_suggests_page_titles_as_the_reader_types(server, page_and_steps):
    page, step = page_and_steps
    page.goto(server.world_url + "/en/")
    box = page.get_by_label("Search this site")
    box.press_sequentially("lost pass", delay=40)
    options = page.locator("#search-suggestions option")
    expect(options.first).to_be_attached()
    step("suggestions")
    assert "Replacing a lost passport" in [options.nth(i).get_attribute("value") for i in range(options.count())]
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/search/\?q=lost\+pass"))


def test_search_works_without_javascript(server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server.world_url + "/id/")
    page.get_by_label("Cari di situs ini").fill("pasport hilang")
    page.get_by_role("button", name="Cari").click()
    # Among the top three on both databases (tests/packs/test_relevance.py holds the ranking).
    expect(page.locator(".result h2").first).to_be_visible()
    assert "Mengganti paspor yang hilang" in page.locator(".result h2").all_inner_texts()[:3]
    expect(page.locator(".result mark").first).to_be_visible()
    context.close()


def test_keyboard_reader_finds_a_question_and_says_it_helped(server, page_and_steps):
    page, step = page_and_steps
    page.goto(server.world_url + world.path("faq", "en"))
    question = page.locator("#" + world.slug("question", "en"))
    expect(question.locator("h3")).to_have_text("How long does a passport take?")
    question.get_by_role("link", name=re.compile("Was this helpful")).focus()
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("How long does a passport take?")
    page.get_by_label("Yes").focus()
    page.keyboard.press("Space")
    page.get_by_label(re.compile("What was missing")).fill("Clear, thank you")
    page.get_by_role("button", name="Send").focus()
    page.keyboard.press("Enter")
    step("thanks")
    expect(page.get_by_role("status")).to_have_text("Your answer helps us improve this page.")


def test_feedback_errors_are_accessible(server, page_and_steps):
    page, step = page_and_steps
    page.goto(server.world_url + world.path("question"))
    page.get_by_role("button", name="Kirim").click()
    expect(page.locator(".error-summary")).to_contain_text("Pilih ya atau tidak.")
    step("errors")
    assert Axe().run(page, options=WCAG).response["violations"] == []
