"""The village officer area: plain Django views under /id/desa/ and /en/village/,
outside the Wagtail admin. An officer sees and changes only the data of their
own villages; everything else answers 404."""

import hashlib
import json
import uuid
from functools import wraps

from django.contrib import messages
from django.contrib.auth import logout as auth_logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.templatetags.static import static
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control, never_cache

from core import page_cache
from core.locales import active_locale, site_home
from core.two_factor import staff_view
from education.models import EducationModulePage
from home import office_teams
from home.finder import site_address, site_of
from home.models import Office, site_office
from home.templatetags.site_tags import home_office

from . import audit, history, my_data, notices, outreach, sessions
from .forms import NoticeSettingsForm, OutreachRequestForm, TrainingSessionForm
from .models import Notice, OutreachRequest, SessionPhoto, TrainingSession, VillageOfficer

LOGIN_URL = reverse_lazy("village:login")


def elsewhere(request, officer):
    """None when this site's office serves the officer's villages (or the officer has none
    yet); otherwise the page that sends them to the site that does. An office's site shows
    only its own office's name and facts, so another office's officer is not served here."""
    here = site_office(request)
    # Remembered until a village or the officer's list of villages changes (core/page_cache.py).
    theirs = page_cache.remembered(
        f"officer-offices:{officer.pk}",
        lambda: set(officer.villages.values_list("office__translation_key", flat=True)),
        private=True,
    )
    if here is None or not theirs or here.translation_key in theirs:
        return None
    office = Office.objects.filter(translation_key__in=theirs).first().localized
    site = site_of(office)
    login = site_address(request, site, reverse("village:login")) if site else None
    context = {"their_office": office, "login": login}
    return render(request, "village_programs/other_office.html", context, status=403)


def officer_required(view):
    """Logged in, an officer, and past the first-login password change. The
    answers hold personal data: no browser or proxy may keep a copy."""

    @never_cache
    @login_required(login_url=LOGIN_URL)
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            officer = request.user.village_officer
        except VillageOfficer.DoesNotExist:
            raise Http404(_("This area is for village officers.")) from None
        wrong_site = elsewhere(request, officer)
        if wrong_site is not None:
            # Signed in here before their villages moved to another office.
            auth_logout(request)
            return wrong_site
        if officer.must_change_password:
            return redirect("village:password_change")
        if officer.language != request.LANGUAGE_CODE:
            # E-mails speak the language the officer last used here.
            officer.language = request.LANGUAGE_CODE
            officer.save(update_fields=["language"])
        request.officer = officer
        return view(request, *args, **kwargs)

    return wrapper


