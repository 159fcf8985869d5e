"""Wagtail's replaced methods (core/wagtail_overrides.py) and the version guard.

These fail when Wagtail changes what the replacements rely on, so an upgrade
shows what to re-check instead of silently serving wrong sites or languages."""

import inspect

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Locale, Site

from core import wagtail_overrides
from core.library_versions import require
from core.locales import active_locale

pytestmark = pytest.mark.django_db


def test_the_replacements_are_in_place():
    assert Site.find_for_request.__module__ == "core.page_cache"
    assert Locale.get_active() == active_locale()


def test_wagtail_still_finds_sites_the_way_the_replacement_assumes():
    """The replacement calls Site._find_for_request and keeps the answer where Wagtail does."""
    original = inspect.getsource(wagtail_overrides.originals["Site.find_for_request"].__func__)
    assert "_find_for_request" in original
    assert "_wagtail_site" in original
    assert inspect.signature(Site._find_for_request).parameters.keys() == {"request"}


def test_the_site_found_is_wagtails_own_answer():
    site = Site.objects.get(is_default_site=True)
    request = RequestFactory().get("/id/", HTTP_HOST=site.hostname)
    assert Site.find_for_request(request).pk == Site._find_for_request(request).pk == site.pk
    # Wagtail's own code reads the site from the request after the first look-up.
    assert request._wagtail_site.pk == site.pk


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_remembered_locale_is_wagtails_own_answer(language):
    wagtails = wagtail_overrides.originals["Locale.get_active"].__get__(None, Locale)
    with translation.override(language):
        assert Locale.get_active() == wagtails()
        assert Locale.get_active().language_code == language


def test_an_upgrade_outside_the_tested_range_stops_the_start():
    require("wagtail", wagtail_overrides.WAGTAIL, "here")
    with pytest.raises(ImproperlyConfigured, match="check the override"):
        require("wagtail", "<1", "core.wagtail_overrides")


def test_wagtails_csv_writer_still_has_the_steps_the_safe_one_repeats():
    """core.exports.stream_csv repeats Wagtail's steps with defusedcsv's writer; a new step
    in Wagtail's (a header row, an encoding) would be lost without this failing."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    from core import exports

    assert SpreadsheetExportMixin.stream_csv is exports.stream_csv
    original = inspect.getsource(wagtail_overrides.originals["SpreadsheetExportMixin.stream_csv"])
    body = [line.strip() for line in original.splitlines()[2:] if line.strip() and not line.strip().startswith('"""')]
    assert body == [
        "writer = csv.DictWriter(Echo(), fieldnames=self.list_export)",
        "yield writer.writerow(",
        "{field: self.get_heading(queryset, field) for field in self.list_export}",
        ")",
        "for item in queryset:",
        "yield self.write_csv_row(writer, self.to_row_dict(item))",
    ]


def test_djangos_conditional_get_still_leaves_head_alone():
    """core.middleware.ConditionalGetMiddleware answers HEAD itself because Django's
    does not; when Django starts to, ours can go."""
    from django.http import HttpResponse
    from django.middleware.http import ConditionalGetMiddleware

    request = RequestFactory().head("/id/")
    response = ConditionalGetMiddleware(lambda request: None).process_response(request, HttpResponse("page"))
    assert not response.has_header("ETag")


def test_a_head_gets_the_etag_and_the_304_a_get_gets(site_client):
    from tests import world

    etag = site_client.get(world.path("fees"))["ETag"]
    assert etag and site_client.head(world.path("fees"))["ETag"] == etag
    assert site_client.head(world.path("fees"), HTTP_IF_NONE_MATCH=etag).status_code == 304
    # A page rendered for the HEAD (no copy cached yet) too.
    from django.core.cache import cache

    cache.clear()
    assert site_client.head(world.path("home", "en"))["ETag"] == site_client.get(world.path("home", "en"))["ETag"]
