"""A superuser's first login with a second step, and the next one, in Chromium:
set up an authenticator from the page, then give its code at each login."""

import base64
import re

import pytest
from django_otp.oath import totp

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
