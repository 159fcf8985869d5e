import datetime

import django_filters
from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import EditView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from core.db import reporting_db
from core.exports import RequestQuerysetIndexView
from education.models import EducationModulePage
from home import office_teams, review
from home.models import Office
from home.office_teams import OfficeScoped

from . import audit, lockouts, outreach, reports, sessions
from .admin_forms import OutreachHandlingForm, SessionReviewForm, VillageOfficerForm
from .models import OutreachRequest, TrainingSession, Village, VillageOfficer

MODULES = EducationModulePage.taught().filter(locale__language_code="id")


class VillageViewSet(OfficeScoped, ModelViewSet):
    model = Village
    name = "villages"
    url_prefix = "village-programme/villages"
    icon = "site"
    menu_label = _("Villages")
    list_display = ["name", "code", "kecamatan", "kabupaten", "status", "joined_on"]
    list_filter = ["status", "kabupaten"]
    search_fields = ["name", "code", "kecamatan", "kabupaten"]
    form_fields = ["code", "name", "kecamatan", "kabupaten", "province", "office", "status", "joined_on", "editor_note"]
    list_export = ["code", "name", "kecamatan", "kabupaten", "province", "status", "joined_on"]
    export_filename = "villages"
    index_view_class = RequestQuerysetIndexView


class VillageOfficerViewSet(OfficeScoped, ModelViewSet):
    model = VillageOfficer
    office_lookup = "villages__office__translation_key"
    name = "village_officers"
    url_prefix = "village-programme/officers"
    icon = "user"
    menu_label = _("Village officers")
    list_display = ["__str__", "position", "must_change_password"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]
    edit_handler = ObjectList(
        [
            FieldPanel("username"),
            FieldPanel("full_name"),
            FieldPanel("email"),
            FieldPanel("position"),
            FieldPanel("phone"),
            FieldPanel("villages", widget=forms.CheckboxSelectMultiple),
            FieldPanel("temporary_password"),
        ],
        base_form_class=VillageOfficerForm,
    )

    def get_queryset(self, request):
        return super().get_queryset(request).distinct()


class SessionFilterSet(WagtailFilterSet):
    # The choices, like the list, are the user's office's only (home.office_teams).
    village = django_filters.ModelChoiceFilter(
        queryset=lambda request: office_teams.limit(request.user, Village.objects.all(), "office__translation_key"),
        label=_("Village"),
    )
    office = django_filters.ModelChoiceFilter(
        field_name="village__office__translation_key",
        to_field_name="translation_key",
        queryset=lambda request: office_teams.limit(
            request.user, Office.objects.filter(locale__language_code="id"), "translation_key"
        ),
        label=_("Office"),
    )
    date = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)
    modules = django_filters.ModelChoiceFilter(
        field_name="modules",
        queryset=MODULES,
        label=_("Module"),
    )
    status = django_filters.ChoiceFilter(choices=TrainingSession.Status.choices, label=_("Status"))

    class Meta:
        model = TrainingSession
        fields = []


class ReviewView(EditView):
    """The office's review of a session: approve it, or send it back with a comment."""

    template_name = "village_programs/admin/review.html"
    success_message = _("Review of '%(object)s' saved.")

    def save_instance(self):
        comment = self.form.cleaned_data["review_comment"]
        if self.form.cleaned_data["status"] == TrainingSession.Status.APPROVED:
            return sessions.approve(self.object, self.request.user, comment)
        return sessions.send_back(self.object, self.request.user, comment)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["session"] = self.object
        context["changes"] = self.object.changes.select_related("user")
        return context


class SessionIndexView(RequestQuerysetIndexView):
    def as_spreadsheet(self, queryset, spreadsheet_format):
        # An export carries facilitators' names: record who took one, and of how many sessions.
        audit.record(self.request.user, "kanim.export", user=self.request.user, sessions=queryset.count())
        return super().as_spreadsheet(queryset, spreadsheet_format)


class TrainingSessionViewSet(OfficeScoped, ModelViewSet):
    model = TrainingSession
    office_lookup = "village__office__translation_key"
    name = "training_sessions"
    url_prefix = "village-programme/sessions"
    icon = "group"
    menu_label = _("Training sessions")
    add_to_admin_menu = False
    list_display = [
        "__str__",
        Column("village", label=_("Village"), accessor="village.name"),
        "date",
        "women",
        "men",
        "want_passport",
        "status",
        "example",
    ]
    filterset_class = SessionFilterSet
    list_export = [
        "village.code",
        "village.name",
        "date",
        "start_time",
        "place",
        "module_titles",
        "facilitators",
        "women",
        "men",
        "want_passport",
        "get_status_display",
        "submitted_at",
        "reviewed_at",
    ]
    export_headings = {
        "village.code": _("Village code"),
        "village.name": _("Village"),
        "module_titles": _("Modules"),
        "get_status_display": _("Status"),
    }
    export_filename = "training-sessions"
    ordering = ["-date"]
    inspect_view_enabled = True
    index_view_class = SessionIndexView
    edit_view_class = ReviewView

    def get_form_class(self, for_update=False):
        return SessionReviewForm

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("village").prefetch_related("modules")


