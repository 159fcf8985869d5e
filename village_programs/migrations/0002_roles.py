"""What village programme staff may do: keep the village registry and officer
accounts, and review training sessions. Reviewers may read the sessions too."""

from django.db import migrations

from core.roles import REVIEWERS, VILLAGE_STAFF, grant


def forwards(apps, schema_editor):
    staff = [
        "add_village",
        "change_village",
        "view_village",
        "add_villageofficer",
        "change_villageofficer",
        "view_villageofficer",
        "change_trainingsession",
        "view_trainingsession",
    ]
    grant(apps, VILLAGE_STAFF, "village_programs", staff)
    grant(apps, REVIEWERS, "village_programs", ["view_village", "view_trainingsession"])


class Migration(migrations.Migration):
    dependencies = [
        ("village_programs", "0001_initial"),
        ("home", "0002_roles"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