def with_a_village(view):
    """Creating a record needs a village to attach it to."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.officer.villages.exists():
            messages.error(request, _("No village is assigned to your account yet. Please contact the office."))
            return redirect("village:dashboard")
        return view(request, *args, **kwargs)

    return wrapper


class LoginView(auth_views.LoginView):
    template_name = "village_programs/login.html"
    redirect_authenticated_user = True

    def get_default_redirect_url(self):
        return reverse("village:dashboard")

    def form_valid(self, form):
        officer = getattr(form.get_user(), "village_officer", None)
        wrong_site = elsewhere(self.request, officer) if officer is not None else None
        return wrong_site or super().form_valid(form)


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "village_programs/password_change.html"
    success_url = reverse_lazy("village:dashboard")

    def dispatch(self, request, *args, **kwargs):
        if not hasattr(request.user, "village_officer"):
            return redirect(f"{LOGIN_URL}?next={request.path}")
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        response = super().form_valid(form)
        officer = self.request.user.village_officer
        officer.must_change_password = False
        officer.save(update_fields=["must_change_password"])
        messages.success(self.request, _("Your new password is saved."))
        return response


# What the dashboard's lists show of a session and of a request.
SESSION_LIST_FIELDS = ("date", "status", "women", "men", "village", "village__name")
REQUEST_LIST_FIELDS = ("state", "expected_applicants", "village", "village__name")


def officer_sessions(officer):
    return TrainingSession.objects.filter(village__in=officer.villages.all()).select_related("village")


@officer_required
def dashboard(request):
    officer = request.officer
    # The modules as this office's site shows them (its copies of the national ones and
    # its own), so every link and handout opens on the site the officer is using.
    home = site_home(request)
    modules = (
        EducationModulePage.objects.live()
        .descendant_of(home)
        .filter(locale=active_locale())
        .order_by("code")
        .prefetch_related("handouts__document")
        if home
        else EducationModulePage.objects.none()
    )

    def lists():
        # Only the fields the lists show: no contact details or notes go into the cache.
        return {
            "villages": list(officer.villages.order_by("name")),
            "sessions": list(officer_sessions(officer).only(*SESSION_LIST_FIELDS)[:10]),
            "requests": list(officer_requests(officer).only(*REQUEST_LIST_FIELDS)[:10]),
        }

    context = {
        "officer": officer,
        "unread_notices": Notice.objects.filter(user=request.user, read_at__isnull=True).count(),
        # The page is personal and never cached whole, but its lists change only when
        # one of our rows is saved (core/page_cache.py, `private`).
        **page_cache.remembered(f"officer-dashboard:{officer.pk}", lists, private=True),
        "modules": modules,
        "modules_site": home.pk if home else None,
    }
    return render(request, "village_programs/dashboard.html", context)


def save_once(model, record, instance, save, user):
    """Run `save` in one transaction unless a form carrying `record`'s token was saved
    before by `user` (a double tap, a resend on a slow line). Returns the object and
    whether it was that earlier one. A token another account's record holds (copied
    from its form) is replaced by a fresh one: this record is saved as its own, and
    theirs is neither taken for it nor silenced by it."""
    others = model.objects.exclude(pk=instance.pk if instance else None)
    earlier = others.filter(form_token=record.form_token).first()
    if earlier is not None:
        if earlier.created_by_id == user.pk:
            return earlier, True
        record.form_token = uuid.uuid4()
    try:
        with transaction.atomic():
            return save(), False
    except IntegrityError:
        earlier = others.filter(form_token=record.form_token, created_by=user).first()
        if earlier is None:
            raise
        return earlier, True


def from_outbox(request):
    """A record the phone kept while offline and sends now (static/js/officer.js):
    it asks for JSON, so that it can tell saved, refused and conflicting apart."""
    return "application/json" in request.headers.get("Accept", "")


def outbox_answer(status, *, url="", message="", errors=None, code=200):
    return JsonResponse({"status": status, "url": url, "message": message, "errors": errors or []}, status=code)


def officer_form(request, form_class, instance, *, save, template, detail, context_name, messages_for, initial=None):
    """What every officer form does: bound to the POST, saved once in one
    transaction whatever the network does (`save_once`, keyed by the form's
    token), then back to the record's own page; or a fresh form with a new
    token. `save(form, submitting)` does the record's own work; `detail` names
    the URL of the record's page. A record sent from the phone's outbox gets
    the same answer as JSON."""
    submitting = request.POST.get("action") == "submit"
    outbox = from_outbox(request)
    if request.method == "POST":
        form = form_class(
            request.POST, request.FILES, instance=instance, officer=request.officer, submitting=submitting
        )
        # The phone still holds the photo: nothing to keep for a second try.
        form.keep_photos = not outbox
        if form.is_valid():
            form.instance.form_token = form.cleaned_data["form_token"]
            saved, duplicate = save_once(
                form_class._meta.model, form.instance, instance, lambda: save(form, submitting), request.user
            )
            if outbox:
                return outbox_answer("duplicate" if duplicate else "saved", url=reverse(detail, args=[saved.pk]))
            submitted, drafted, again = messages_for
            if duplicate:
                messages.info(request, again)
            else:
                messages.success(request, submitted if submitting else drafted)
            return redirect(detail, pk=saved.pk)
        if outbox:
            errors = [
                {"field": str(form[name].label) if name in form.fields else "", "messages": list(field_errors)}
                for name, field_errors in form.errors.items()
            ]
            if form.has_error("__all__", "conflict"):
                url = reverse(detail, args=[instance.pk])
                return outbox_answer("conflict", url=url, message=form.non_field_errors()[0], errors=errors, code=409)
            return outbox_answer("invalid", errors=errors, code=422)
    else:
        # A new token for each form shown, edits included: a resend of this very form is then
        # known by its token, and any other change made meanwhile is a conflict (forms.py).
        initial = {**(initial or {}), "form_token": uuid.uuid4()}
        form = form_class(instance=instance, officer=request.officer, initial=initial)
    return render(request, template, {"form": form, context_name: instance})


def not_editable(request, message, detail, pk):
    """The record can no longer be changed by the officer (the office approved it, or it left the draft state)."""
    if from_outbox(request):
        return outbox_answer("conflict", url=reverse(detail, args=[pk]), message=message, code=409)
    messages.info(request, message)
    return redirect(detail, pk=pk)


def _session_form(request, session):
    # Taken before the form is validated: validation writes the new values into the instance.
    before = history.snapshot(session) if session else {}
    initial = {}
    village = request.GET.get("village")
    if session is None and village and request.officer.villages.filter(pk=village).exists():
        initial["village"] = village
    return officer_form(
        request,
        TrainingSessionForm,
        session,
        save=lambda form, submitting: sessions.save(form, request.user, submitting, before),
        template="village_programs/session_form.html",
        detail="village:session_detail",
        context_name="session",
        messages_for=(
            _("The session is submitted for review."),
            _("The session is saved as a draft."),
            _("This session was already saved."),
        ),
        initial=initial,
    )


@officer_required
@with_a_village
def session_create(request):
    return _session_form(request, None)


@officer_required
def session_edit(request, pk):
    session = get_object_or_404(officer_sessions(request.officer), pk=pk)
    if not session.editable_by_officer:
        message = _("The office has approved this session; it can no longer be changed.")
        return not_editable(request, message, "village:session_detail", pk)
    return _session_form(request, session)


@officer_required
def session_detail(request, pk):
    session = get_object_or_404(officer_sessions(request.officer).prefetch_related("modules", "photos"), pk=pk)
    changes = session.changes.select_related("user")
    return render(request, "village_programs/session_detail.html", {"session": session, "changes": changes})


@staff_view
@login_required(login_url=LOGIN_URL)
def session_photo(request, pk, photo_pk):
    officer = getattr(request.user, "village_officer", None)
    if officer is not None and officer.must_change_password:
        # Like every page of the officer area: nothing before the first password change.
        return redirect("village:password_change")
    photo = get_object_or_404(SessionPhoto.objects.select_related("session"), pk=photo_pk, session_id=pk)
    allowed = (officer is not None and officer.villages.filter(pk=photo.session.village_id).exists()) or (
        request.user.has_perm("village_programs.view_trainingsession")
        and office_teams.may_touch(request.user, photo.session.village)
    )
    if not allowed:
        raise Http404
    audit.record(photo.session, "kanim.view_photo", user=request.user, photo=photo.pk)
    response = FileResponse(photo.image.open("rb"))
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def officer_requests(officer):
    return OutreachRequest.objects.filter(village__in=officer.villages.all()).select_related("village")


def _request_form(request, outreach_request):
    def save(form, submitting):
        saved = form.save(commit=False)
        if outreach_request is None:
            saved.created_by = request.user
        saved.save()
        form.save_m2m()
        if outreach_request is None:
            saved.set_state(OutreachRequest.State.DRAFT, by=request.user, source="officer")
        if submitting:
            outreach.submit(saved, request.user)
        return saved

    initial = {}
    if outreach_request is None:
        initial = {"contact_name": request.user.get_full_name(), "contact_phone": request.officer.phone}
    return officer_form(
        request,
        OutreachRequestForm,
        outreach_request,
        save=save,
        template="village_programs/request_form.html",
        detail="village:request_detail",
        context_name="outreach_request",
        messages_for=(
            _("Your request is sent to the office."),
            _("The request is saved as a draft."),
            _("This request was already saved."),
        ),
        initial=initial,
    )


@officer_required
@with_a_village
def request_create(request):
    return _request_form(request, None)


@officer_required
def request_edit(request, pk):
    outreach_request = get_object_or_404(officer_requests(request.officer), pk=pk)
    if outreach_request.state != OutreachRequest.State.DRAFT:
        message = _("A request can be changed only while it is a draft.")
        return not_editable(request, message, "village:request_detail", pk)
    return _request_form(request, outreach_request)


@officer_required
def request_detail(request, pk):
    outreach_request = get_object_or_404(officer_requests(request.officer).prefetch_related("training_sessions"), pk=pk)
    changes = outreach_request.state_changes.select_related("by")
    return render(
        request, "village_programs/request_detail.html", {"outreach_request": outreach_request, "changes": changes}
    )


@officer_required
def request_cancel(request, pk):
    outreach_request = get_object_or_404(officer_requests(request.officer), pk=pk)
    if request.method != "POST":
        # Cancelling cannot be undone: a page that asks first, working without JavaScript.
        if not outreach_request.cancellable:
            return redirect("village:request_detail", pk=pk)
        return render(request, "village_programs/request_cancel.html", {"outreach_request": outreach_request})
    try:
        outreach.cancel(outreach_request, request.user)
    except outreach.UpdateRefused as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(request, _("The request is cancelled."))
    return redirect("village:request_detail", pk=pk)


@officer_required
def my_data_download(request):
    """Everything the site keeps about the officer: a page to read and print,
    and the same as a JSON file to take to another system (UU PDP)."""
    as_json = request.GET.get("format") == "json"
    audit.record(request.officer, "kanim.download_own_data", user=request.user, format="json" if as_json else "page")
    if as_json:
        return my_data.download(request.officer)
    return render(request, "village_programs/my_data.html", my_data.readable(request.officer))


@officer_required
def notice_list(request):
    """What the office told the officer, newest first; opening the list marks it read.
    The officer also chooses here whether notices come by e-mail."""
    officer = request.officer
    form = NoticeSettingsForm(request.POST if request.method == "POST" else None, instance=officer)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your choice is saved."))
        return redirect("village:notices")
    found = list(Notice.objects.filter(user=request.user).select_related("session__village", "request__village")[:50])
    items = [{"notice": notice, "message": notices.message(notice), "url": notices.link(notice)} for notice in found]
    Notice.objects.filter(user=request.user, read_at__isnull=True).update(read_at=timezone.now())
    return render(
        request, "village_programs/notices.html", {"items": items, "form": form, "has_email": bool(request.user.email)}
    )


# The officer area on a phone with no signal (docs/offline.md): a web app manifest, a
# service worker whose scope is this language's officer area, and the page it shows
# for an officer page the phone never saved.
OFFLINE_ASSETS = ("css/site.css", "js/officer.js", "js/suggest.js", "img/favicon.svg")
# Pages the worker never keeps: personal data to download, and the account's own pages.
NEVER_KEPT = ("village:my_data", "village:login", "village:logout", "village:password_change", "village:offline")
# Raise when sw.js changes in a way the asset names do not show.
SERVICE_WORKER_REVISION = 1


def service_worker(request):
    assets = [static(name) for name in OFFLINE_ASSETS]
    pages = [reverse(name) for name in ("village:dashboard", "village:session_create", "village:request_create")]
    # A new worker (and a fresh cache) whenever what it serves changes: hashed asset names in production.
    version = hashlib.sha256(json.dumps([assets, pages, SERVICE_WORKER_REVISION]).encode()).hexdigest()[:12]
    context = {
        "cache": f"kanim-officer-{request.LANGUAGE_CODE}-{version}",
        "cache_prefix": f"kanim-officer-{request.LANGUAGE_CODE}-",
        "scope": reverse("village:dashboard"),
        "pages": json.dumps(pages),
        "assets": json.dumps(assets),
        "offline": reverse("village:offline"),
        "never": json.dumps([reverse(name) for name in NEVER_KEPT]),
    }
    response = render(request, "village_programs/sw.js", context, content_type="text/javascript")
    response["Cache-Control"] = "no-cache"
    return response


@cache_control(max_age=86400)
def manifest(request):
    office = home_office({"request": request})
    scope = reverse("village:dashboard")
    data = {
        "name": f"{_('Village officer area')} · {office.name}" if office else _("Village officer area"),
        "short_name": _("Village officers"),
        "lang": request.LANGUAGE_CODE,
        "start_url": scope,
        "scope": scope,
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#0b3d6b",
        "icons": [{"src": static("img/favicon.svg"), "sizes": "any", "type": "image/svg+xml"}],
    }
    return JsonResponse(data, content_type="application/manifest+json", json_dumps_params={"ensure_ascii": False})


def offline(request):
    return render(request, "village_programs/offline.html")
