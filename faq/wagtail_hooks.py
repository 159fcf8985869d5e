from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import render
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core.db import reporting_db

from .models import FaqQuestionPage, Feedback

PERMISSION = "faq.view_feedback"


def feedback_report(request):
    """Yes and no per question, least helpful first, with the latest comments."""
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    questions = (
        FaqQuestionPage.objects.using(reporting_db())
        .annotate(
            yes=Count("feedback", filter=Q(feedback__helpful=True)),
            no=Count("feedback", filter=Q(feedback__helpful=False)),
        )
        .filter(Q(yes__gt=0) | Q(no__gt=0))
        .select_related("locale")
        .order_by("-no", "yes", "title")
    )
    comments = Feedback.objects.using(reporting_db()).exclude(comment="").select_related("question")[:50]
    return render(request, "faq/admin/feedback_report.html", {"questions": questions, "comments": comments})


@hooks.register("register_admin_urls")
def register_feedback_url():
    return [path("faq/feedback/", feedback_report, name="faq_feedback_report")]


@hooks.register("register_reports_menu_item")
def register_feedback_menu_item():
    class FeedbackItem(MenuItem):
        def is_shown(self, request):
            return request.user.has_perm(PERMISSION)

    return FeedbackItem(_("FAQ feedback"), reverse("faq_feedback_report"), icon_name="help", order=720)
