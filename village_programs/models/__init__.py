from .notices import Notice
from .outreach import OutboxEntry, OutreachRequest, OutreachStateChange
from .pages import VillageProgramIndexPage, VillageProgramPage
from .sessions import SessionChange, SessionPhoto, TrainingSession
from .villages import Village, VillageOfficer

__all__ = [
    "Notice",
    "OutboxEntry",
    "OutreachRequest",
    "OutreachStateChange",
    "SessionChange",
    "SessionPhoto",
    "TrainingSession",
    "Village",
    "VillageOfficer",
    "VillageProgramIndexPage",
    "VillageProgramPage",
]
