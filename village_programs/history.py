"""The history of a training session: who did what, when, and what changed."""

from .models import SessionChange

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
