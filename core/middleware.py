import copy
import time

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.contrib.auth import logout
from django.middleware.http import ConditionalGetMiddleware as DjangoConditionalGetMiddleware
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation

from . import ratelimit


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, except that
    - the admin speaks the office's language (LANGUAGE_CODE) to whoever has not
      chosen another in their account, whatever their browser asks for; Wagtail
      then applies the user's choice;
    - machine endpoints under /api/ keep their answers: Django would turn their
      404s into redirects to /id/api/..., because Wagtail's catch-all page URL
      makes every prefixed path look valid."""

    def process_request(self, request):
        if request.path_info.startswith(settings.CSP_ADMIN_PREFIXES):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
            return
        super().process_request(request)

    def process_response(self, request, response):
        if request.path_info.startswith("/api/"):
            return response
        return super().process_response(request, response)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's own policy: Wagtail's admin
    needs inline styles and scripts, the public site needs neither."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and request.path_info.startswith(settings.CSP_ADMIN_PREFIXES):
            parts.config = settings.CSP_ADMIN_DIRECTIVES
        return parts


class PermissionsPolicyMiddleware:
    """No page of the site needs the camera, the microphone or the reader's location."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class ConditionalGetMiddleware(DjangoConditionalGetMiddleware):
    """Django's, keeping the CORS headers on a 304 it makes from a 200: without
    Access-Control-Allow-Origin on it a browser app's conditional request fails
    (the Fetch standard checks CORS on every answer, 304 included)."""

    def process_response(self, request, response):
        if request.method == "HEAD" and not response.streaming and response.content:
            # Django leaves HEAD alone, as if its body were always empty; here a HEAD is
            # rendered in full and only the server drops the body, so it gets what the
            # GET would get: the ETag and, when it matches, the 304.
            as_get = copy.copy(request)
            as_get.method = "GET"
            conditional = super().process_response(as_get, response)
        else:
            conditional = super().process_response(request, response)
        if conditional is not response and conditional.status_code == 304:
            for header, value in response.items():
                if header.lower().startswith("access-control-"):
                    conditional[header] = value
        return conditional


class RetryAfterMiddleware:
    """Every 429 says when to try again (RFC 6585): the view's own Retry-After where
    it knows the window, otherwise a minute, the shortest window any limit uses."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 429:
            response.setdefault("Retry-After", "60")
        return response


class SessionTimeoutMiddleware:
    """Signed-in sessions end after SESSION_IDLE_MINUTES without a request and
    SESSION_MAX_HOURS after the login, whatever happens (OWASP ASVS 3.3.2, level 2).
    The next request then meets the login page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = int(time.time())
            session = request.session
            logged_in_at = session.setdefault("logged_in_at", now)
            seen_at = session.get("seen_at", now)
            idle = now - seen_at > settings.SESSION_IDLE_MINUTES * 60
            too_old = now - logged_in_at > settings.SESSION_MAX_HOURS * 3600
            if idle or too_old:
                logout(request)
            elif now - seen_at >= 60 or "seen_at" not in session:
                session["seen_at"] = now  # once a minute at most: a session write per request is wasted work
        return self.get_response(request)


class LoginThrottleMiddleware:
    """Limits that django-axes' per-account lock-out does not cover: many user
    names tried from one address (password spraying), and password-reset mails
    sent to one address or from one client. Answers 429 with the reason."""

    def __init__(self, get_response):
        self.get_response = get_response
        self._paths = None

    def paths(self):
        if self._paths is None:
            logins, resets = set(), set()
            for code, _name in settings.LANGUAGES:
                with translation.override(code):
                    logins.update(reverse(name) for name in settings.THROTTLED_LOGIN_URL_NAMES)
                    resets.update(reverse(name) for name in settings.THROTTLED_RESET_URL_NAMES)
            self._paths = logins, resets
        return self._paths

    def __call__(self, request):
        if request.method == "POST":
            logins, resets = self.paths()
            if request.path_info in logins:
                limit, _seconds = settings.LOGIN_FAILURES_PER_CLIENT
                if ratelimit.used(request, "login-failures") >= limit:
                    return self.refuse(request)
            elif request.path_info in resets:
                limit, seconds = settings.PASSWORD_RESET_RATE_LIMIT
                email = request.POST.get("email", "").strip().lower()
                if not ratelimit.allow(request, "password-reset", limit, seconds) or not ratelimit.allow(
                    request, "password-reset-email", limit, seconds, subject=email
                ):
                    return self.refuse(request)
        return self.get_response(request)

    def refuse(self, request):
        response = render(request, "too_many_attempts.html", status=429)
        response["Retry-After"] = str(settings.LOGIN_FAILURES_PER_CLIENT[1])
        return response


def count_login_failure(sender, credentials, request=None, **kwargs):
    """Every wrong password counts against the client's address, whichever account it tried."""
    if request is not None:
        ratelimit.allow(request, "login-failures", *settings.LOGIN_FAILURES_PER_CLIENT)


def note_login_time(sender, request, user, **kwargs):
    request.session["logged_in_at"] = request.session["seen_at"] = int(time.time())
