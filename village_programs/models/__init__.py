from .pages import VillageProgramIndexPage, VillageProgramPage
from .sessions import SessionChange, SessionPhoto, TrainingSession
from .villages import Village, VillageOfficer

__all__ = [
    "SessionChange",
    "SessionPhoto",
    "TrainingSession",
    "Village",
    "VillageOfficer",
    "VillageProgramIndexPage",
    "VillageProgramPage",
]
