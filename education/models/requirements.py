"""Requirement pages: documents, steps, fees, time to issue and channel, per service."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from core.locales import site_home
from core.seo import page_address
from home.models import BasePage, FactStatus
from home.templatetags.site_tags import home_office

from .fees import Fee
from .scams import ScamWarningPage


class Service(models.TextChoices):
    NEW = "new", _("New passport")
    REPLACEMENT = "replacement", _("Replacement (expired or full)")
    LOST = "lost", _("Lost passport")
    DAMAGED = "damaged", _("Damaged passport")
    MIGRANT_WORKER = "migrant_worker", _("Migrant worker passport")


class Applicant(models.TextChoices):
    ADULT = "adult", _("Adult")
    CHILD = "child", _("Child")


class Channel(models.TextChoices):
    M_PASPOR = "m_paspor", _("Book in the M-Paspor app")
    WALK_IN = "walk_in", _("Walk in to the office (no booking)")


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(help_text=_("Short, starting with a verb: 'Book a slot in M-Paspor'."))
    text = blocks.TextBlock(help_text=_("What the reader does and what to expect."))

    class Meta:
        icon = "list-ol"
        template = "education/blocks/step.html"
        label = _("Step")
        description = _("One step of the application, in order.")
        preview_value = {"title": "Pesan jadwal di M-Paspor", "text": "Pilih kantor, tanggal dan jam kedatangan."}


class RequirementPage(BasePage):
    """What one service needs: documents, steps, fees, time and channel.

    Documents exist once per service and applicant: a page for a replacement,
    lost or damaged passport lists only what that service adds, and shows it
    after the documents of the new-passport page for the same applicant."""

    service = models.CharField(max_length=20, choices=Service.choices, verbose_name=_("service"))
    applicant = models.CharField(
        max_length=10,
        choices=Applicant.choices,
        default=Applicant.ADULT,
        help_text=_("Whose documents the page lists. Replacement, lost and damaged pages are written for adults."),
        verbose_name=_("applicant"),
    )
    channel = models.CharField(max_length=20, choices=Channel.choices, verbose_name=_("channel"))
    channel_note = models.TextField(
        blank=True, help_text=_("Anything special about how to apply."), verbose_name=_("channel note")
    )
    processing_time = models.CharField(
        max_length=150, help_text=_("How long until the passport is ready."), verbose_name=_("processing time")
    )
    steps = StreamField([("step", StepBlock())], help_text=_("The steps in order."), verbose_name=_("steps"))
    notes = RichTextField(blank=True, help_text=_("Anything else readers must know."), verbose_name=_("notes"))

    content_panels = BasePage.content_panels + [
        MultiFieldPanel([FieldPanel("service"), FieldPanel("applicant")], heading=_("Service")),
        InlinePanel("documents", heading=_("Documents"), label=_("Document")),
        FieldPanel("steps"),
        InlinePanel("fee_links", heading=_("Fees"), label=_("Fee")),
        MultiFieldPanel(
            [FieldPanel("channel"), FieldPanel("channel_note"), FieldPanel("processing_time")],
            heading=_("How to apply"),
        ),
        FieldPanel("notes"),
        InlinePanel("scam_links", heading=_("Related scam warnings"), label=_("Scam warning")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("steps"),
        index.SearchField("notes"),
        index.RelatedFields("documents", [index.SearchField("name"), index.SearchField("notes")]),
        index.FilterField("service"),
    ]
    search_type = "requirements"
    parent_page_types = ["home.HomePage", "education.RequirementIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("requirement page")

    def base_pages(self):
        """The new-passport page whose documents this service builds on (none for a new passport)."""
        if self.service in (Service.NEW, Service.MIGRANT_WORKER):
            return RequirementPage.objects.none()
        # On this page's own site (or in the national library, for a national page).
        return RequirementPage.objects.live().filter(
            locale_id=self.locale_id,
            service=Service.NEW,
            applicant=self.applicant,
            path__startswith=self.home_path,
        )

    def all_documents(self):
        """The base page's documents, then this page's own: one query."""
        base = self.base_pages().values("pk")[:1]
        return list(
            DocumentRequirement.objects.filter(models.Q(page=self) | models.Q(page__in=base)).order_by(
                models.Case(models.When(page=self, then=1), default=0), "sort_order"
            )
        )

    def fees(self):
        return Fee.with_rates(link.fee for link in self.fee_links.select_related("fee"))

    def structured_data(self, request, fees):
        office = home_office({"request": request})  # the site chrome's copy: no query
        data = {
            "@context": "https://schema.org",
            "@type": "GovernmentService",
            "name": self.title,
            "description": self.intro,
            "serviceType": str(self.get_service_display()),
            "url": page_address(request, self),
            "offers": [
                {"@type": "Offer", "name": fee.name, "price": fee.current.amount, "priceCurrency": "IDR"}
                for fee in fees
                if fee.current
            ],
        }
        if office:
            data["provider"] = {"@type": "GovernmentOrganization", "name": office.name}
            if office.address_status == FactStatus.CONFIRMED:  # search engines show it as certain
                data["provider"]["address"] = office.address
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["documents"] = self.remembered(request, "documents", self.all_documents)
        # A rate comes into force on a date: the day is part of the key.
        context["fees"] = self.remembered(request, f"fees:{timezone.localdate()}", self.fees)
        context["structured_data"] = self.structured_data(request, context["fees"])
        context["scam_warnings"] = self.remembered(request, "scam-warnings", self.scam_warnings)
        context["services_page"] = self.remembered(request, "services-page", lambda: self.services_page(request))
        return context

    def services_page(self, request):
        """The hours and schedules page of the site being read, in this page's language:
        after the documents, a reader asks when to come."""
        from .schedules import ServicesPage

        home = site_home(request, self.locale)
        if home is None:
            return None
        return ServicesPage.objects.live().filter(locale_id=self.locale_id, path__startswith=home.path).first()

    def scam_warnings(self):
        """The linked warnings in this page's language where translated (an
        English page links to English warnings), in the editors' order."""
        linked = [link.scam_warning for link in self.scam_links.select_related("scam_warning")]
        translated = {
            page.translation_key: page
            for page in ScamWarningPage.objects.live().filter(
                locale_id=self.locale_id, translation_key__in=[warning.translation_key for warning in linked]
            )
        }
        warnings = [translated.get(warning.translation_key, warning) for warning in linked]
        return [warning for warning in warnings if warning.live]


