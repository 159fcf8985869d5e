"""Service events and fee names go live the moment they are saved: they have no
draft and no review yet (fee rates have both). Until they have, only reviewers
(who hold the publish right) may change them; editors keep reading them and
propose rates through the review."""

from django.db import migrations

from core.roles import EDITORS, revoke


def forwards(apps, schema_editor):
    revoke(
        apps,
        EDITORS,
        "education",
        ["add_serviceevent", "change_serviceevent", "delete_serviceevent", "add_fee", "change_fee"],
    )


class Migration(migrations.Migration):
    dependencies = [("education", "0008_serviceevent_updated_at"), ("home", "0015_editors_cannot_change_banners_live")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
