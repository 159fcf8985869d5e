from urllib.parse import urlencode

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import prefetch_related_objects
from django.http import Http404
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.coreutils import find_available_slug
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    Page,
    PageViewRestriction,
    RevisionMixin,
    Site,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core import page_cache
from core.locales import site_home
from core.text import analyse, html_text
from core.translation_review import TranslationPermissionTester

from . import channels, schedules
from .schedules import validate_weekdays, validate_weeks_of_month


class BasePage(Page):
    """What every public page shares: an introduction under the heading, review
    dates that keep facts honest, search roots, and a meta description with a
    sensible fallback."""

    def get_view_restrictions(self):
        # Asked on every page served (two queries); most sites have no restricted page at all.
        if not page_cache.private_paths():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    last_reviewed = models.DateField(
        null=True,
        blank=True,
        help_text=_("When an editor last checked every fact on this page with the office."),
        verbose_name=_("last reviewed"),
    )
    next_review_due = models.DateField(
        null=True,
        blank=True,
        help_text=_("When the page must be checked again. Pages past this date appear in the review report."),
        verbose_name=_("next review due"),
    )

    intro = models.TextField(
        help_text=_("One or two sentences under the heading: who the page is for and what it tells them."),
        verbose_name=_("intro"),
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

    def get_url_parts(self, request=None):
        """A page of the national library is on no site: a link to it (a related
        page, a scam warning) leads to its copy on the site being served
        (home/national.py)."""
        parts = super().get_url_parts(request)
        if parts is None and request is not None:
            copy = self.copy_on_site(request)
            return copy.get_url_parts(request) if copy else None
        return parts

    def copy_on_site(self, request):
        """The copy of this national page on the site `request` is for, or None."""
        site = Site.find_for_request(request)  # remembered: no query
        if site is None:
            return None

        def find():
            # Under the site's home page in the page's language (each language has a tree
            # of its own); only on a miss, as reading the page's locale is a query.
            home = site_home(request, self.locale)
            return Page.objects.filter(alias_of=self, path__startswith=home.path).specific().first()

        return page_cache.remembered(f"national-copy:{self.pk}:{site.pk}", find, depends_on=page_cache.page_tree())

    @property
    def home_path(self):
        """The tree path of this page's home page (its office's, in its language, or the
        national library): every page of one site and language starts with it."""
        return self.path[: 2 * self.steplen]

    def office(self):
        """The office whose site this page is on (its site settings name it), or None."""
        site = self.get_site()
        return SiteSettings.for_site(site).home_office if site else None

    @classmethod
    def live_on_site_of(cls, office, locale_id=None):
        """This type's live pages on the sites that speak for `office`: the pages that
        show its rows, to re-index when those change (a handful: one per site and language)."""
        pages = cls.objects.live()
        if locale_id is not None:
            pages = pages.filter(locale_id=locale_id)
        key = office.translation_key
        return [page for page in pages if (shown := page.office()) and shown.translation_key == key]

    def remembered(self, request, name, compute):
        """`compute()` once per content change for this page (core/page_cache.py),
        or each time in a preview, which shows what is not saved yet. It depends on the
        page's own type too: `compute` may read this page's fields, which no query records."""
        if getattr(request, "is_preview", False):
            return compute()
        return page_cache.remembered(f"page:{self.pk}:{name}", compute, depends_on=(type(self),))

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

    def save(self, *args, **kwargs):
        self.slug_from_translated_title()
        return super().save(*args, **kwargs)

    def slug_from_translated_title(self):
        """wagtail-localize keeps the source's slug unless the translator
        translates it too, so English pages had Indonesian addresses. Until a
        translation is first published, a slug still equal to its source's
        follows the translated title."""
        if self.first_published_at or not self.locale_id or not self.path:
            return
        if self.locale.language_code == settings.LANGUAGE_CODE:
            return
        source = (
            Page.objects.filter(translation_key=self.translation_key, locale__language_code=settings.LANGUAGE_CODE)
            .only("slug", "title")
            .first()
        )
        if source is None or self.slug != source.slug or self.title == source.title:
            return
        parent = self.get_parent()
        if parent is not None:
            self.slug = find_available_slug(parent, slugify(self.title), ignore_page_id=self.pk)

    def permissions_for_user(self, user):
        return TranslationPermissionTester(user, self)


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
        verbose_name=_("tasks"),
    )

    content_panels = BasePage.content_panels + [FieldPanel("tasks")]
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """Wagtail walks down the tree with two queries per segment of the URL; the
        page a path leads to is remembered instead until the content changes (the
        page-cache generation), so an uncached page is found without a query."""
        if not path_components:
            return super().route(request, path_components)

        def find():
            # The specific page itself (about 3 KB, 40 µs to unpickle): finding it again cost a
            # query. Only a found page is remembered: Wagtail's 404 is raised, not kept.
            page = super(HomePage, self).route(request, path_components)[0]
            return page, page.depth - self.depth

        path = "/".join(path_components)
        page, depth = page_cache.remembered(f"route:{self.pk}:{path}", find, depends_on=page_cache.page_tree())
        # The page's own route: live or 404, and a routable page's sub-path.
        return page.route(request, path_components[depth:])


