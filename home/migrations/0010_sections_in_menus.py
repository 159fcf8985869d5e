from django.db import migrations


def sections_in_menus(apps, schema_editor):
    """Sites made before the main menu: every page under a home page except the
    privacy notice becomes a section in the menus, unless editors chose already."""
    HomePage = apps.get_model("home", "HomePage")
    InformationPage = apps.get_model("home", "InformationPage")
    Page = apps.get_model("wagtailcore", "Page")
    information = set(InformationPage.objects.values_list("pk", flat=True))
    for home in HomePage.objects.all():
        children = Page.objects.filter(path__startswith=home.path, depth=home.depth + 1)
        if not children.filter(show_in_menus=True).exists():
            children.exclude(pk__in=information).update(show_in_menus=True)


class Migration(migrations.Migration):
    dependencies = [("home", "0009_page_intro_from_base_page")]

    operations = [migrations.RunPython(sections_in_menus, migrations.RunPython.noop)]
