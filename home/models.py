from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from . import channels, schedules
from .schedules import validate_weeks_of_month
from .text import analyse, html_text


class BasePage(Page):
    """What every public page shares: an introduction under the heading, review
    dates that keep facts honest, search roots, and a meta description with a
    sensible fallback."""

    last_reviewed = models.DateField(
        null=True,
        blank=True,
        help_text=_("When an editor last checked every fact on this page with the office."),
    )
    next_review_due = models.DateField(
        null=True,
        blank=True,
        help_text=_("When the page must be checked again. Pages past this date appear in the review report."),
    )

    intro = models.TextField(
        help_text=_("One or two sentences under the heading: who the page is for and what it tells them."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    review_panels = [MultiFieldPanel([FieldPanel("last_reviewed"), FieldPanel("next_review_due")], heading=_("Review"))]
    promote_panels = Page.promote_panels + review_panels
    # The page's words reduced to their roots, so the database backend finds
    # "kehilangan" on a page about a "paspor hilang" (see home/text.py).
    search_fields = Page.search_fields + [index.SearchField("search_roots"), index.SearchField("intro")]
    # Which filter on the search page this page falls under (search/views.py).
    search_type = "other"

    class Meta:
        abstract = True

    def get_meta_description(self):
        return self.search_description or getattr(self, "intro", "") or ""

    def search_text(self):
        """The page's searchable words as plain text, for search roots and result snippets."""
        parts = []
        for search_field in self.get_search_fields():
            if search_field.field_name in ("title", "search_roots"):
                continue
            if isinstance(search_field, index.SearchField):
                parts.append(html_text(search_field.get_value(self)))
            elif isinstance(search_field, index.RelatedFields):
                for related in getattr(self, search_field.field_name).all():
                    parts.extend(
                        html_text(sub.get_value(related))
                        for sub in search_field.fields
                        if isinstance(sub, index.SearchField)
                    )
        return " ".join(part for part in parts if part)

    def search_roots(self):
        language = self.locale.language_code
        # The title counts twice: a word in the title says more about the page than one in the text.
        title = " ".join(analyse(self.title, language))
        return " ".join([title, title, *analyse(self.search_text(), language)])

    @property
    def review_overdue(self):
        return self.next_review_due is not None and self.next_review_due < timezone.localdate()


class TaskBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock()
    label = blocks.CharBlock(help_text=_("What the reader can do, starting with a verb: 'Check what to bring'."))
    description = blocks.CharBlock(required=False)

    class Meta:
        icon = "link"
        template = "home/blocks/task.html"
        label = _("Task")
        description = _("A link to one of the things readers come to do most.")


class HomePage(BasePage):
    tasks = StreamField(
        [("task", TaskBlock())],
        blank=True,
        max_num=4,
        help_text=_("The most-used tasks, shown first. Three work best."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("tasks")]
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")


class InformationPage(BasePage):
    """A plain page of text the office must publish, such as the privacy notice."""

    body = RichTextField(help_text=_("Use headings for each part, so readers can find theirs."))

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    # Title and introduction only: a legal text mentions every topic of the site in
    # passing and would crowd out the pages that answer a reader's question.
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("information page")


class ContactPage(BasePage):
    """How to reach the office and where to complain. Addresses, hours and
    channels come from the office this site speaks for and its verified
    channels, so the page never shows what the office has not confirmed."""

    emergency = models.TextField(
        blank=True,
        help_text=_("Who the emergency service is for and how to reach it. Empty if the office offers none."),
    )
    complaints = models.TextField(
        help_text=_("Where else readers can complain, such as SP4N-LAPOR!, and what they can report there."),
    )
    complaints_url = models.URLField(
        blank=True, help_text=_("The address of that complaint service, e.g. https://www.lapor.go.id.")
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("emergency"),
        FieldPanel("complaints"),
        FieldPanel("complaints_url"),
    ]
    override_translatable_fields = [SynchronizedField("complaints_url")]
    search_fields = BasePage.search_fields + [index.SearchField("emergency"), index.SearchField("complaints")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("contact page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        office = SiteSettings.for_request(request).home_office
        office = office.localized if office else None
        public = office.public_channels() if office else []
        direct = channels.PHONE_KINDS | {"email"}
        context["contact_office"] = office
        context["direct_channels"] = [c for c in public if c.kind in direct]
        context["online_channels"] = [c for c in public if c.kind not in direct]
        context["complaint_channels"] = [c for c in public if c.for_complaints]
        context["phone_channels"] = [c for c in public if c.kind == "phone"]
        if office:
            context["map_url"] = "https://www.openstreetmap.org/search?" + urlencode({"query": office.address})
        return context


class Office(TranslatableMixin, ClusterableModel):
    """An immigration office (Kantor Imigrasi) and the channels through which it speaks."""

    code = models.SlugField(
        max_length=40,
        help_text=_("Short code shared with the booking system, e.g. 'karawang'. The same in every language."),
    )
    name = models.CharField(max_length=150, help_text=_("Full name as the office writes it."))
    address = models.TextField(help_text=_("Street address, as it should appear on the site."))
    work_area = models.TextField(blank=True, help_text=_("Regencies and cities the office serves (wilayah kerja)."))
    opening_hours = models.TextField(help_text=_("Days and hours of the service counters, one line per rule."))
    saturday_service_weeks = models.CharField(
        max_length=20,
        blank=True,
        validators=[validate_weeks_of_month],
        help_text=_(
            "Which Saturdays of each month the office serves passports, as numbers separated by commas: "
            "'2,4' for the second and fourth Saturday. Empty if there is no Saturday service."
        ),
    )
    priority_daily_quota = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text=_("How many priority applicants (elderly, small children, pregnant, disabled) are served a day."),
    )
    min_outreach_applicants = models.PositiveSmallIntegerField(
        default=20,
        help_text=_("The fewest applicants for which the office brings its mobile passport service to a village."),
    )
    editor_note = models.TextField(
        blank=True,
        help_text=_("Never shown to the public: what an editor still has to check with the office."),
    )
    # For the open-data API: when the office or its channels last changed.
    updated_at = models.DateTimeField(auto_now=True)

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("address"),
        TranslatableField("work_area"),
        TranslatableField("opening_hours"),
        TranslatableField("channels"),
        SynchronizedField("code"),
        SynchronizedField("saturday_service_weeks"),
        SynchronizedField("priority_daily_quota"),
        SynchronizedField("min_outreach_applicants"),
        SynchronizedField("editor_note"),
    ]

    panels = [
        FieldPanel("name"),
        FieldPanel("code"),
        FieldPanel("address"),
        FieldPanel("work_area"),
        FieldPanel("opening_hours"),
        FieldPanel("saturday_service_weeks"),
        FieldPanel("priority_daily_quota"),
        FieldPanel("min_outreach_applicants"),
        InlinePanel("channels", heading=_("Official channels"), label=_("Channel")),
        FieldPanel("editor_note"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("office")
        verbose_name_plural = _("offices")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["code", "locale"], name="unique_office_code_per_locale")]

    def __str__(self):
        return self.name

    def public_channels(self):
        return [channel for channel in self.channels.all() if channel.verified_on]

    def structured_data(self, home_url):
        """schema.org data naming the office and only its verified channels, so a
        search engine can tell the office's pages and accounts from impostors'."""
        public = self.public_channels()
        data = {
            "@context": "https://schema.org",
            "@type": "GovernmentOrganization",
            "@id": home_url + "#office",
            "name": self.name,
            "url": home_url,
            "address": self.address,
            "areaServed": self.work_area,
            "sameAs": [channel.href for channel in public if channel.href.startswith("https://")],
            "contactPoint": [
                {
                    "@type": "ContactPoint",
                    "contactType": channel.label or channel.get_kind_display(),
                    "telephone": channel.normalized,
                }
                for channel in public
                if channel.kind in channels.PHONE_KINDS
            ],
        }
        emails = [channel.normalized for channel in public if channel.kind == "email"]
        if emails:
            data["email"] = emails[0]
        return data

    @property
    def saturday_weeks(self):
        return [int(week) for week in self.saturday_service_weeks.split(",") if week.strip()]

    def next_saturday_services(self, count=4, start=None):
        return schedules.nth_saturdays(self.saturday_weeks, start or timezone.localdate(), count)


class OfficialChannel(TranslatableMixin, Orderable):
    """A phone number, WhatsApp number, website, app or social account that
    belongs to an office. The footer, the channel checker and scam warnings all
    read this one registry."""

    class Kind(models.TextChoices):
        PHONE = "phone", _("Phone")
        WHATSAPP = "whatsapp", _("WhatsApp")
        EMAIL = "email", _("Email")
        WEBSITE = "website", _("Website")
        INSTAGRAM = "instagram", "Instagram"
        FACEBOOK = "facebook", "Facebook"
        X = "x", "X (Twitter)"
        TIKTOK = "tiktok", "TikTok"
        YOUTUBE = "youtube", "YouTube"
        APP = "app", _("App")
        DOMAIN = "domain", _("Domain, with every address under it")

    office = ParentalKey(Office, on_delete=models.CASCADE, related_name="channels")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    value = models.CharField(
        max_length=200,
        help_text=_("As readers should see it: a number in any notation, a link, or an @handle."),
    )
    normalized = models.CharField(max_length=200, editable=False, db_index=True)
    label = models.CharField(
        max_length=100, blank=True, help_text=_("What the channel is for, e.g. 'Information and complaints'.")
    )
    for_complaints = models.BooleanField(default=False, help_text=_("The office takes complaints here."))
    verified_on = models.DateField(
        null=True,
        blank=True,
        help_text=_(
            "When an editor last confirmed this channel with the office. Until then it is not shown "
            "to the public and the channel checker never calls it official."
        ),
    )

    translatable_fields = [
        TranslatableField("label"),
        SynchronizedField("kind"),
        SynchronizedField("value"),
        SynchronizedField("for_complaints"),
        SynchronizedField("verified_on"),
    ]

    panels = [
        FieldPanel("kind"),
        FieldPanel("value"),
        FieldPanel("label"),
        FieldPanel("for_complaints"),
        FieldPanel("verified_on"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("official channel")

    def __str__(self):
        return f"{self.get_kind_display()}: {self.value}"

    def clean(self):
        super().clean()
        try:
            self.normalized = channels.normalize(self.kind, self.value)
        except channels.InvalidChannel:
            raise ValidationError(
                {"value": _("This is not a valid value for %(kind)s.") % {"kind": self.get_kind_display()}}
            ) from None

    def save(self, *args, **kwargs):
        if not self.normalized:
            self.normalized = channels.normalize(self.kind, self.value)
        super().save(*args, **kwargs)

    @property
    def display(self):
        if self.kind in channels.APP_KINDS:
            return self.value
        if self.kind in channels.PHONE_KINDS:
            return channels.display_phone(self.normalized)
        if self.kind in channels.WEB_KINDS or self.kind == "email":
            return self.normalized
        if self.kind in channels.DOMAIN_KINDS:
            return f"{self.normalized}, *.{self.normalized}"
        return "@" + self.normalized

    @property
    def href(self):
        social = {
            "instagram": "https://www.instagram.com/",
            "facebook": "https://www.facebook.com/",
            "x": "https://x.com/",
            "tiktok": "https://www.tiktok.com/@",
            "youtube": "https://www.youtube.com/@",
        }
        if self.kind == "phone":
            return "tel:" + self.normalized
        if self.kind == "whatsapp":
            return "https://wa.me/" + self.normalized.lstrip("+")
        if self.kind == "email":
            return "mailto:" + self.normalized
        if self.kind in channels.WEB_KINDS:
            return self.value if "://" in self.value else "https://" + self.normalized
        if self.kind in channels.DOMAIN_KINDS:
            return ""  # a family of addresses, not one to open
        if self.kind in channels.APP_KINDS:
            return ""  # found by name in the phone's app store
        return social[self.kind] + self.normalized


def page_setting(help_text):
    """A page the site settings name, such as the privacy notice: the source-language page, kept if it is deleted."""
    return models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", help_text=help_text
    )


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    home_office = models.ForeignKey(
        Office,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The office this site speaks for: its name heads every page and its channels fill the footer."),
    )
    privacy_page = page_setting(
        _("The privacy notice (UU PDP), linked from every page's footer in the reader's language.")
    )
    contact_page = page_setting(_("How to reach the office and where to complain, linked from every page's footer."))
    scammed_page = page_setting(
        _(
            "What to do if you were scammed: linked from every scam warning, the alert banner and the channel "
            "checker's 'not official' answer."
        )
    )
    # Where the search page sends a reader it could not help; each is the
    # source-language page, and readers get its translation.
    checklist_page = page_setting(_("The personal checklist of documents to bring."))
    faq_page = page_setting(_("The questions and answers page."))
    channel_checker_page = page_setting(_("The page that checks whether a number or website is really the office's."))

    panels = [
        FieldPanel("home_office"),
        FieldPanel("privacy_page"),
        PageChooserPanel("contact_page", "home.ContactPage"),
        FieldPanel("scammed_page"),
        MultiFieldPanel(
            [
                PageChooserPanel("checklist_page", "education.ChecklistPage"),
                PageChooserPanel("faq_page", "faq.FaqPage"),
                PageChooserPanel("channel_checker_page", "education.ChannelCheckerPage"),
            ],
            heading=_("Help pages"),
            help_text=_("Offered on the search page when a search finds nothing."),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")


class AlertBanner(TranslatableMixin, models.Model):
    """A short notice at the top of every page, e.g. a new scam going round or a
    closed office. It disappears by itself when it expires."""

    class Level(models.TextChoices):
        INFO = "info", _("Information")
        WARNING = "warning", _("Warning")

    message = models.CharField(max_length=250, help_text=_("One or two short sentences."))
    office = models.ForeignKey(
        Office,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The office whose site shows the banner. Empty: every office's site (a national warning)."),
    )
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional page with the details."),
    )
    level = models.CharField(max_length=10, choices=Level.choices, default=Level.WARNING)
    active = models.BooleanField(default=False, help_text=_("Show the banner on every page."))
    expires_at = models.DateTimeField(help_text=_("The banner disappears at this moment."))

    translatable_fields = [
        TranslatableField("message"),
        SynchronizedField("office"),
        SynchronizedField("link_page"),
        SynchronizedField("level"),
        SynchronizedField("active"),
        SynchronizedField("expires_at"),
    ]

    panels = [
        FieldPanel("message"),
        FieldPanel("office"),
        FieldPanel("link_page"),
        FieldPanel("level"),
        FieldPanel("active"),
        FieldPanel("expires_at"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("alert banner")
        verbose_name_plural = _("alert banners")

    def __str__(self):
        return self.message

    @classmethod
    def current(cls, locale, office=None):
        """The newest active, unexpired banner for `office`'s site (its own or a
        national one), in `locale` when translated."""
        for_site = models.Q(office__isnull=True)
        if office is not None:
            for_site |= models.Q(office__translation_key=office.translation_key)
        banner = (
            cls.objects.filter(for_site, active=True, expires_at__gt=timezone.now())
            .order_by("-expires_at")
            .select_related("locale")
            .first()
        )
        if banner is None:
            return None
        return banner.get_translation_or_none(locale) or banner
