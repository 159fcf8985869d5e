from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from packs.loader import Pack, PackError, available


class Command(BaseCommand):
    help = (
        "Load an office's content pack (site/demo/<office>/) in every language it has. Idempotent: it "
        "creates only what is missing and never changes what editors have changed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--office", default="karawang", help=f"The pack to load, one of: {', '.join(available())}.")
        parser.add_argument("--force", action="store_true", help="Allow with DJANGO_DEBUG off.")

    def handle(self, *args, office, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError("Refusing to load demo content with DJANGO_DEBUG off; pass --force if you mean it.")
        created = []
        try:
            # What is national is written once (site/demo/national/), and every office's site shows it.
            Pack("national", log=created.append).load()
            Pack(office, log=created.append).load()
        except PackError as error:
            raise CommandError(str(error)) from None
        if created:
            # Index updates are background tasks; the demo should be searchable before a worker runs.
            call_command("update_index", verbosity=0)
            self.stdout.write("Created: " + ", ".join(created))
        else:
            self.stdout.write("Demo content already present; nothing changed.")
