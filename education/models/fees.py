"""Fees and their rates: an amount exists once, for every language."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, RevisionMixin, TranslatableMixin, WorkflowMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.locales import active_locale
from home.models import BasePage, SiteSettings, revisions_relation, workflow_states_relation


def rate_in_force(rates, day):
    """Of `rates` in order of their first day, the newest that has started on `day` and not ended."""
    in_force = [r for r in rates if r.effective_from <= day and (r.effective_until is None or r.effective_until >= day)]
    return in_force[-1] if in_force else None


def first_rate_after(rates, day):
    """Of `rates` in order of their first day, the first to start after `day`."""
    return next((r for r in rates if r.effective_from > day), None)


class ChecklistUse(models.TextChoices):
    """The lines the personal checklist can add up; editors say which fee fills each."""

    E_PASSPORT_5 = "e5", _("Electronic passport, 5 years")
    E_PASSPORT_10 = "e10", _("Electronic passport, 10 years")
    ORDINARY_PASSPORT_5 = "o5", _("Ordinary passport, 5 years")
    ORDINARY_PASSPORT_10 = "o10", _("Ordinary passport, 10 years")
    LOST = "lost", _("Charge for a lost passport")
    DAMAGED = "damaged", _("Charge for a damaged passport")
    SAME_DAY = "same_day", _("Accelerated service (ready the same day)")
    DELIVERY = "delivery", _("Delivery of the passport to the reader's address")


class Fee(TranslatableMixin, index.Indexed, models.Model):
    """A charge a reader may have to pay (PNBP or a partner's price). Its name is
    translated; its amounts live in FeeRate, once for every language."""

    code = models.SlugField(
        max_length=50,
        help_text=_(
            "Stable code for this fee, e.g. 'e-paspor-5': the anchor of its row on the fee page. The same in "
            "every language."
        ),
        verbose_name=_("code"),
    )
    checklist_use = models.CharField(
        max_length=20,
        choices=ChecklistUse.choices,
        blank=True,
        help_text=_("Which line of the personal checklist this fee is; empty if the checklist never adds it."),
        verbose_name=_("checklist line"),
    )
    name = models.CharField(
        max_length=150,
        help_text=_("Name as readers know it, e.g. 'E-passport, valid 5 years'."),
        verbose_name=_("name"),
    )
    applies_to = models.TextField(
        blank=True, help_text=_("Who pays it and when, in one or two sentences."), verbose_name=_("applies to")
    )
    office = models.ForeignKey(
        "home.Office",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_(
            "Empty for a national fee (PNBP), shown on every office's site. An office's own service, such as its "
            "own delivery to readers' homes, names the office and shows on that office's site only."
        ),
        verbose_name=_("office"),
    )

    # The order of the fee page: the way the office speaks (by service, then
    # validity), set by dragging in the admin's list of fees.
    sort_order = models.IntegerField(null=True, blank=True, editable=False, verbose_name=_("sort order"))
    sort_order_field = "sort_order"

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("applies_to"),
        SynchronizedField("code"),
        SynchronizedField("checklist_use"),
        SynchronizedField("sort_order"),
        SynchronizedField("office"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("applies_to"), index.FilterField("locale_id")]
    panels = [
        FieldPanel("name"),
        FieldPanel("code"),
        FieldPanel("office"),
        FieldPanel("applies_to"),
        FieldPanel("checklist_use"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("fee")
        verbose_name_plural = _("fees")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_fee_code_per_locale"),
            # One national fee per checklist line, and one per office, or the checklist
            # could not tell which to add (an office's own fee takes the line on its site).
            models.UniqueConstraint(
                fields=["checklist_use", "locale"],
                condition=~models.Q(checklist_use="") & models.Q(office__isnull=True),
                name="unique_national_fee_checklist_use",
            ),
            models.UniqueConstraint(
                fields=["checklist_use", "office", "locale"],
                condition=~models.Q(checklist_use="") & models.Q(office__isnull=False),
                name="unique_office_fee_checklist_use",
            ),
        ]

    def __str__(self):
        return self.name

    @classmethod
    def shown_for(cls, office, locale):
        """The fees a site shows: the national ones and its own office's, never another office's."""
        own = models.Q(office__translation_key=office.translation_key) if office else models.Q(pk__in=[])
        return cls.objects.filter(models.Q(office__isnull=True) | own, locale=locale).order_by("sort_order", "name")

    @classmethod
    def shown_on_site_of(cls, page):
        """`shown_for` the office of the site `page` is on, in one query: every office's
        home page sits directly under Wagtail's root, and the site's settings name its office."""
        from wagtail.models import Page

        home = Page.objects.filter(path=page.home_path).values("translation_key")
        offices = SiteSettings.objects.filter(site__root_page__translation_key__in=home).values(
            "home_office__translation_key"
        )
        own = models.Q(office__translation_key__in=offices)
        return cls.objects.filter(models.Q(office__isnull=True) | own, locale_id=page.locale_id).order_by(
            "sort_order", "name"
        )

    def published_rates(self):
        return FeeRate.objects.filter(live=True, fee__translation_key=self.translation_key)

    def rate_on(self, day=None):
        """The rate in force on `day` (today by default): the newest that has started and not ended."""
        return rate_in_force(self.published_rates().order_by("effective_from"), day or timezone.localdate())

    def next_rate(self, day=None):
        """A published rate that starts after `day`, so the site can announce the change."""
        return first_rate_after(self.published_rates().order_by("effective_from"), day or timezone.localdate())

    @cached_property
    def current(self):
        return self.rate_on()

    @cached_property
    def upcoming(self):
        return self.next_rate()

    @classmethod
    def with_rates(cls, fees, day=None):
        """Fill `current` and `upcoming` of many fees with one query instead of two per fee."""
        day = day or timezone.localdate()
        fees = list(fees)
        rates = {}
        published = FeeRate.objects.filter(live=True, fee__translation_key__in={fee.translation_key for fee in fees})
        for rate in published.select_related("fee").order_by("effective_from"):
            rates.setdefault(rate.fee.translation_key, []).append(rate)
        for fee in fees:
            own = rates.get(fee.translation_key, [])
            fee.__dict__["current"] = rate_in_force(own, day)
            fee.__dict__["upcoming"] = first_rate_after(own, day)
        return fees

    @classmethod
    def for_checklist(cls, uses, locale=None, office=None):
        """The fees filling these checklist lines on `office`'s site, in the reader's
        language where translated, with their rates: the office's own fee for a line
        if it has one, else the national fee, never another office's."""
        locale = locale or active_locale()
        own = models.Q(office__translation_key=office.translation_key) if office else models.Q(pk__in=[])
        found = {}
        fees = cls.objects.filter(models.Q(office__isnull=True) | own, checklist_use__in=uses)
        # National first, then the office's own; each in the source language, then the reader's.
        for fee in sorted(fees, key=lambda fee: (fee.office_id is not None, fee.locale_id == locale.id)):
            found[fee.checklist_use] = fee
        cls.with_rates(found.values())
        return found


class FeeRate(WorkflowMixin, DraftStateMixin, RevisionMixin, models.Model):
    """An amount of a fee, in force from one date (and possibly until another),
    with its legal basis. Amounts are never typed into pages: pages reference
    the fee and show the rate in force. A rate can be prepared in advance,
    approved by a reviewer and scheduled to go live; the site announces it
    before its effective date."""

    fee = models.ForeignKey(
        Fee,
        on_delete=models.CASCADE,
        related_name="rates",
        help_text=_("The fee in any language: the rate applies to all its translations."),
        verbose_name=_("fee"),
    )
    amount = models.PositiveIntegerField(
        help_text=_("In whole rupiah, without dots: 650000."), verbose_name=_("amount")
    )
    legal_basis = models.CharField(
        max_length=120,
        help_text=_("The regulation that sets the amount, e.g. 'PP 45/2024'."),
        verbose_name=_("legal basis"),
    )
    effective_from = models.DateField(help_text=_("First day this amount applies."), verbose_name=_("effective from"))
    effective_until = models.DateField(
        null=True,
        blank=True,
        help_text=_("Last day this amount applies; empty while no end is known."),
        verbose_name=_("effective until"),
    )
    source_note = models.TextField(
        blank=True,
        help_text=_("Never shown to the public: where the figure comes from and what is still uncertain."),
        verbose_name=_("source note"),
    )

    _revisions = revisions_relation("feerate")
    workflow_states = workflow_states_relation("feerate")

    panels = [
        FieldPanel("fee"),
        FieldPanel("amount"),
        FieldPanel("legal_basis"),
        FieldPanel("effective_from"),
        FieldPanel("effective_until"),
        FieldPanel("source_note"),
    ]

    class Meta:
        verbose_name = _("fee rate")
        verbose_name_plural = _("fee rates")
        ordering = ["fee__name", "-effective_from"]

    def __str__(self):
        return f"{self.fee}: {self.amount} ({self.legal_basis}, {self.effective_from})"

    @property
    def revisions(self):
        return self._revisions

    def clean(self):
        super().clean()
        if self.effective_until and self.effective_from and self.effective_until < self.effective_from:
            raise ValidationError({"effective_until": _("The last day cannot come before the first day.")})


class FeeIndexPage(BasePage):
    """Every fee with the amount in force today, its legal basis and any announced change."""

    notes = RichTextField(blank=True, help_text=_("How to pay, and what never to pay."), verbose_name=_("notes"))

    content_panels = BasePage.content_panels + [FieldPanel("notes")]
    search_fields = BasePage.search_fields + [
        index.SearchField("notes"),
        index.SearchField("fee_text"),
    ]
    search_type = "fees"
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("fee index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["fees"] = self.remembered(request, f"fees:{timezone.localdate()}", self.fees_in_force)
        return context

    def fees_in_force(self):
        """The fees with a rate in force or announced, with their rates: the national
        ones and this site's office's own."""
        return [fee for fee in Fee.with_rates(Fee.shown_on_site_of(self)) if fee.current or fee.upcoming]

    def fee_text(self):
        """The fees' names for search: a reader asking for "biaya paspor hilang" lands here."""
        return " ".join(f"{fee.name}. {fee.applies_to}" for fee in Fee.shown_on_site_of(self))
