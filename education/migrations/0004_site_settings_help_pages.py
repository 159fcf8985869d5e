from django.db import migrations


def name_help_pages(apps, schema_editor):
    """Existing sites name their checklist and channel checker pages in site settings."""
    Site = apps.get_model("wagtailcore", "Site")
    SiteSettings = apps.get_model("home", "SiteSettings")
    ChecklistPage = apps.get_model("education", "ChecklistPage")
    ChannelCheckerPage = apps.get_model("education", "ChannelCheckerPage")
    for site in Site.objects.select_related("root_page"):
        below = {"path__startswith": site.root_page.path, "depth__gt": site.root_page.depth}
        site_settings, _created = SiteSettings.objects.get_or_create(site=site)
        site_settings.checklist_page_id = site_settings.checklist_page_id or (
            ChecklistPage.objects.filter(**below).values_list("pk", flat=True).first()
        )
        site_settings.channel_checker_page_id = site_settings.channel_checker_page_id or (
            ChannelCheckerPage.objects.filter(**below).values_list("pk", flat=True).first()
        )
        site_settings.save()


class Migration(migrations.Migration):
    dependencies = [
        ("education", "0003_education_modules"),
        ("home", "0008_site_settings_help_pages"),
    ]

    operations = [migrations.RunPython(name_help_pages, migrations.RunPython.noop)]
