from django.db import migrations


def add_prefix_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    from search import fts

    with schema_editor.connection.cursor() as cursor:
        if fts.has_fts_table(cursor):
            fts.rebuild_with_prefixes(cursor)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_forget_typed_queries"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(add_prefix_indexes, migrations.RunPython.noop)]
