"""FAQ comments are kept for FEEDBACK_RETENTION_DAYS; the yes and no counts stay."""

from django.conf import settings

from operations.retention import cutoff, purger

from .models import Feedback


@purger
def purge_feedback_comments(dry_run):
    old = Feedback.objects.filter(created_on__lt=cutoff(settings.FEEDBACK_RETENTION_DAYS).date()).exclude(comment="")
    count = old.count()
    if not dry_run:
        old.update(comment="")
    return f"{count} FAQ feedback comment(s)"
