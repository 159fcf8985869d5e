"""An alert banner goes live on every page the moment it is saved: it has no
draft and no review yet. Until it has, only reviewers (who hold the publish
right) may write one; editors can still read them."""

from django.db import migrations

from core.roles import EDITORS, revoke


def forwards(apps, schema_editor):
    revoke(apps, EDITORS, "home", ["add_alertbanner", "change_alertbanner", "delete_alertbanner"])


class Migration(migrations.Migration):
    dependencies = [("home", "0014_office_updated_at")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
