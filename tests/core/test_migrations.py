"""The migrations after the squash (issue #34): one or two per app, a database migrated
from empty (the test database is) has exactly the models' tables and columns, and the
models have no change the migrations lack."""

import io
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection

PROJECT = Path(__file__).resolve().parents[2]
OURS = ["education", "faq", "home", "operations", "search", "village_programs"]

pytestmark = pytest.mark.django_db


def test_each_app_has_at_most_two_migrations():
    counts = {app: len(list((PROJECT / app / "migrations").glob("0*.py"))) for app in OURS}
    assert all(count <= 2 for count in counts.values()), counts


def test_a_database_migrated_from_empty_has_the_models_tables_and_columns():
    with connection.cursor() as cursor:
        tables = set(connection.introspection.table_names(cursor))
        differences = {}
        for model in (m for app in OURS for m in apps.get_app_config(app).get_models()):
            meta = model._meta
            if not meta.managed or meta.proxy:
                continue
            table = meta.db_table
            if table not in tables:
                differences[table] = "missing"
                continue
            columns = {column.name for column in connection.introspection.get_table_description(cursor, table)}
            expected = {field.column for field in meta.local_concrete_fields}
            if columns != expected:
                differences[table] = {"not in the models": columns - expected, "not in the table": expected - columns}
    assert differences == {}


def test_the_models_have_no_change_the_migrations_lack():
    out = io.StringIO()
    call_command("makemigrations", *OURS, check=True, dry_run=True, stdout=out)
    assert "No changes detected" in out.getvalue()