class DocumentRequirement(TranslatableMixin, Orderable):
    page = ParentalKey(RequirementPage, on_delete=models.CASCADE, related_name="documents", verbose_name=_("page"))
    name = models.CharField(
        max_length=200, help_text=_("The document, e.g. 'Family card (Kartu Keluarga)'."), verbose_name=_("name")
    )
    notes = models.TextField(
        blank=True, help_text=_("What to check, e.g. 'must show both parents' names'."), verbose_name=_("notes")
    )
    original_required = models.BooleanField(
        default=True, help_text=_("Bring the original (not only a copy)."), verbose_name=_("original required")
    )
    condition = models.CharField(
        max_length=200,
        blank=True,
        help_text=_("Only when this applies, e.g. 'If the parents are divorced'. Empty: always needed."),
        verbose_name=_("condition"),
    )

    panels = [FieldPanel("name"), FieldPanel("notes"), FieldPanel("original_required"), FieldPanel("condition")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("document")


class RequirementFee(TranslatableMixin, Orderable):
    page = ParentalKey(RequirementPage, on_delete=models.CASCADE, related_name="fee_links", verbose_name=_("page"))
    fee = models.ForeignKey(Fee, on_delete=models.PROTECT, related_name="+", verbose_name=_("fee"))

    panels = [FieldPanel("fee")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("fee")


class RequirementScamLink(TranslatableMixin, Orderable):
    page = ParentalKey(RequirementPage, on_delete=models.CASCADE, related_name="scam_links", verbose_name=_("page"))
    scam_warning = models.ForeignKey(
        "education.ScamWarningPage", on_delete=models.CASCADE, related_name="+", verbose_name=_("scam warning")
    )

    panels = [PageChooserPanel("scam_warning")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("scam warning")


class RequirementIndexPage(BasePage):
    search_type = "requirements"
    parent_page_types = ["home.HomePage", "home.NationalLibraryPage"]
    subpage_types = ["education.RequirementPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("requirement index page")
