"""What the village programme keeps only for a while (PERSONAL_DATA_RETENTION_DAYS)."""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from operations.retention import cutoff, purger

from . import audit, history, photos
from .models import OutreachRequest, SessionPhoto, TrainingSession

# Fields of a session that name or describe people; counts and places stay. The office's
# review comment goes too: it often names who attended or who should correct what.
PERSONAL_SESSION_FIELDS = ["facilitators", "notes", "review_comment"]
# Requests still in progress keep their contact: the office may need to call.
# A draft never sent is as finished as a completed request.
FINISHED = [
    OutreachRequest.State.DRAFT,
    OutreachRequest.State.COMPLETED,
    OutreachRequest.State.DECLINED,
    OutreachRequest.State.CANCELLED,
    OutreachRequest.State.DELIVERY_FAILED,
]


@purger
def purge_sessions(dry_run):
    before = cutoff(settings.PERSONAL_DATA_RETENTION_DAYS)
    photos = SessionPhoto.objects.filter(uploaded_at__lt=before)
    sessions = TrainingSession.objects.filter(created_at__lt=before, personal_data_purged_at__isnull=True)
    photo_count, session_count = photos.count(), sessions.count()
    if not dry_run:
        for photo in photos:
            with transaction.atomic():
                photo.image.delete(save=False)
                photo.delete()
        now = timezone.now()
        for session in sessions:
            with transaction.atomic():
                for name in PERSONAL_SESSION_FIELDS:
                    setattr(session, name, "")
                session.personal_data_purged_at = now
                session.save(update_fields=[*PERSONAL_SESSION_FIELDS, "personal_data_purged_at", "updated_at"])
                # The history keeps what changed and when, not the old names.
                for change in session.changes.all():
                    named = [name for name in PERSONAL_SESSION_FIELDS if name in change.changes]
                    if named or change.changes.get("comment"):
                        change.changes.update({name: [None, None] for name in named})
                        if "comment" in change.changes:  # a review's words (sessions._review)
                            change.changes["comment"] = ""
                        change.save(update_fields=["changes"])
                history.record(session, None, "purged")
                audit.record(session, "kanim.purge")
    return f"{photo_count} session photo(s); names and notes of {session_count} session record(s)"


@purger
def purge_outreach_contacts(dry_run):
    finished = OutreachRequest.objects.filter(
        state__in=FINISHED, updated_at__lt=cutoff(settings.PERSONAL_DATA_RETENTION_DAYS)
    ).exclude(contact_name="", contact_phone="", notes="")
    count = finished.count()
    if not dry_run:
        # A bulk update: the requests' own updated_at must not make them look recent.
        finished.update(contact_name="", contact_phone="", notes="")
    return f"contact names, phone numbers and notes of {count} finished outreach request(s)"


@purger
def purge_kept_photos(dry_run):
    """Photos kept from a form that came back with an error, never sent again (photos.keep)."""
    older = timezone.now() - datetime.timedelta(seconds=photos.KEPT_SECONDS)
    if dry_run:
        return "photos kept from unfinished session forms, older than an hour"
    return f"{photos.forget_kept(older)} photo(s) kept from unfinished session forms"
