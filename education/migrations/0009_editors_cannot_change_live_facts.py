"""Once granted permissions here. Roles are now declared on each app's AppConfig
and synchronised after every migrate (core/roles.py); this step stays so that the
migrations after it keep their place."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("education", "0008_serviceevent_updated_at"), ("home", "0015_editors_cannot_change_banners_live")]

    operations = []
