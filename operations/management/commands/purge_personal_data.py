from django.core.management.base import BaseCommand

from operations.retention import purge_all


class Command(BaseCommand):
    help = (
        "Remove personal data past its retention period (UU PDP): photos, names and notes of training "
        "sessions and their history, contacts of outreach requests, old search queries and FAQ comments. "
        "Counts stay for the statistics."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only report what would be removed.")

    def handle(self, dry_run=False, **options):
        for line in purge_all(dry_run):
            self.stdout.write(("Would remove: " if dry_run else "Removed: ") + line)
