"""An editor's banner in the admin (issue #33): one click on "save draft" makes one
banner, however long the editor pauses over the form first."""

import time

import pytest
from playwright.sync_api import expect

from tests.html import soup

PASSWORD = "spanduk-sekali-simpan-2026"
MESSAGE = "Uji: satu kali simpan, satu spanduk"


def banners_with_message(server):
    script = f"from home.models import AlertBanner; print(AlertBanner.objects.filter(message={MESSAGE!r}).count())"
    return int(server.manage("shell", "-c", script).strip().splitlines()[-1])


@pytest.mark.browser
def test_one_save_makes_one_banner(server, page_and_steps):
    page, step = page_and_steps
    server.manage(
        "shell",
        "-c",
        "from django.contrib.auth.models import User, Group;"
        f"u = User.objects.create_user('banner-editor', password='{PASSWORD}');"
        "u.groups.add(Group.objects.get(name='Reviewers'))",
    )
    posts = []
    page.on("request", lambda request: posts.append(request.url) if request.method == "POST" else None)
    page.goto(server.url + "/admin/login/")
    page.fill("#id_username", "banner-editor")
    page.fill("#id_password", PASSWORD)
    page.locator("button[type=submit]").click()
    page.wait_for_load_state()
    page.goto(server.url + "/admin/snippets/home/alertbanner/add/")
    posts.clear()
    page.fill("#id_message", MESSAGE)
    page.fill("#id_expires_at", "2099-12-31 16:00")
    page.locator("#id_message").click()  # closes the date picker
    # A pause as an editor makes while reading the form again: Wagtail 7.4's autosave
    # posted the form in the background here, then the click posted it a second time.
    time.sleep(2)
    assert not posts, f"the form was sent before the editor saved it: {posts}"
    page.get_by_role("button", name="Simpan konsep").click()
    expect(page.locator(".messages li.success")).to_be_visible(timeout=30_000)
    step("saved")
    assert len([url for url in posts if "/alertbanner/add/" in url]) == 1, posts
    assert banners_with_message(server) == 1


@pytest.mark.django_db
def test_admin_forms_are_saved_only_by_the_editor(admin_client):
    """The mechanism behind the test above: Wagtail's background save is off, so its
    controller is not on the form (WAGTAIL_AUTOSAVE_INTERVAL=500 brings it back)."""
    page = soup(admin_client.get("/admin/snippets/home/alertbanner/add/"))
    controllers = [form["data-controller"].split() for form in page.select("form[data-controller~=w-unsaved]")]
    assert controllers and all("w-autosave" not in names for names in controllers), controllers
