from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from education import demo as education_demo
from faq import demo as faq_demo
from home import demo as home_demo
from home import demo_privacy
from village_programs import demo as village_demo

# Each app adds its own demo module here, in dependency order.
DEMO_MODULES = [home_demo, education_demo, village_demo, faq_demo, demo_privacy]


class Command(BaseCommand):
    help = (
        "Build the demo site in Indonesian and English. Idempotent: it creates only what "
        "is missing and never changes what editors have changed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Allow with DJANGO_DEBUG off.")

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError("Refusing to load demo content with DJANGO_DEBUG off; pass --force if you mean it.")
        created = []
        for module in DEMO_MODULES:
            module.load(created.append)
        if created:
            # Index updates are background tasks; the demo should be searchable before a worker runs.
            call_command("update_index", verbosity=0)
            self.stdout.write("Created: " + ", ".join(created))
        else:
            self.stdout.write("Demo content already present; nothing changed.")
