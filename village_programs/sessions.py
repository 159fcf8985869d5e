"""A training session's life, one function per transition: the officer saves
a draft or submits it; the office approves it or sends it back with a note.
Each transition records what changed in the session's history (history.py),
so the officer, the office and an auditor read the same story."""

from django.db import transaction
from django.utils import timezone

from . import history, notices
from .models import SessionPhoto, TrainingSession

Status = TrainingSession.Status
PHOTO_FIELDS = (("attendance_photo", SessionPhoto.Kind.ATTENDANCE), ("session_photo", SessionPhoto.Kind.SESSION))


def save(form, user, submitting, before):
    """Save the officer's form as a draft (a session sent back stays sent back
    until it is submitted again) or submit it for review. `before` is the
    session's snapshot taken before the form was validated."""
    session = form.save(commit=False)
    created = not before
    if created:
        session.created_by = user
    if submitting:
        session.status = Status.SUBMITTED
        session.submitted_at = timezone.now()
    elif session.status != Status.RETURNED:
        session.status = Status.DRAFT
    session.save()
    form.save_m2m()
    for field, kind in PHOTO_FIELDS:
        if form.cleaned_data.get(field):
            if kind == SessionPhoto.Kind.ATTENDANCE:
                # A session has one attendance sheet: a new photo of it replaces the old one.
                for old in session.photos.filter(kind=kind):
                    old.image.delete(save=False)
                    old.delete()
            SessionPhoto.objects.create(session=session, kind=kind, image=form.cleaned_data[field])
    history.record(session, user, "created" if created else "edited", history.diff(before, history.snapshot(session)))
    if submitting:
        history.record(session, user, "submitted")
    return session


def approve(session, user, comment=""):
    return _review(session, user, Status.APPROVED, "approved", comment)


def send_back(session, user, comment):
    return _review(session, user, Status.RETURNED, "returned", comment)


@transaction.atomic
def _review(session, user, status, action, comment):
    session = TrainingSession.objects.select_for_update().get(pk=session.pk)
    session.status = status
    session.review_comment = comment
    session.reviewed_by = user
    session.reviewed_at = timezone.now()
    session.save()
    history.record(session, user, action, {"comment": comment})
    notices.session_reviewed(session)
    return session
