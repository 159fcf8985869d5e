from django.db import migrations

from core.roles import EDITORS, REVIEWERS, grant


def forwards(apps, schema_editor):
    banner = ["add_alertbanner", "change_alertbanner", "delete_alertbanner", "view_alertbanner"]
    grant(apps, EDITORS, "home", banner)
    grant(apps, REVIEWERS, "home", banner)


class Migration(migrations.Migration):
    dependencies = [("home", "0003_review_dates_schedules_alert_banner")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
