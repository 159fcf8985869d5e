"""The search-query report needs its own permission: editors and reviewers, who
fill the gaps readers search for, have it; village programme staff do not."""

from django.db import migrations

from core.roles import EDITORS, REVIEWERS, grant


def forwards(apps, schema_editor):
    for group in (EDITORS, REVIEWERS):
        grant(apps, group, "search", ["view_querylog"])


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial"), ("home", "0002_roles")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
