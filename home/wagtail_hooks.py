from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core import two_factor
from operations import tasks

from . import office_teams, review
from .models import AlertBanner, Office, OfficeTeam, Region
from .office_teams import OfficeScopedViewSet


class OfficeViewSet(OfficeScopedViewSet):
    model = Office
    office_lookup = "translation_key"
    icon = "home"
    menu_label = _("Offices")
    list_display = ["name", "code", "locale", "live"]
    search_fields = ["name", "code"]
    add_to_admin_menu = True
    menu_order = 300


class AlertBannerViewSet(OfficeScopedViewSet):
    model = AlertBanner
    icon = "warning"
    menu_label = _("Alert banners")
    list_display = ["message", "office", "active", "expires_at", "locale", "live"]
    add_to_admin_menu = True
    menu_order = 310


class RegionViewSet(SnippetViewSet):
    """National data: the regencies and cities the office finder knows."""

    model = Region
    icon = "site"
    menu_label = _("Regencies and cities")
    list_display = ["code", "name", "kind", "province"]
    search_fields = ["code", "name", "province"]
    add_to_settings_menu = True


class OfficeTeamViewSet(SnippetViewSet):
    model = OfficeTeam
    icon = "group"
    menu_label = _("Office teams")
    list_display = ["group", "office"]
    add_to_settings_menu = True


register_snippet(OfficeViewSet)
register_snippet(AlertBannerViewSet)
register_snippet(OfficeTeamViewSet)
register_snippet(RegionViewSet)


@hooks.register("before_delete_snippet")
def only_own_office_deleted(request, instances):
    for instance in instances:
        office_teams.check(request.user, instance)


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [
        path("2fa/setup/", two_factor.setup, name="two_factor_setup"),
        path("2fa/verify/", two_factor.verify, name="two_factor_verify"),
    ]


@hooks.register("register_settings_menu_item")
def register_two_factor_menu_item():
    return MenuItem(_("Two-step login"), reverse("two_factor_setup"), icon_name="key", order=950)


TASKS_PERMISSION = "django_tasks_db.view_dbtaskresult"


def task_queue(request):
    if not request.user.has_perm(TASKS_PERMISSION):
        raise PermissionDenied
    context = {"overview": tasks.queue_overview(), "backlogs": tasks.backlogs()}
    return render(request, "home/admin/task_queue.html", context)


@hooks.register("register_admin_urls")
def register_task_queue_url():
    return [path("tasks/", task_queue, name="task_queue")]


@hooks.register("register_reports_menu_item")
def register_task_queue_menu_item():
    class TaskQueueItem(MenuItem):
        def is_shown(self, request):
            return request.user.has_perm(TASKS_PERMISSION)

    return TaskQueueItem(_("Background tasks"), reverse("task_queue"), icon_name="cogs", order=900)


def content_to_review(request):
    """What editors must check with the office, per office; an office team sees its own office only."""
    if not request.user.has_perm("home.view_office"):
        raise PermissionDenied
    found = review.items(office_teams.office_keys(request.user))
    return render(request, "home/admin/content_to_review.html", {"offices": found})


@hooks.register("register_admin_urls")
def register_content_to_review_url():
    return [path("reports/content-to-review/", content_to_review, name="content_to_review")]


@hooks.register("register_reports_menu_item")
def register_content_to_review_menu_item():
    class ContentToReviewItem(MenuItem):
        def is_shown(self, request):
            return request.user.has_perm("home.view_office")

    return ContentToReviewItem(_("Content to review"), reverse("content_to_review"), icon_name="tasks", order=690)
