import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from village_programs import audit, history
from village_programs.models import SessionPhoto, TrainingSession


class Command(BaseCommand):
    help = (
        "Remove personal data older than PERSONAL_DATA_RETENTION_DAYS (UU PDP): photos of sessions and "
        "attendance sheets, and the names and notes in session records. Counts stay for the statistics."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only report what would be removed.")

    def handle(self, dry_run=False, **options):
        cutoff = timezone.now() - datetime.timedelta(days=settings.PERSONAL_DATA_RETENTION_DAYS)
        photos = SessionPhoto.objects.filter(uploaded_at__lt=cutoff)
        sessions = TrainingSession.objects.filter(created_at__lt=cutoff, personal_data_purged_at__isnull=True)
        photo_count, session_count = photos.count(), sessions.count()
        if dry_run:
            self.stdout.write(f"Would remove {photo_count} photo(s) and clear {session_count} session record(s).")
            return
        for photo in photos:
            with transaction.atomic():
                photo.image.delete(save=False)
                photo.delete()
        now = timezone.now()
        for session in sessions:
            with transaction.atomic():
                session.facilitators = ""
                session.notes = ""
                session.personal_data_purged_at = now
                session.save(update_fields=["facilitators", "notes", "personal_data_purged_at", "updated_at"])
                history.record(session, None, "purged")
                audit.record(session, "kanim.purge")
        self.stdout.write(f"Removed {photo_count} photo(s) and cleared {session_count} session record(s).")
