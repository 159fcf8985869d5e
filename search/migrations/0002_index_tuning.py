"""What the model state cannot say about the search index's tables, kept from before the
squash (issue #34): self-contained, so later changes to the code cannot change it.

SQLite: Wagtail's FTS5 table made again with prefix indexes ("2 3") for the suggestions'
last word ("biaya pa"): without them FTS5 reads every term that starts with it, 50-90 ms
at 50,000 pages; with them 1-7 ms. The triggers that keep it in step name the table, so
they are dropped first and made again as they were.

PostgreSQL: GIN indexes gather new entries in a pending list that every search must read
through until a vacuum merges it (5.4 ms for three title words over 5,000 pages, 0.2 ms
once merged); the index changes only on publishing, so entries go straight into it."""

from django.db import migrations

INDEX = "wagtailsearch_indexentry"
FTS = f"{INDEX}_fts"


def prefix_indexes(cursor):
    cursor.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = %s", [FTS])
    if cursor.fetchone() is None:
        return
    cursor.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = %s", [INDEX])
    triggers = [(name, sql) for name, sql in cursor.fetchall() if FTS in sql]
    for name, _sql in triggers:
        cursor.execute(f'DROP TRIGGER "{name}"')
    cursor.execute(f"DROP TABLE {FTS}")
    cursor.execute(f"CREATE VIRTUAL TABLE {FTS} USING fts5(autocomplete, body, title, prefix='2 3')")
    cursor.execute(
        f"INSERT INTO {FTS}(rowid, autocomplete, body, title) SELECT id, autocomplete, body, title FROM {INDEX}"
    )
    for _name, sql in triggers:
        cursor.execute(sql)


def gin_without_pending_list(cursor):
    cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = %s AND indexdef LIKE '%%USING gin%%'", [INDEX])
    for (name,) in cursor.fetchall():
        cursor.execute(f'ALTER INDEX "{name}" SET (fastupdate = off)')
        cursor.execute("SELECT gin_clean_pending_list(%s::regclass)", [name])


def tune(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    with schema_editor.connection.cursor() as cursor:
        if vendor == "sqlite":
            prefix_indexes(cursor)
        elif vendor == "postgresql":
            gin_without_pending_list(cursor)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_squashed_0007_editors_synonyms"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(tune, migrations.RunPython.noop)]
