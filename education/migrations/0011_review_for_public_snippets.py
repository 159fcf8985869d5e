"""Banners, offices (with their channels) and service events now have drafts:
editors may write them again, and what they write waits for a reviewer, like
pages and fee rates. Existing rows stay live."""

from django.db import migrations

from core.roles import reviewed_snippet


def forwards(apps, schema_editor):
    reviewed_snippet(apps, "home", "alertbanner")
    reviewed_snippet(apps, "home", "office")
    reviewed_snippet(apps, "education", "serviceevent")


class Migration(migrations.Migration):
    dependencies = [
        ("education", "0010_reviewed_service_events"),
        ("home", "0017_reviewed_offices_and_banners"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
