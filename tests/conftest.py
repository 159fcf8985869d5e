from pathlib import Path

import pytest
from django.core.management import call_command

from home.catalogues import compile_catalogues

# A bare `pytest` works too: compile the interface catalogues before Django loads them.
compile_catalogues([Path(__file__).resolve().parent.parent / "site" / "locale"])


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test database starts with the demo site, built once per run."""
    with django_db_blocker.unblock():
        call_command("load_demo", force=True, stdout=open("/dev/null", "w"))
