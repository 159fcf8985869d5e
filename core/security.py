"""Small security helpers shared by the officer and admin logins."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from ipware import get_client_ip

USERNAME_MAX_LENGTH = get_user_model()._meta.get_field("username").max_length


def axes_username(request, credentials):
    """The username django-axes records for a failed login, cut to what a real
    username can be: a hostile 5,000-character name must not break the log."""
    if credentials:
        username = credentials.get("username")
    else:
        username = getattr(request, "data", request.POST).get("username")
    return None if username is None else str(username)[:USERNAME_MAX_LENGTH]


def client_ip(request):
    """The reader's address, for every rate limit and for login lock-outs.

    Behind the documented nginx (TRUSTED_PROXIES=1) the connecting address is
    always 127.0.0.1, so the reader's is the last one in X-Forwarded-For: the
    one nginx appended. Addresses a client writes into the header itself come
    before it and are never believed."""
    if settings.TRUSTED_PROXIES:
        address, _routable = get_client_ip(
            request,
            proxy_order="left-most",
            # ipware counts the proxies between the client and the last one, which REMOTE_ADDR shows.
            proxy_count=settings.TRUSTED_PROXIES - 1,
            request_header_order=["HTTP_X_FORWARDED_FOR"],
            strict=False,
        )
        if address:
            return address
    return request.META.get("REMOTE_ADDR", "")


def same_origin(request):
    """True when a POST comes from a page of this site, by the Origin header
    browsers send with every form (or the Referer, where an old browser sends
    no Origin). For forms on cached pages, which cannot carry a CSRF token."""
    origin = request.headers.get("Origin")
    if origin is None:
        referer = request.headers.get("Referer")
        if not referer:
            return False
        parts = urlsplit(referer)
        origin = f"{parts.scheme}://{parts.netloc}"
    return origin == f"{request.scheme}://{request.get_host()}" or origin in settings.CSRF_TRUSTED_ORIGINS


class PasswordNotNameValidator:
    """Refuses a password that contains the person's user name or any part of their
    name ("SitiAminah2026" for Siti Aminah): Django's similarity check compares the
    whole password with each name and lets such passwords through."""

    def validate(self, password, user=None):
        if user is None:
            return
        folded = "".join(password.lower().split())
        names = [user.username, user.first_name, user.last_name, user.get_full_name()]
        parts = {"".join(name.lower().split()) for name in names if name}
        parts |= {word for name in names if name for word in name.lower().replace(".", " ").split()}
        if any(len(part) >= 3 and part in folded for part in parts):
            raise ValidationError(_("The password must not contain your name or user name."), code="password_has_name")

    def get_help_text(self):
        return _("Your password must not contain your name or user name.")


class VariedPasswordValidator:
    """Refuses passwords of few different characters ("aaaaaaaaaaaa", "abababababab"),
    which pass the length and common-password checks but are guessed first."""

    DISTINCT = 6

    def validate(self, password, user=None):
        if len(set(password.lower())) < self.DISTINCT:
            raise ValidationError(
                _("The password needs at least %(count)s different characters.") % {"count": self.DISTINCT},
                code="password_too_repetitive",
            )

    def get_help_text(self):
        return _("Your password must have at least %(count)s different characters.") % {"count": self.DISTINCT}
