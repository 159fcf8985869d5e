"""Upkeep of the full-text tables behind the database search backend."""

from django.db import connection
from wagtail.search.models import IndexEntry

# Prefix indexes for the suggestions' last word ("biaya pa"): without them FTS5
# reads every term that starts with it, 50-90 ms at 50,000 pages; with them 1-7 ms.
PREFIXES = "2 3"


def fts_table():
    return f"{IndexEntry._meta.db_table}_fts"


def has_fts_table(cursor):
    cursor.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = %s", [fts_table()])
    return cursor.fetchone() is not None


def rebuild_with_prefixes(cursor):
    """Wagtail's FTS5 table, made again with prefix indexes and filled from the
    index entries. The triggers that keep it in step name the table, so they are
    dropped first and made again as they were."""
    table, fts = IndexEntry._meta.db_table, fts_table()
    cursor.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = %s", [table])
    triggers = [(name, sql) for name, sql in cursor.fetchall() if fts in sql]
    for name, _sql in triggers:
        cursor.execute(f'DROP TRIGGER "{name}"')
    cursor.execute(f"DROP TABLE {fts}")
    cursor.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5(autocomplete, body, title, prefix='{PREFIXES}')")
    cursor.execute(
        f"INSERT INTO {fts}(rowid, autocomplete, body, title) SELECT id, autocomplete, body, title FROM {table}"
    )
    for _name, sql in triggers:
        cursor.execute(sql)


def tidy():
    """After a bulk change to the index: FTS5's segments merged into one (SQLite),
    fresh planner statistics (PostgreSQL; with stale ones one search over 50,000
    pages took 77 s, 160 ms after ANALYZE)."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite" and has_fts_table(cursor):
            cursor.execute(f"INSERT INTO {fts_table()}({fts_table()}) VALUES ('optimize')")
        elif connection.vendor == "postgresql":
            cursor.execute(f"ANALYZE {IndexEntry._meta.db_table}")
