from django.db import migrations

from core.roles import REVIEWERS, VILLAGE_STAFF, grant


def forwards(apps, schema_editor):
    grant(apps, VILLAGE_STAFF, "village_programs", ["change_outreachrequest", "view_outreachrequest"])
    grant(apps, REVIEWERS, "village_programs", ["view_outreachrequest"])


class Migration(migrations.Migration):
    dependencies = [("village_programs", "0003_outreach_requests")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
