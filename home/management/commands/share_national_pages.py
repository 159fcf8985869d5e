from django.core.management.base import BaseCommand

from home import national


class Command(BaseCommand):
    help = (
        "Give every office's site a copy of each national page it lacks (home/national.py): after adding an "
        "office's site. Publishing a national page does this by itself. Changes nothing already there."
    )

    def handle(self, *args, **options):
        made = national.share_all()
        self.stdout.write(f"{len(made)} copies made.")
