"""Issue #33: an editor who translated a page hands it to the reviewers from
wagtail-localize's translation editor, told what happens, and the page enters review."""

import pytest
from playwright.sync_api import expect

from tests import world

pytestmark = pytest.mark.browser

PASSWORD = "penerjemah-kantor-2026"


def test_an_editor_sends_a_translation_to_review(server, page_and_steps):
    page, step = page_and_steps
    english_page = server.manage(
        "shell",
        "-c",
        "from django.contrib.auth.models import Group, User; from wagtail.models import Page;"
        f"u = User.objects.create_user('penerjemah', password='{PASSWORD}');"
        "u.groups.add(Group.objects.get(name='Editors'));"
        f"print(Page.objects.get(url_path__endswith='/{world.slug('new_passport', 'en')}/').pk)",
    ).split()[-1]
    page.goto(server.url + "/admin/login/")
    page.fill("#id_username", "penerjemah")
    page.fill("#id_password", PASSWORD)
    page.locator("button[type=submit]").click()
    page.wait_for_url(server.url + "/admin/")

    page.goto(f"{server.url}/admin/pages/{english_page}/edit/")
    expect(page.locator(".js-translation-editor")).not_to_be_empty()
    note = page.locator(".messages")
    expect(note).to_contain_text("kirim untuk ditinjau")
    step("translation-editor")
    note.get_by_role("link", name="Kirim untuk ditinjau").click()
    expect(page.locator("h1")).to_contain_text("Kirim untuk ditinjau")
    step("confirm")
    page.get_by_role("button", name="Kirim untuk ditinjau").click()
    expect(page.locator(".messages")).to_contain_text("telah dikirim untuk ditinjau")
    expect(page.locator(".messages")).to_contain_text("sedang menunggu ditinjau")
    step("in-review")
    state = (
        server.manage(
            "shell",
            "-c",
            "from wagtail.models import Page;"
            f"p = Page.objects.get(pk={english_page});"
            "print(p.workflow_in_progress, p.current_workflow_state.workflow.name)",
        )
        .strip()
        .splitlines()[-1]
    )
    assert state == "True Persetujuan peninjau"
