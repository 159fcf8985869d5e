"""A superuser's first login with a second step, and the next one, in Chromium:
set up an authenticator from the page, then give its code at each login."""

import base64
import re

import pytest
from django_otp.oath import totp
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PASSWORD = "kepala-kantor-2026-aman"


def authenticator_code(key, steps_ahead=0):
    """What an authenticator app shows for `key` (base32, as the page prints it)."""
    return f"{totp(base64.b32decode(key), drift=steps_ahead):06d}"


def log_in(page, server):
    page.goto(server.url + "/admin/login/")
    page.fill("#id_username", "kepala-kantor")
    page.fill("#id_password", PASSWORD)
    page.locator("button[type=submit]").click()


def test_a_superuser_sets_up_and_uses_a_second_login_step(server, phone_and_steps):
    page, step = phone_and_steps
    server.manage(
        "shell",
        "-c",
        "from django.contrib.auth.models import User;"
        f"User.objects.create_superuser('kepala-kantor', password='{PASSWORD}')",
    )
    log_in(page, server)
    page.wait_for_url(re.compile(r"/admin/2fa/setup/"))
    step("setup")
    assert page.locator(".two-factor-qr svg").first.is_visible()
    key = page.locator("#two-factor-key").first.inner_text().strip()
    page.fill("#id_token", authenticator_code(key))
    page.locator("button[type=submit]").click()
    expect(page.locator("#backup-codes li")).to_have_count(10)  # shown once, to write down
    step("backup-codes")
    page.locator("main a.button").click()
    page.wait_for_url(re.compile(r"/admin/$"))
    step("dashboard")

    page.context.clear_cookies()
    log_in(page, server)
    page.wait_for_url(re.compile(r"/admin/2fa/verify/"))
    step("verify")
    page.goto(server.url + "/admin/pages/")
    assert "/admin/2fa/verify/" in page.url  # nothing of the admin without the code
    page.fill("#id_token", authenticator_code(key, steps_ahead=1))  # a new code: each is accepted once
    page.locator("button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/pages/$"))
    step("in")
    assert page.locator("h1").first.inner_text()


REVIEWER = """
from django.contrib.auth.models import User
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from home.models import OfficeTeam
team = OfficeTeam.objects.filter(group__name__startswith="Reviewers").first().group
user = User.objects.create_user("peninjau-kantor", password={password!r})
user.groups.add(team)
TOTPDevice.objects.create(user=user, name="authenticator", key={key!r}, confirmed=True)
backup = StaticDevice.objects.create(user=user, name="backup codes", confirmed=True)
StaticToken.objects.create(device=backup, token="cadangan")
"""


def test_an_office_team_reviewer_gives_a_code_before_any_staff_view_and_a_backup_code_works_once(
    server, phone_and_steps
):
    page, step = phone_and_steps
    key_hex = "3132333435363738393031323334353637383930"
    server.manage("shell", "-c", REVIEWER.format(password=PASSWORD, key=key_hex))

    def sign_in():
        page.context.clear_cookies()
        page.goto(server.url + "/admin/login/")
        page.fill("#id_username", "peninjau-kantor")
        page.fill("#id_password", PASSWORD)
        page.locator("button[type=submit]").click()
        page.wait_for_url(re.compile(r"/admin/2fa/verify/"))

    sign_in()
    step("asked-for-a-code")
    for guarded in ("/admin/pages/", "/id/desa/sesi/1/foto/1/"):
        page.goto(server.url + guarded)
        assert "/admin/2fa/verify/" in page.url, guarded  # the admin and the staff views wait for the code
    page.fill("#id_token", "cadangan")
    page.locator("button[type=submit]").click()
    page.wait_for_url(re.compile(r"/id/desa/sesi/1/foto/1/|/admin/"))
    assert "/2fa/" not in page.url
    step("in-with-a-backup-code")

    sign_in()
    page.fill("#id_token", "cadangan")  # used already
    page.locator("button[type=submit]").click()
    expect(page.locator(".w-field__errors").first).to_be_visible()
    assert "/admin/2fa/verify/" in page.url
    step("backup-code-used")
    key = base64.b32encode(bytes.fromhex(key_hex)).decode()
    page.fill("#id_token", authenticator_code(key))
    page.locator("button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/"))
    assert "/2fa/" not in page.url
