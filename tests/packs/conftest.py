"""The pack tests: the demo content packs (site/demo/) tested as content. Every other
test builds its own data (tests/world.py, tests/factories.py); only this package sees
the packs, which its `demo` fixture loads once and takes away after the last of it."""

import io

import pytest
from django.core.management import call_command


@pytest.fixture(scope="package", autouse=True)
def demo(django_db_setup, django_db_blocker):
    """The national and Karawang packs, loaded in a transaction rolled back after the
    package, so no test elsewhere sees them. tests/conftest.py runs this package last,
    so a process loads them once (once per pytest-xdist worker)."""
    from django.db import transaction
    from wagtail.models import Page, Site

    with django_db_blocker.unblock(), transaction.atomic():
        # The demo's first office takes the default site, as on a new database (the world's steps aside).
        Site.objects.filter(is_default_site=True).update(is_default_site=False)
        welcome = Page.get_first_root_node().add_child(instance=Page(title="Welcome", slug="welcome"))
        Site.objects.create(hostname="localhost", root_page=welcome, is_default_site=True)
        call_command("load_demo", force=True, stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture(scope="package")
def every_office(demo, django_db_blocker):
    """The other two offices' packs beside Karawang's and the national one, loaded once for
    the tests that ask for them and rolled back after the package."""
    from django.db import transaction

    with django_db_blocker.unblock(), transaction.atomic():
        for office in ("tangerang", "samarinda"):
            call_command("load_demo", office=office, force=True, stdout=io.StringIO())
        yield
        transaction.set_rollback(True)
