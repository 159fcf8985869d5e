"""The office's roles, ready on the day the site is installed.

Wagtail creates "Editors" and "Moderators"; moderators are what this office
calls reviewers, so the group (and its approval task) is renamed rather than
duplicated, keeping the default approval workflow on the whole page tree."""

from django.db import migrations

from core.roles import EDITORS, REVIEWERS, VILLAGE_STAFF, grant


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow = apps.get_model("wagtailcore", "Workflow")

    Group.objects.filter(name="Moderators").update(name=REVIEWERS)
    Task.objects.filter(name="Moderators approval").update(name="Reviewers approval")
    Workflow.objects.filter(name="Moderators approval").update(name="Reviewers approval")

    for name in (EDITORS, REVIEWERS, VILLAGE_STAFF):
        grant(apps, name, "wagtailadmin", ["access_admin"])
    grant(apps, EDITORS, "home", ["view_office"])
    grant(apps, REVIEWERS, "home", ["add_office", "change_office", "view_office", "change_sitesettings"])
    grant(apps, VILLAGE_STAFF, "home", ["view_office"])


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name=VILLAGE_STAFF).delete()
    Group.objects.filter(name=REVIEWERS).update(name="Moderators")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0002_initial_data"),
        ("wagtaildocs", "0002_initial_data"),
        ("wagtail_localize", "0006_create_submit_translation_permission"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
