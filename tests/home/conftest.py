"""Fixtures shared by the tests of home/."""

import pytest
from wagtail.models import Locale, Page, Site

from home.models import HomePage, InformationPage, Office
from home.office_teams import ensure_teams
from tests import world
from tests.factories import OfficeFactory


@pytest.fixture
def offices():
    """The tests' own office (tests/world.py) and a second office with a site of its own, built here."""
    indonesian, english = Locale.objects.get(language_code="id"), Locale.objects.get(language_code="en")
    second = OfficeFactory(code="kedua", name="Kantor Imigrasi Uji Kedua")
    home = Page.get_first_root_node().add_child(
        instance=HomePage(title="Beranda kantor kedua", slug="beranda-kedua", intro="Uji.", locale=indonesian)
    )
    home.save_revision().publish()
    Site.objects.create(hostname="kedua.localhost", root_page=home, site_name="Kantor kedua")
    page = home.add_child(
        instance=InformationPage(title="Halaman kantor kedua", slug="halaman-kedua", intro="Uji.", body="<p>Uji.</p>")
    )
    page.save_revision().publish()
    page.copy_for_translation(english, copy_parents=True)
    ensure_teams(second, home)
    return {"own": Office.objects.get(code=world.OFFICE, locale__language_code="id"), "other": second}
