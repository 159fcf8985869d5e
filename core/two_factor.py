"""A second factor for the office's staff in the admin: a time-based code from
an authenticator app (TOTP, django-otp).

Who must use it is a setting (STAFF_TWO_FACTOR) naming what a user can do, never a
group's name (office teams are "Reviewers: <office>", and a renamed group must not
drop the second step): "superusers"; "reviewers", anyone who can publish a page or a
reviewed snippet or approve in a workflow; "personal-data", anyone who can read
villages' sessions, requests or officers; "staff", everyone in the admin. Production
requires all but "staff". Anyone else may set it up; once set up, it is asked for at
every login."""

import base64
import re
from io import BytesIO
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django_otp import devices_for_user, user_has_device
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

# What a signed-in but not yet verified user may open: these pages, and the
# admin's icons and translations that every admin page (these too) loads.
OPEN_URL_NAMES = [
    "two_factor_setup",
    "two_factor_verify",
    "wagtailadmin_logout",
    "wagtailadmin_login",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
]


BACKUP_CODES = 10


class TokenForm(forms.Form):
    token = forms.CharField(
        label=_("Code from your authenticator app"),
        min_length=6,
        max_length=12,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True}),
    )

    def clean_token(self):
        # Six digits from the app, or an eight-character backup code (letters and digits).
        token = "".join(self.cleaned_data["token"].split()).lower()
        if not token.isascii() or not token.isalnum():
            raise forms.ValidationError(_("The code is made of digits, or of letters and digits for a backup code."))
        return token


def new_backup_codes(user):
    """Ten fresh backup codes for `user`, replacing any earlier ones; shown once."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name="backup codes", confirmed=True)
    codes = [StaticToken.random_token() for _n in range(BACKUP_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def staff_view(view):
    """Marks a view outside /admin/ that shows staff what they need the second step
    for (an officer's photo); StaffTwoFactorMiddleware guards it as it guards the admin."""
    view.needs_second_factor = True
    return view


def personal_data_permissions():
    """What reading villagers' records takes, as each app declares it (`personal_data`
    on its AppConfig), so this ground floor names no feature app."""
    from django.apps import apps

    return {perm for config in apps.get_app_configs() for perm in getattr(config, "personal_data", ())}


def publishes_or_reviews(user):
    """Whether `user` can put words on the public site: publish a page, publish a
    reviewed snippet, or approve a draft in a workflow task."""
    from wagtail.models import GroupApprovalTask, GroupPagePermission

    if any(perm.partition(".")[2].startswith("publish_") for perm in user.get_all_permissions()):
        return True
    if GroupPagePermission.objects.filter(group__user=user, permission__codename="publish_page").exists():
        return True
    return GroupApprovalTask.objects.filter(active=True, groups__user=user).exists()


def required_for(user):
    asked = settings.STAFF_TWO_FACTOR
    if "staff" in asked or user.is_superuser and "superusers" in asked:
        return True
    if "personal-data" in asked and personal_data_permissions() & user.get_all_permissions():
        return True
    return "reviewers" in asked and publishes_or_reviews(user)


def _next_url(request, fallback="wagtailadmin_home"):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return reverse(fallback)


def setup(request):
    """Add an authenticator app: scan the code (or type the key), then confirm with one code."""
    if user_has_device(request.user) and not request.user.is_verified():
        return redirect("two_factor_verify")
    if TOTPDevice.objects.filter(user=request.user, confirmed=True).exists():
        return redirect(_next_url(request))  # one authenticator; a reset (docs/security.md) starts again
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=request.user, name="authenticator", confirmed=False)
    form = TokenForm(request.POST or None)
    if form.is_valid():
        if device.verify_token(form.cleaned_data["token"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            context = {"codes": new_backup_codes(request.user), "next": _next_url(request)}
            return render(request, "home/two_factor_backup_codes.html", context)
        form.add_error("token", _("This code is not right. Check the time on your phone and try the newest code."))
    # Imported here: only setting up a device draws a QR code.
    import qrcode
    import qrcode.image.svg

    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    svg = BytesIO()
    image.save(svg)
    context = {
        "form": form,
        # Made here from the device's own URL; inline in HTML, without the XML declaration.
        "qr_code": mark_safe(re.sub(r"^<\?xml[^>]*\?>\s*", "", svg.getvalue().decode())),
        "key": base64.b32encode(device.bin_key).decode(),
        "required": required_for(request.user),
    }
    return render(request, "home/two_factor_setup.html", context)


def verify(request):
    """The code asked at each login of a user who has an authenticator."""
    if request.user.is_verified():
        return redirect(_next_url(request))
    form = TokenForm(request.POST or None)
    if form.is_valid():
        token = form.cleaned_data["token"]
        # Six digits are the app's code, anything else a backup code: each goes only to its own
        # kind of device, so a mistyped backup code does not make the authenticator wait.
        from_app = len(token) == 6 and token.isdigit()
        for device in devices_for_user(request.user):
            if isinstance(device, StaticDevice) == from_app:
                continue
            # Each device counts wrong codes and makes the next try wait longer.
            if device.verify_is_allowed()[0] and device.verify_token(token):
                otp_login(request, device)
                return redirect(_next_url(request))
        form.add_error("token", _("This code is not right, or too many wrong codes were tried. Wait and try again."))
    return render(request, "home/two_factor_verify.html", {"form": form, "next": _next_url(request)})


class StaffTwoFactorMiddleware:
    """In the admin and in the staff views outside it (marked with @staff_view), a user
    with an authenticator must give a code after the password, and a user who must have
    one is sent to set it up first."""

    def __init__(self, get_response):
        self.get_response = get_response
        self._open = None

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        # Which view first: public pages never need the user loaded.
        guarded = request.path_info.startswith("/admin/") or getattr(view_func, "needs_second_factor", False)
        user = getattr(request, "user", None) if guarded else None
        if user is None or not user.is_authenticated or user.is_verified():
            return None
        if self._open is None:
            self._open = {reverse(name) for name in OPEN_URL_NAMES}
        if request.path_info in self._open:
            return None
        query = "?" + urlencode({"next": request.get_full_path()}) if request.method == "GET" else ""
        if user_has_device(user):
            return redirect(reverse("two_factor_verify") + query)
        if required_for(user):
            return redirect(reverse("two_factor_setup") + query)
        return None
