"""Wagtail's Query.get stored every query a reader typed, unscrubbed, until the
search page stopped calling it: remove those, keeping the queries editors promote."""

from django.db import migrations


def forget_typed_queries(apps, schema_editor):
    Query = apps.get_model("wagtailsearchpromotions", "Query")
    Query.objects.filter(editors_picks__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_field_labels_in_both_languages"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(forget_typed_queries, migrations.RunPython.noop)]
