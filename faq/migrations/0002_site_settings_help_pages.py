from django.db import migrations


def name_help_pages(apps, schema_editor):
    """Existing sites name their FAQ page in site settings."""
    Site = apps.get_model("wagtailcore", "Site")
    SiteSettings = apps.get_model("home", "SiteSettings")
    FaqPage = apps.get_model("faq", "FaqPage")
    for site in Site.objects.select_related("root_page"):
        below = {"path__startswith": site.root_page.path, "depth__gt": site.root_page.depth}
        site_settings, _created = SiteSettings.objects.get_or_create(site=site)
        site_settings.faq_page_id = site_settings.faq_page_id or (
            FaqPage.objects.filter(**below).values_list("pk", flat=True).first()
        )
        site_settings.save()


class Migration(migrations.Migration):
    dependencies = [
        ("faq", "0001_initial"),
        ("home", "0008_site_settings_help_pages"),
    ]

    operations = [migrations.RunPython(name_help_pages, migrations.RunPython.noop)]
