"""Spreadsheet exports from the admin that a spreadsheet cannot turn into formulas.

An officer can type `=HYPERLINK(...)` into a session's place; opened from a CSV
export, a spreadsheet would run it. defusedcsv escapes such cells. (Wagtail's
XLSX export already stores every text as text.)"""

from defusedcsv import csv
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.mixins import Echo


class SafeCsvMixin:
    def stream_csv(self, queryset):
        writer = csv.DictWriter(Echo(), fieldnames=self.list_export)
        yield writer.writerow({field: self.get_heading(queryset, field) for field in self.list_export})
        for item in queryset:
            yield self.write_csv_row(writer, self.to_row_dict(item))


class SafeIndexView(SafeCsvMixin, IndexView):
    """The index view of a model viewset whose list can be exported. Like a snippet's,
    its queryset may be a callable taking the request (the viewset's get_queryset), so
    what a user may list (home.office_teams.OfficeScoped) is what the list and its
    spreadsheet hold."""

    def get_base_queryset(self):
        if callable(self.queryset):
            self.queryset = self.queryset(self.request)
        return super().get_base_queryset()
