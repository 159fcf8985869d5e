"""Every place we replace part of Wagtail's own code, and why.

Two replacements keep Wagtail's behaviour and remember its answer:
- `Locale.get_active` asks the database for the reader's locale at every `.localized`
  (site routing, snippets, page links); the process keeps one per language instead
  (core/locales.py forgets them when a locale is saved or deleted).
- `Site.find_for_request` finds the site with one query and its home page with two
  more, on every page served; the site, with its specific home page, is remembered
  per host until the content changes (core/page_cache.py).
One makes it safe:
- `SpreadsheetExportMixin.stream_csv` writes every CSV the admin produces (our lists,
  snippets, Wagtail's own reports) through defusedcsv (core/exports.py), so a cell
  that starts with `=` never becomes a formula.

tests/core/test_library_overrides.py fails if Wagtail stops routing these calls the
way the replacements assume (Site._find_for_request, the request attribute, the
CSV writer's steps)."""

from core.library_versions import require

WAGTAIL = ">=7.4,<7.5"


# Wagtail's own methods, kept for the tests that check they still work the way
# the replacements assume.
originals = {}


def install():
    from wagtail.admin.views.mixins import SpreadsheetExportMixin
    from wagtail.models import Locale, Site

    from . import exports, page_cache
    from .locales import active_locale

    require("wagtail", WAGTAIL, __name__)
    originals.setdefault("Locale.get_active", Locale.__dict__["get_active"])
    originals.setdefault("Site.find_for_request", Site.__dict__["find_for_request"])
    originals.setdefault("SpreadsheetExportMixin.stream_csv", SpreadsheetExportMixin.__dict__["stream_csv"])
    Locale.get_active = classmethod(lambda cls: active_locale())
    Site.find_for_request = staticmethod(page_cache.find_site_for_request)
    SpreadsheetExportMixin.stream_csv = exports.stream_csv
