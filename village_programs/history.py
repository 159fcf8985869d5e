"""The history of a training session: who did what, when, and what changed."""

from django.db import transaction
from django.utils import timezone

from .models import SessionChange, TrainingSession

TRACKED = ["village", "date", "start_time", "place", "facilitators", "women", "men", "want_passport", "notes"]


def snapshot(session):
    values = {name: str(getattr(session, name)) if getattr(session, name) is not None else None for name in TRACKED}
    if session.pk:
        values["modules"] = sorted(module.title for module in session.modules.all())
    return values


def diff(before, after):
    return {name: [before.get(name), value] for name, value in after.items() if before.get(name) != value}


def record(session, user, action, changes=None):
    SessionChange.objects.create(session=session, user=user, action=action, changes=changes or {})


@transaction.atomic
def review(session, user, decision, comment):
    """The office approves a session or sends it back with a comment."""
    session = TrainingSession.objects.select_for_update().get(pk=session.pk)
    session.status = TrainingSession.Status.APPROVED if decision == "approve" else TrainingSession.Status.RETURNED
    session.review_comment = comment
    session.reviewed_by = user
    session.reviewed_at = timezone.now()
    session.save()
    record(session, user, "approved" if decision == "approve" else "returned", {"comment": comment})
    return session
