import datetime

from django.core.exceptions import PermissionDenied
from django.db.models import Sum
from django.shortcuts import render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from core.db import reporting_db

from .models import QueryLog, SearchSynonym

REPORT_DAYS = 30


PERMISSION = "search.view_querylog"


def query_report(request):
    """What readers searched for in the last 30 days, and what found nothing."""
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    since = timezone.localdate() - datetime.timedelta(days=REPORT_DAYS)
    recent = QueryLog.objects.using(reporting_db()).filter(day__gte=since).values("query", "language")
    top = recent.annotate(total=Sum("hits")).order_by("-total", "query")[:50]
    no_results = recent.filter(results=0).annotate(total=Sum("hits")).order_by("-total", "query")[:50]
    can_add = request.user.has_perm("search.add_searchsynonym")
    return render(
        request,
        "search/admin/query_report.html",
        {
            "top": top,
            "no_results": no_results,
            "days": REPORT_DAYS,
            "add_synonym_url": reverse(SearchSynonym.snippet_viewset.get_url_name("add")) if can_add else None,
        },
    )


class SynonymCreateView(CreateView):
    def get_initial_form_instance(self):
        """Filled from the query report's "add a synonym" link (?typed=…&language=…)."""
        synonym = SearchSynonym(typed=self.request.GET.get("typed", "")[:200])
        if self.request.GET.get("language") in dict(SearchSynonym._meta.get_field("language").choices):
            synonym.language = self.request.GET["language"]
        return synonym


class SearchSynonymViewSet(SnippetViewSet):
    model = SearchSynonym
    add_view_class = SynonymCreateView
    icon = "search"
    menu_label = _("Search synonyms")
    add_to_settings_menu = True
    list_display = ["typed", "meant", "language", "live"]
    list_filter = ["language"]


register_snippet(SearchSynonymViewSet)


@hooks.register("register_admin_urls")
def register_query_report_url():
    return [path("search/queries/", query_report, name="search_query_report")]


@hooks.register("register_reports_menu_item")
def register_query_report_menu_item():
    class QueryReportItem(MenuItem):
        def is_shown(self, request):
            return request.user.has_perm(PERMISSION)

    return QueryReportItem(_("Search queries"), reverse("search_query_report"), icon_name="search", order=730)
