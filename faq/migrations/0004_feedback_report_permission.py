"""The FAQ feedback report needs its own permission: editors and reviewers, who
improve the answers, have it; village programme staff do not."""

from django.db import migrations

from core.roles import EDITORS, REVIEWERS, grant


def forwards(apps, schema_editor):
    for group in (EDITORS, REVIEWERS):
        grant(apps, group, "faq", ["view_feedback"])


class Migration(migrations.Migration):
    dependencies = [("faq", "0003_page_intro_from_base_page"), ("home", "0002_roles")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
