"""The personal checklist ("Cek Persyaratan"): from a reader's situation to the
exact documents, fee lines, channel and next step, composed from the content
model so that it follows every edit to a fee or a document. It lives among the
models because the checklist page (tools.py) is made of it."""

from dataclasses import dataclass, field

from django import forms
from django.utils.translation import gettext_lazy as _

from core.locales import active_locale

from .fees import ChecklistUse, Fee
from .requirements import Channel, RequirementPage, Service

NEEDS = [
    (Service.NEW, _("A new passport (first time)")),
    (Service.REPLACEMENT, _("A replacement: my passport expired or is full")),
    (Service.LOST, _("My passport is lost")),
    (Service.DAMAGED, _("My passport is damaged")),
]
APPLICANTS = [
    ("adult", _("An adult")),
    ("child", _("A child (under 17 and not married)")),
    ("elderly", _("A person aged 60 or over")),
    ("disability", _("A person with a disability")),
    ("pregnant", _("A pregnant woman")),
]
PASSPORTS = [
    (use.value, use.label)
    for use in (
        ChecklistUse.E_PASSPORT_5,
        ChecklistUse.E_PASSPORT_10,
        ChecklistUse.ORDINARY_PASSPORT_5,
        ChecklistUse.ORDINARY_PASSPORT_10,
    )
]
PRIORITY_APPLICANTS = {"elderly", "disability", "pregnant", "child"}


class ChecklistForm(forms.Form):
    # The most common answers are preselected, so most readers need one tap to get their list.
    need = forms.ChoiceField(label=_("What do you need?"), choices=NEEDS, widget=forms.RadioSelect, initial=Service.NEW)
    applicant = forms.ChoiceField(
        label=_("Who is the passport for?"), choices=APPLICANTS, widget=forms.RadioSelect, initial="adult"
    )
    passport = forms.ChoiceField(label=_("Which passport?"), choices=PASSPORTS, widget=forms.RadioSelect, initial="e5")
    same_day = forms.BooleanField(label=_("I need it the same day (accelerated service)"), required=False)
    # The fee line names the carrier: it is the office's own, not every office's.
    delivery = forms.BooleanField(label=_("Send the passport to my address (for a fee)"), required=False)

    def __init__(self, *args, office=None, offers_delivery=False, **kwargs):
        """The office's own offer: ordinary passports only where it still issues them,
        delivery only where a delivery fee is the office's own or national."""
        super().__init__(*args, **kwargs)
        if not (office and office.issues_ordinary_passports):
            ordinary = {ChecklistUse.ORDINARY_PASSPORT_5, ChecklistUse.ORDINARY_PASSPORT_10}
            self.fields["passport"].choices = [choice for choice in PASSPORTS if choice[0] not in ordinary]
        if not offers_delivery:
            del self.fields["delivery"]

    def clean(self):
        data = super().clean()
        if data.get("applicant") == "child" and data.get("passport") in ("e10", "o10"):
            self.add_error(
                "passport",
                _(
                    "A 10-year passport is only for citizens aged 17 or over, or married. "
                    "A child's passport is valid for 5 years: choose a 5-year passport."
                ),
            )
        # A lost or damaged passport needs an interview first and a photo some days later.
        if data.get("need") in (Service.LOST, Service.DAMAGED) and data.get("same_day"):
            self.add_error(
                "same_day",
                _(
                    "The same-day service is not available for a lost or damaged passport: the office first "
                    "interviews you, and the photo follows some days later."
                ),
            )
        return data


@dataclass
class FeeLine:
    fee: Fee | None
    use: ChecklistUse
    amount: int | None
    upcoming: object = None

    @property
    def label(self):
        """What the line is, for when no fee fills it yet."""
        return self.use.label


@dataclass
class Checklist:
    need: str
    applicant: str
    passport: str
    same_day: bool
    delivery: bool
    pages: list = field(default_factory=list)
    documents: list = field(default_factory=list)
    fee_lines: list = field(default_factory=list)
    service_page: RequirementPage | None = None

    @property
    def need_label(self):
        return dict(NEEDS)[self.need]

    @property
    def passport_label(self):
        return dict(PASSPORTS)[self.passport]

    @property
    def applicant_label(self):
        return dict(APPLICANTS)[self.applicant]

    @property
    def total(self):
        return sum(line.amount for line in self.fee_lines if line.amount is not None)

    @property
    def total_complete(self):
        return all(line.amount is not None for line in self.fee_lines)

    @property
    def priority(self):
        return self.applicant in PRIORITY_APPLICANTS

    @property
    def app_allowed(self):
        return self.service_page is not None and self.service_page.channel == Channel.M_PASPOR

    @property
    def next_step(self):
        page = self.service_page
        if page is None or not page.steps:
            return None
        return page.steps[0].value


def _page(locale, service, applicant="adult", site_path=""):
    """The requirement page on the reader's site (its own or its copy of the national one)."""
    pages = RequirementPage.objects.live().filter(locale=locale, service=service, applicant=applicant)
    return pages.filter(path__startswith=site_path).first()


def build(data, locale=None, office=None, site_path=""):
    locale = locale or active_locale()
    checklist = Checklist(
        **{key: data[key] for key in ("need", "applicant", "passport", "same_day")},
        delivery=data.get("delivery", False),
    )
    group = "child" if checklist.applicant == "child" else "adult"
    base = _page(locale, Service.NEW, group, site_path)
    extra = None if checklist.need == Service.NEW else _page(locale, checklist.need, site_path=site_path)
    checklist.pages = [page for page in (base, extra) if page is not None]
    checklist.service_page = extra or base
    for page in checklist.pages:
        checklist.documents.extend(page.documents.all())

    uses = [ChecklistUse(checklist.passport)]
    if checklist.need in (Service.LOST, Service.DAMAGED):
        uses.append(ChecklistUse(checklist.need))
    if checklist.same_day:
        uses.append(ChecklistUse.SAME_DAY)
    if checklist.delivery:
        uses.append(ChecklistUse.DELIVERY)
    fees = Fee.for_checklist(uses, locale, office=office)
    for use in uses:
        fee = fees.get(use)
        rate = fee.current if fee else None
        checklist.fee_lines.append(
            FeeLine(fee=fee, use=use, amount=rate.amount if rate else None, upcoming=fee.upcoming if fee else None)
        )
    return checklist
