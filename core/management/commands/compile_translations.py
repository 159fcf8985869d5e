from django.conf import settings
from django.core.management.base import BaseCommand

from core.catalogues import compile_catalogues


class Command(BaseCommand):
    help = "Compile the project's .po catalogues with polib, so that no system gettext is needed."

    def handle(self, *args, **options):
        compiled = compile_catalogues(settings.LOCALE_PATHS)
        self.stdout.write(f"Compiled {compiled} catalogue(s).")
