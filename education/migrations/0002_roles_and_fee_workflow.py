"""Who may do what with the public information, and the review of fee changes:
editors propose a new rate, reviewers approve and publish it."""

from django.db import migrations

from core.roles import EDITORS, REVIEWERS, grant


def forwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")

    # Wagtail adds the publish permission of draftable snippets after migrating; it is needed now.
    feerate_type, _created = ContentType.objects.get_or_create(app_label="education", model="feerate")
    Permission.objects.get_or_create(
        content_type=feerate_type, codename="publish_feerate", defaults={"name": "Can publish fee rate"}
    )

    editing = [
        "add_fee",
        "change_fee",
        "view_fee",
        "add_feerate",
        "change_feerate",
        "view_feerate",
        "add_serviceevent",
        "change_serviceevent",
        "delete_serviceevent",
        "view_serviceevent",
    ]
    grant(apps, EDITORS, "education", editing)
    grant(apps, REVIEWERS, "education", editing + ["publish_feerate", "delete_feerate", "delete_fee"])

    workflow = Workflow.objects.filter(name="Reviewers approval").first()
    if workflow is not None:
        WorkflowContentType.objects.get_or_create(content_type=feerate_type, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("education", "0001_initial"),
        ("home", "0002_roles"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
