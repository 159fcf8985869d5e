"""Spreadsheet exports from the admin that a spreadsheet cannot turn into formulas.

An officer can type `=HYPERLINK(...)` into a session's place, and an editor into a
page title that Wagtail's own reports (site history, workflows, aging pages, locked
pages) list; opened from a CSV export, a spreadsheet would run it. defusedcsv
escapes such cells. core/wagtail_overrides.py makes `stream_csv` below the writer of
every CSV the admin produces, Wagtail's reports and snippet lists included. (Wagtail's
XLSX export already stores every text as text.)"""

from defusedcsv import csv
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.mixins import Echo


def stream_csv(self, queryset):
    """Wagtail's SpreadsheetExportMixin.stream_csv, writing through defusedcsv."""
    writer = csv.DictWriter(Echo(), fieldnames=self.list_export)
    yield writer.writerow({field: self.get_heading(queryset, field) for field in self.list_export})
    for item in queryset:
        yield self.write_csv_row(writer, self.to_row_dict(item))


class RequestQuerysetIndexView(IndexView):
    """The index view of a model viewset whose queryset, like a snippet's, may be a
    callable taking the request (the viewset's get_queryset), so what a user may list
    (home.office_teams.OfficeScoped) is what the list and its spreadsheet hold."""

    def get_base_queryset(self):
        if callable(self.queryset):
            self.queryset = self.queryset(self.request)
        return super().get_base_queryset()
