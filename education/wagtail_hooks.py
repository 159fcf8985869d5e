import django_filters
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.views.reports import PageReportView
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.office_teams import OfficeScoped, OfficeScopedViewSet
from home.review import overdue_pages

from .forms import FeeRateForm
from .models import Fee, FeeRate, ServiceEvent


class FeeViewSet(OfficeScopedViewSet):
    """An office team sees and edits its own office's fees (such as a delivery service);
    the national fees (PNBP) are the national staff's, shown on every office's site."""

    model = Fee
    icon = "tag"
    menu_label = _("Fees")
    list_display = ["name", "code", "checklist_use", "locale"]
    search_fields = ["name", "code"]


class FeeRateViewSet(OfficeScoped, SnippetViewSet):
    model = FeeRate
    office_lookup = "fee__office__translation_key"
    # Amounts typed the Indonesian way ("650.000") are read right, and unlikely ones need confirming.
    edit_handler = ObjectList(
        [*FeeRate.panels[:2], FieldPanel("amount_confirmed"), *FeeRate.panels[2:]], base_form_class=FeeRateForm
    )
    icon = "form"
    menu_label = _("Fee amounts")
    list_display = ["fee", "amount", "legal_basis", "effective_from", "effective_until"]
    list_filter = ["legal_basis", "live"]


class ServiceEventViewSet(OfficeScopedViewSet):
    model = ServiceEvent
    icon = "date"
    menu_label = _("Service events")
    list_display = ["title", "office", "starts_at", "quota", "cancelled", "locale", "live"]
    list_filter = ["kind", "cancelled"]
    ordering = ["-starts_at"]


class PublicInformationGroup(SnippetViewSetGroup):
    menu_label = _("Public information")
    menu_icon = "info-circle"
    menu_order = 200
    items = (FeeViewSet, FeeRateViewSet, ServiceEventViewSet)


register_snippet(PublicInformationGroup)


class ReviewDueFilterSet(WagtailFilterSet):
    locale = django_filters.ModelChoiceFilter(field_name="locale", queryset=None, label=_("Language"))

    class Meta:
        model = Page
        fields = ["locale"]

    def __init__(self, *args, **kwargs):
        from wagtail.models import Locale

        super().__init__(*args, **kwargs)
        self.filters["locale"].queryset = Locale.objects.all()


class ReviewDueView(PageReportView):
    """Pages whose facts are due to be checked again with the office."""

    page_title = _("Pages due for review")
    header_icon = "time"
    index_url_name = "review_due"
    index_results_url_name = "review_due_results"
    filterset_class = ReviewDueFilterSet
    list_export = ["title", "locale", "status_string", "next_review_due"]
    export_headings = {"next_review_due": _("Review due")}
    any_permission_required = ["add", "change", "publish"]

    def get_queryset(self):
        return overdue_pages().specific().order_by("path")


@hooks.register("register_admin_urls")
def register_review_report_urls():
    return [
        path("reports/review-due/", ReviewDueView.as_view(), name="review_due"),
        path("reports/review-due/results/", ReviewDueView.as_view(results_only=True), name="review_due_results"),
    ]


@hooks.register("register_reports_menu_item")
def register_review_report_menu_item():
    return MenuItem(_("Pages due for review"), reverse("review_due"), icon_name="time", order=700)