class HandleRequestView(EditView):
    """The office queue: schedule, decline or complete a request, or retry its delivery."""

    template_name = "village_programs/admin/handle_request.html"
    success_message = _("Request '%(object)s' updated.")

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except outreach.UpdateRefused as refusal:
            form.add_error(None, str(refusal))
            return self.form_invalid(form)

    def save_instance(self):
        data = self.form.cleaned_data
        request = self.object
        user = self.request.user
        source = outreach.Source.OFFICE
        if data["action"] == "retry":
            return outreach.retry_delivery(request, user)
        if settings.BOOKING_API_URL:
            raise outreach.UpdateRefused(
                _("The booking system decides this request; only a failed delivery can be retried here.")
            )
        if data["action"] == "schedule":
            when = timezone.make_aware(datetime.datetime.combine(data["visit_date"], data["visit_time"]))
            outreach.apply_booking_update(
                request.request_id,
                "scheduled",
                scheduled_for=when,
                place=data["scheduled_place"],
                quota=data.get("quota"),
                by=user,
                source=source,
            )
        elif data["action"] == "decline":
            outreach.apply_booking_update(
                request.request_id, "declined", reason=data["decline_reason"], by=user, source=source
            )
        else:
            outreach.apply_booking_update(request.request_id, "completed", by=user, source=source)
        request.refresh_from_db()
        return request

    def get_success_message(self):
        message = super().get_success_message()
        scheduled = self.form.cleaned_data.get("action") == "schedule"
        if scheduled and not outreach.publishes_at_once(self.request.user, outreach.Source.OFFICE):
            waits = _("The visit waits for a reviewer: it appears on the public schedule once they publish it.")
            message = f"{message} {waits}"
        return message

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["outreach_request"] = self.object
        context["changes"] = self.object.state_changes.select_related("by")
        context["external"] = bool(settings.BOOKING_API_URL)
        return context


class OutreachRequestViewSet(OfficeScoped, ModelViewSet):
    model = OutreachRequest
    office_lookup = "village__office__translation_key"
    name = "outreach_requests"
    url_prefix = "village-programme/requests"
    icon = "date"
    menu_label = _("Mobile service requests")
    list_display = ["__str__", Column("village", label=_("Village"), accessor="village.name"), "state", "reference"]
    list_filter = ["state"]
    list_export = [
        "request_id",
        "village.code",
        "village.name",
        "get_state_display",
        "reference",
        "expected_applicants",
        "preferred_dates_text",
        "services_text",
        "scheduled_for",
        "delivery_error",
    ]
    export_headings = {
        "village.code": _("Village code"),
        "village.name": _("Village"),
        "get_state_display": _("Status"),
    }
    export_filename = "outreach-requests"
    index_view_class = RequestQuerysetIndexView
    inspect_view_enabled = True
    edit_view_class = HandleRequestView

    def get_form_class(self, for_update=False):
        return OutreachHandlingForm

    def get_queryset(self, request):
        return super().get_queryset(request).exclude(state=OutreachRequest.State.DRAFT).select_related("village")


def session_report(request):
    if not request.user.has_perm("village_programs.view_trainingsession"):
        raise PermissionDenied
    # An office team's figures are its own offices' sessions only (home.office_teams).
    sessions = office_teams.limit(
        request.user, TrainingSession.objects.using(reporting_db()), "village__office__translation_key"
    )
    return render(request, "village_programs/admin/report.html", {"report": reports.report(sessions)})


class VillageProgrammeGroup(ViewSetGroup):
    menu_label = _("Village programme")
    menu_icon = "group"
    menu_order = 250
    items = (TrainingSessionViewSet, OutreachRequestViewSet, VillageViewSet, VillageOfficerViewSet)


@hooks.register("register_admin_viewset")
def register_viewsets():
    return VillageProgrammeGroup()


@hooks.register("register_admin_urls")
def register_report_url():
    return [
        path("village-programme/report/", session_report, name="village_session_report"),
        path("village-programme/locked-accounts/", lockouts.lockouts, name="village_lockouts"),
    ]


@hooks.register("register_settings_menu_item")
def register_lockouts_menu_item():
    class LockoutsItem(MenuItem):
        def is_shown(self, request):
            return request.user.has_perm(lockouts.PERMISSION)

    return LockoutsItem(_("Locked accounts"), reverse("village_lockouts"), icon_name="lock", order=900)


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    class ReportItem(MenuItem):
        def is_shown(self, request):
            return request.user.has_perm("village_programs.view_trainingsession")

    return ReportItem(_("Village sessions"), reverse("village_session_report"), icon_name="group", order=710)


@hooks.register("register_log_actions")
def register_audit_actions(actions):
    audit.register(actions)


@review.source
def villages_with_open_questions():
    for village in Village.objects.exclude(editor_note="").select_related("office"):
        yield review.Item(
            office=village.office,
            kind=_("Village"),
            title=f"Desa {village.name} ({village.code})",
            reason=village.editor_note,
            url=reverse("villages:edit", args=[village.pk]),
        )
