from .fees import Fee, FeeIndexPage, FeeRate
from .modules import Audience, EducationModuleIndexPage, EducationModulePage, ModuleHandout
from .requirements import (
    Applicant,
    Channel,
    DocumentRequirement,
    RequirementFee,
    RequirementIndexPage,
    RequirementPage,
    RequirementScamLink,
    Service,
)
from .scams import ScamPattern, ScamWarningIndexPage, ScamWarningPage
from .schedules import ServiceEvent, ServicesPage
from .tools import ChannelCheckerPage, ChecklistPage

__all__ = [
    "Audience",
    "EducationModuleIndexPage",
    "EducationModulePage",
    "ModuleHandout",
    "Applicant",
    "Channel",
    "ChannelCheckerPage",
    "ChecklistPage",
    "DocumentRequirement",
    "Fee",
    "FeeIndexPage",
    "FeeRate",
    "RequirementFee",
    "RequirementIndexPage",
    "RequirementPage",
    "RequirementScamLink",
    "ScamPattern",
    "ScamWarningIndexPage",
    "ScamWarningPage",
    "Service",
    "ServiceEvent",
    "ServicesPage",
]