class NationalLibraryPage(Page):
    """What is national, written once: requirement pages, scam warnings, education
    modules and questions true for every office. It sits beside the offices' home
    pages, under no site; each office's site shows a copy of each page (a Wagtail
    alias, kept in step on every publish: home/national.py). National editors edit
    here; an office team sees the copy on its own site but cannot change it."""

    parent_page_types = ["wagtailcore.Page"]
    max_count = 2  # one per language

    class Meta:
        verbose_name = _("national library")

    def serve(self, request, *args, **kwargs):
        raise Http404


class InformationPage(BasePage):
    """A plain page of text the office must publish, such as the privacy notice."""

    body = RichTextField(help_text=_("Use headings for each part, so readers can find theirs."), verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    # The whole text: "what to do if you were scammed" is answered in its steps. A title
    # match still counts more (search/ranking.py), so a long legal text mentioning a
    # topic in passing does not outrank the page about it.
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("information page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["report"] = self.remembered(request, "where-to-report", lambda: self.where_to_report(request))
        return context

    def where_to_report(self, request):
        """On the page the site settings name for scammed readers: where to report, as
        links (the office's complaint channels and the online complaint service the
        contact page names; the template links the contact page itself). None on any
        other page."""
        site_settings = SiteSettings.for_request(request)
        scammed = site_settings.scammed_page
        if scammed is None or scammed.translation_key != self.translation_key:
            return None
        office = site_settings.home_office
        office = office.localized if office else None
        contact = site_settings.contact_page
        live_contact = contact.specific if contact is not None and contact.live else None
        return {
            "channels": [c for c in office.public_channels() if c.for_complaints] if office else [],
            # The source page's address, the same in every language and never out of step.
            "national_url": getattr(live_contact, "complaints_url", ""),
        }


class ContactPage(BasePage):
    """How to reach the office and where to complain. Addresses, hours and
    channels come from the office this site speaks for and its verified
    channels, so the page never shows what the office has not confirmed."""

    emergency = models.TextField(
        blank=True,
        help_text=_("Who the emergency service is for and how to reach it. Empty if the office offers none."),
        verbose_name=_("emergency"),
    )
    complaints = models.TextField(
        help_text=_("Where else readers can complain, such as SP4N-LAPOR!, and what they can report there."),
        verbose_name=_("complaints"),
    )
    complaints_url = models.URLField(
        blank=True,
        help_text=_("The address of that complaint service, e.g. https://www.lapor.go.id."),
        verbose_name=_("complaints web address"),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("emergency"),
        FieldPanel("complaints"),
        FieldPanel("complaints_url"),
    ]
    override_translatable_fields = [SynchronizedField("complaints_url")]
    search_fields = BasePage.search_fields + [
        index.SearchField("emergency"),
        index.SearchField("complaints"),
        index.SearchField("office_text"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("contact page")

    def office_text(self):
        """What the page shows of its office, for search ("alamat kantor imigrasi",
        "opening hours"): a fact the office has hidden is not searchable either."""
        office = self.office()
        if office is None:
            return ""
        office = office.get_translation_or_none(self.locale) or office
        parts = [office.name, office.work_area]
        with translation.override(self.locale.language_code):
            if office.address_status != FactStatus.HIDDEN:
                label = str(_("Address"))
                parts.append(f"{label}: {office.address}")
            if office.opening_hours_status != FactStatus.HIDDEN:
                label = str(_("Opening hours"))
                parts.append(f"{label}: {office.opening_hours}")
            # The ways to reach the office the page lists ("email kantor imigrasi", "nomor telepon").
            for channel in office.public_channels():
                if channel.kind in channels.DIRECT_KINDS:
                    parts.append(f"{channel.get_kind_display()}: {channel.value}")
        return ". ".join(part for part in parts if part)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        office = SiteSettings.for_request(request).home_office
        office = office.localized if office else None
        public = office.public_channels() if office else []
        context["contact_office"] = office
        context["direct_channels"] = [c for c in public if c.kind in channels.DIRECT_KINDS]
        context["online_channels"] = [c for c in public if c.kind not in channels.DIRECT_KINDS]
        context["complaint_channels"] = [c for c in public if c.for_complaints]
        context["phone_channels"] = [c for c in public if c.kind == "phone"]
        if office:
            context["map_url"] = "https://www.openstreetmap.org/search?" + urlencode({"query": office.address})
        return context


def reindex_contact_pages(sender, instance, raw=False, **kwargs):
    """Re-index the contact pages that show an office (ContactPage.office_text) when
    the office or one of its channels changes, or when a site's settings name another office."""
    from operations.tasks import reindex

    if isinstance(instance, SiteSettings):
        office = instance.home_office
    elif isinstance(instance, OfficialChannel):
        office = instance.office
    else:
        office = instance
    if not raw and office is not None:
        reindex(ContactPage.live_on_site_of(office))


def revisions_relation(name):
    """Revisions of a reviewed snippet, deleted with it (Wagtail's advice for draftable snippets)."""
    return GenericRelation("wagtailcore.Revision", related_query_name=name)


def workflow_states_relation(name):
    """Workflow states of a reviewed snippet, deleted with it."""
    return GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name=name,
        for_concrete_model=False,
    )


REGION_CODE = RegexValidator(
    r"^\d{2}\.\d{2}$", _("Write the Kemendagri code of a regency or city as NN.NN, e.g. 32.14.")
)


class FactStatus(models.TextChoices):
    """Whether the office has confirmed one of its facts, and what readers see until it has."""

    CONFIRMED = "confirmed", _("Confirmed with the office")
    NOTE = "note", _("Not yet confirmed: show it with a note")
    HIDDEN = "hidden", _("Not yet confirmed: do not show it")


def fact_status_field(fact):
    return models.CharField(
        max_length=10,
        choices=FactStatus.choices,
        default=FactStatus.NOTE,
        help_text=_(
            "Until the office confirms it, readers see it with 'not yet confirmed by the office', or not at all."
        ),
        verbose_name=fact,
    )


def validate_region_codes(value):
    for code in value.split(","):
        REGION_CODE(code.strip())


class Region(models.Model):
    """A regency (kabupaten) or city (kota) by its Kemendagri code: where readers live
    and offices work. National data, the same on every office's site."""

    class Kind(models.TextChoices):
        REGENCY = "kabupaten", _("Regency (kabupaten)")
        CITY = "kota", _("City (kota)")

    code = models.CharField(
        max_length=5,
        unique=True,
        validators=[REGION_CODE],
        help_text=_("Kemendagri code, e.g. 33.74 for Kota Semarang."),
        verbose_name=_("code"),
    )
    kind = models.CharField(max_length=10, choices=Kind.choices, verbose_name=_("kind"))
    name = models.CharField(
        max_length=100,
        help_text=_("The name without 'Kabupaten' or 'Kota', e.g. 'Semarang'."),
        verbose_name=_("name"),
    )
    province = models.CharField(max_length=100, verbose_name=_("province"))

    class Meta:
        verbose_name = _("regency or city")
        verbose_name_plural = _("regencies and cities")
        ordering = ["province", "name"]

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        """'Kabupaten Semarang' in Indonesian, 'Semarang Regency' in English."""
        if self.kind == self.Kind.CITY:
            return _("%(name)s City") % {"name": self.name}
        return _("%(name)s Regency") % {"name": self.name}


class Office(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin, ClusterableModel):
    """An immigration office (Kantor Imigrasi) and the channels through which it speaks."""

    code = models.SlugField(
        max_length=40,
        help_text=_("Short code shared with the booking system, e.g. 'karawang'. The same in every language."),
        verbose_name=_("code"),
    )
    name = models.CharField(max_length=150, help_text=_("Full name as the office writes it."), verbose_name=_("name"))
    national = models.BooleanField(
        default=False,
        help_text=_(
            "For the Directorate General and national services, not an office: their channels (imigrasi.go.id, "
            "M-Paspor, SP4N-LAPOR!, the hotline) are official on every office's site."
        ),
        verbose_name=_("national"),
    )

    class TimeZone(models.TextChoices):
        WIB = "Asia/Jakarta", _("WIB (UTC+7): Sumatra, Java, West and Central Kalimantan")
        WITA = "Asia/Makassar", _("WITA (UTC+8): Bali, Nusa Tenggara, South, East and North Kalimantan, Sulawesi")
        WIT = "Asia/Jayapura", _("WIT (UTC+9): Maluku and Papua")

    time_zone = models.CharField(
        max_length=40,
        choices=TimeZone.choices,
        default=TimeZone.WIB,
        help_text=_("The office's local time: its site shows schedules, 'today' and calendars in it."),
        verbose_name=_("time zone"),
    )
    address = models.TextField(
        help_text=_("Street address, as it should appear on the site."), verbose_name=_("address")
    )
    work_area = models.TextField(
        blank=True, help_text=_("Regencies and cities the office serves (wilayah kerja)."), verbose_name=_("work area")
    )
    area_codes = models.CharField(
        max_length=200,
        blank=True,
        validators=[validate_region_codes],
        help_text=_(
            "The Kemendagri codes of the regencies and cities the office serves, separated by commas, e.g. "
            "'32.15,32.14'. The office finder sends readers who live there to this office's site. Leave empty "
            "until the office has confirmed its work area."
        ),
        verbose_name=_("work area codes"),
    )
    opening_hours = models.TextField(
        help_text=_("Days and hours of the service counters, one line per rule."), verbose_name=_("opening hours")
    )
    saturday_service_weeks = models.CharField(
        max_length=20,
        blank=True,
        validators=[validate_weeks_of_month],
        help_text=_(
            "Which Saturdays of each month the office serves passports, as numbers separated by commas: "
            "'2,4' for the second and fourth Saturday. Empty if there is no Saturday service."
        ),
        verbose_name=_("Saturday service weeks"),
    )
    issues_ordinary_passports = models.BooleanField(
        default=False,
        help_text=_(
            "Tick only if the office has confirmed it still issues ordinary (non-electronic) passports. The "
            "personal checklist then offers them on this office's site."
        ),
        verbose_name=_("issues ordinary passports"),
    )
    priority_daily_quota = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text=_("How many priority applicants (elderly, small children, pregnant, disabled) are served a day."),
        verbose_name=_("priority daily quota"),
    )
    min_outreach_applicants = models.PositiveSmallIntegerField(
        default=20,
        help_text=_("The fewest applicants for which the office brings its mobile passport service to a village."),
        verbose_name=_("fewest applicants for a mobile service"),
    )
    outreach_weekdays = models.CharField(
        max_length=20,
        default="0,1,2,3,4",
        validators=[validate_weekdays],
        help_text=_(
            "The days of the week the office takes its mobile passport service to villages, as numbers separated "
            "by commas: 0 for Monday to 6 for Sunday. '0,1,2,3,4' is Monday to Friday; add 5 for Saturdays. "
            "Village requests accept only these days."
        ),
        verbose_name=_("days of village visits"),
    )
    # No public source gives an office's address, hours or Saturday service as current
    # (facts.md section 10): each says whether the office confirmed it, and when.
    address_status = fact_status_field(_("address confirmed?"))
    opening_hours_status = fact_status_field(_("opening hours confirmed?"))
    saturday_service_status = fact_status_field(_("Saturday service confirmed?"))
    facts_confirmed_on = models.DateField(
        null=True,
        blank=True,
        help_text=_("When an editor last confirmed the facts marked 'confirmed' with the office."),
        verbose_name=_("facts confirmed on"),
    )
    editor_note = models.TextField(
        blank=True,
        help_text=_("Never shown to the public: what an editor still has to check with the office."),
        verbose_name=_("editor note"),
    )
    # For the open-data API: when the office or its channels last changed.
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("updated at"))

    # An office and its channels are what readers trust: changes are drafts until a reviewer publishes them.
    _revisions = revisions_relation("office")
    workflow_states = workflow_states_relation("office")

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("address"),
        TranslatableField("work_area"),
        TranslatableField("opening_hours"),
        TranslatableField("channels"),
        SynchronizedField("code"),
        SynchronizedField("national"),
        SynchronizedField("area_codes"),
        SynchronizedField("time_zone"),
        SynchronizedField("saturday_service_weeks"),
        SynchronizedField("priority_daily_quota"),
        SynchronizedField("min_outreach_applicants"),
        SynchronizedField("issues_ordinary_passports"),
        SynchronizedField("outreach_weekdays"),
        SynchronizedField("address_status"),
        SynchronizedField("opening_hours_status"),
        SynchronizedField("saturday_service_status"),
        SynchronizedField("facts_confirmed_on"),
        SynchronizedField("editor_note"),
    ]

    panels = [
        FieldPanel("name"),
        FieldPanel("code"),
        FieldPanel("national"),
        FieldPanel("address"),
        FieldPanel("address_status"),
        FieldPanel("work_area"),
        FieldPanel("area_codes"),
        FieldPanel("time_zone"),
        FieldPanel("opening_hours"),
        FieldPanel("opening_hours_status"),
        FieldPanel("saturday_service_weeks"),
        FieldPanel("saturday_service_status"),
        FieldPanel("facts_confirmed_on"),
        FieldPanel("priority_daily_quota"),
        FieldPanel("min_outreach_applicants"),
        FieldPanel("issues_ordinary_passports"),
        FieldPanel("outreach_weekdays"),
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

    @property
    def revisions(self):
        return self._revisions

    def public_channels(self):
        return [channel for channel in self.channels.all() if channel.verified_on]

    @property
    def facts(self):
        """{fact: status} for the facts readers may see only as the office confirmed them:
        templates show a fact unless "hidden", with a note when "note"."""
        return {
            "address": self.address_status,
            "opening_hours": self.opening_hours_status,
            "saturday_service": self.saturday_service_status,
        }

    def clean(self):
        super().clean()
        if FactStatus.CONFIRMED in self.facts.values() and self.facts_confirmed_on is None:
            raise ValidationError({"facts_confirmed_on": _("Say when the office confirmed these facts.")})

    @classmethod
    def for_site(cls, home_office, locale):
        """The offices whose channels a site lists: the national ones, then its own
        office (never another office's)."""
        offices = cls.objects.filter(locale=locale, live=True)
        own = models.Q(translation_key=home_office.translation_key) if home_office else models.Q(pk__in=[])
        return offices.filter(models.Q(national=True) | own).order_by("-national", "name")

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
            # Only what the office confirmed: search engines show it as certain.
            **({"address": self.address} if self.address_status == FactStatus.CONFIRMED else {}),
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
    def outreach_days(self):
        """Weekday numbers (Monday 0) on which the office visits villages."""
        return sorted({int(day) for day in self.outreach_weekdays.split(",") if day.strip()})

    @property
    def saturday_weeks(self):
        return [int(week) for week in self.saturday_service_weeks.split(",") if week.strip()]

    def next_saturday_services(self, count=4, start=None):
        if self.saturday_service_status == FactStatus.HIDDEN:
            return []
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

    office = ParentalKey(Office, on_delete=models.CASCADE, related_name="channels", verbose_name=_("office"))
    kind = models.CharField(max_length=20, choices=Kind.choices, verbose_name=_("kind"))
    value = models.CharField(
        max_length=200,
        help_text=_("As readers should see it: a number in any notation, a link, or an @handle."),
        verbose_name=_("value"),
    )
    normalized = models.CharField(max_length=200, editable=False, db_index=True, verbose_name=_("normalised value"))
    label = models.CharField(
        max_length=100,
        blank=True,
        help_text=_("What the channel is for, e.g. 'Information and complaints'."),
        verbose_name=_("label"),
    )
    for_complaints = models.BooleanField(
        default=False, help_text=_("The office takes complaints here."), verbose_name=_("takes complaints")
    )
    verified_on = models.DateField(
        null=True,
        blank=True,
        help_text=_(
            "When an editor last confirmed this channel with the office. Until then it is not shown "
            "to the public and the channel checker never calls it official."
        ),
        verbose_name=_("verified on"),
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


class SettingPageChooserPanel(PageChooserPanel):
    """A chooser for a page the site settings name, offering the page types that
    declare they fill it (`fills_site_setting = "<field name>"`), so that home
    names no page type of the apps above it."""

    def get_form_options(self):
        from wagtail.models import get_page_models

        self.page_type = [m for m in get_page_models() if getattr(m, "fills_site_setting", None) == self.field_name]
        return super().get_form_options()


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    home_office = models.ForeignKey(
        Office,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The office this site speaks for: its name heads every page and its channels fill the footer."),
        verbose_name=_("home office"),
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
                SettingPageChooserPanel("checklist_page"),
                SettingPageChooserPanel("faq_page"),
                SettingPageChooserPanel("channel_checker_page"),
            ],
            heading=_("Help pages"),
            help_text=_("Offered on the search page when a search finds nothing."),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def name_unless_chosen(cls, site, name, page):
        """Name `page` in `site`'s settings as `name` (e.g. "faq_page"), unless its editors chose one."""
        site_settings = cls.for_site(site)
        if getattr(site_settings, f"{name}_id") is None:
            setattr(site_settings, name, page)
            site_settings.save()


def office_parts():
    """What the office a site speaks for is made of, for remembered parts that show it."""
    from wagtail.models import Locale

    return (SiteSettings, Office, OfficialChannel, Locale)


def site_office(request):
    """The office the request's site speaks for, in the reader's language, with its
    channels; remembered per site and language until the content changes."""
    if not hasattr(request, "_home_office"):

        def localized_office():
            office = SiteSettings.for_request(request).home_office
            if office is None:
                return None
            office = office.localized
            prefetch_related_objects([office], "channels")  # the footer lists them on every page
            return office

        request._home_office = page_cache.for_site(request, "home_office", localized_office, depends_on=office_parts())
    return request._home_office


class AlertBanner(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin, models.Model):
    """A short notice at the top of every page, e.g. a new scam going round or a
    closed office. It disappears by itself when it expires."""

    class Level(models.TextChoices):
        INFO = "info", _("Information")
        WARNING = "warning", _("Warning")

    message = models.CharField(max_length=250, help_text=_("One or two short sentences."), verbose_name=_("message"))
    office = models.ForeignKey(
        Office,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The office whose site shows the banner. Empty: every office's site (a national warning)."),
        verbose_name=_("office"),
    )
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional page with the details."),
        verbose_name=_("page with the details"),
    )
    level = models.CharField(max_length=10, choices=Level.choices, default=Level.WARNING, verbose_name=_("level"))
    # On by default: a banner a reviewer approves is meant to be seen. Unticking takes it
    # down at once, without waiting for its end or unpublishing it.
    active = models.BooleanField(
        default=True,
        help_text=_("Untick to take the banner off every page at once, before it ends."),
        verbose_name=_("shown on the site"),
    )
    expires_at = models.DateTimeField(
        help_text=_("The banner disappears at this moment."), verbose_name=_("expires at")
    )

    # A banner shows on every page at once: it is a draft until a reviewer publishes it.
    _revisions = revisions_relation("alertbanner")
    workflow_states = workflow_states_relation("alertbanner")

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
        FieldPanel("go_live_at", heading=_("Show from"), help_text=_("Empty: as soon as it is published.")),
        FieldPanel("expires_at"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("alert banner")
        verbose_name_plural = _("alert banners")

    def __str__(self):
        return self.message

    @property
    def revisions(self):
        return self._revisions

    @classmethod
    def current(cls, locale, office=None):
        """The newest active, unexpired banner for `office`'s site (its own or a
        national one), in `locale` when translated."""
        for_site = models.Q(office__isnull=True)
        if office is not None:
            for_site |= models.Q(office__translation_key=office.translation_key)
        banner = (
            cls.objects.filter(for_site, live=True, active=True, expires_at__gt=timezone.now())
            .order_by("-expires_at")
            .select_related("locale")
            .first()
        )
        if banner is None:
            return None
        translated = banner.get_translation_or_none(locale)
        return translated if translated is not None and translated.live else banner


class OfficeTeam(models.Model):
    """A group whose members work for one office only. On a deployment shared by
    several offices, an office's editors and reviewers belong to its teams: they
    edit that office's pages (page permissions on its home pages) and its
    offices, banners and events, and nobody else's. Members of no team are not
    limited (one office per deployment needs no teams)."""

    group = models.OneToOneField(
        "auth.Group", on_delete=models.CASCADE, related_name="office_team", verbose_name=_("group")
    )
    office = models.ForeignKey(
        Office,
        on_delete=models.CASCADE,
        related_name="teams",
        verbose_name=_("office"),
        help_text=_("The office in any language: the team works on all its translations."),
    )

    panels = [FieldPanel("group"), FieldPanel("office")]

    class Meta:
        verbose_name = _("office team")
        verbose_name_plural = _("office teams")

    def __str__(self):
        return f"{self.group}: {self.office}"
