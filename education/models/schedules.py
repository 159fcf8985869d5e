"""Services and schedules: the services page and the mobile service events."""

from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, PublishingPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin, WorkflowMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core import page_cache
from core.locales import active_locale
from home.models import BasePage, Office, SiteSettings, revisions_relation, workflow_states_relation

from .fees import Fee


class ServiceEvent(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin, index.Indexed, models.Model
):
    """A mobile passport service (jemput bola, paspor keliling) on a given day and place."""

    class Kind(models.TextChoices):
        MALL = "mall", _("Shopping centre")
        PESANTREN = "pesantren", _("Pesantren")
        VILLAGE = "village", _("Village")
        KECAMATAN = "kecamatan", _("Sub-district office")
        SCHOOL = "school", _("School or campus")
        OTHER = "other", _("Other")

    office = models.ForeignKey(Office, on_delete=models.PROTECT, related_name="+", verbose_name=_("office"))
    kind = models.CharField(max_length=20, choices=Kind.choices, verbose_name=_("kind"))
    title = models.CharField(
        max_length=150, help_text=_("e.g. 'Mobile passport service at Desa Sukamaju'."), verbose_name=_("title")
    )
    place = models.CharField(
        max_length=150, help_text=_("Name of the venue, e.g. 'Sukamaju village hall'."), verbose_name=_("place")
    )
    address = models.CharField(max_length=250, blank=True, verbose_name=_("address"))
    starts_at = models.DateTimeField(verbose_name=_("starts at"))
    ends_at = models.DateTimeField(verbose_name=_("ends at"))
    quota = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text=_("How many applicants can be served."), verbose_name=_("quota")
    )
    notes = models.TextField(
        blank=True, help_text=_("Who can come, what to bring, how to register."), verbose_name=_("notes")
    )
    cancelled = models.BooleanField(default=False, verbose_name=_("cancelled"))
    example = models.BooleanField(
        default=False,
        help_text=_(
            "Starter content that shows how an event looks, not a real schedule. Readers see it marked as an "
            "example everywhere (page, calendar, open data) until an editor replaces it with a real event."
        ),
        verbose_name=_("example"),
    )
    # For the open-data API and calendars: when the event last changed.
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("updated at"))

    # Readers travel to the place on the day: an event is a draft until a reviewer publishes it.
    # Events the booking system schedules (village_programs/outreach.py) are the office's own decision and go live.
    _revisions = revisions_relation("serviceevent")
    workflow_states = workflow_states_relation("serviceevent")

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("place"),
        TranslatableField("address"),
        TranslatableField("notes"),
        SynchronizedField("office"),
        SynchronizedField("kind"),
        SynchronizedField("starts_at"),
        SynchronizedField("ends_at"),
        SynchronizedField("quota"),
        SynchronizedField("cancelled"),
        SynchronizedField("example"),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("place"),
        index.SearchField("notes"),
        index.FilterField("locale_id"),
    ]
    panels = [
        FieldPanel("title"),
        FieldPanel("office"),
        FieldPanel("kind"),
        FieldPanel("place"),
        FieldPanel("address"),
        FieldPanel("starts_at"),
        FieldPanel("ends_at"),
        FieldPanel("quota"),
        FieldPanel("notes"),
        FieldPanel("cancelled"),
        FieldPanel("example"),
        PublishingPanel(),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("service event")
        verbose_name_plural = _("service events")
        ordering = ["starts_at"]

    def __str__(self):
        return f"{self.title} ({timezone.localtime(self.starts_at):%Y-%m-%d})"

    @property
    def revisions(self):
        return self._revisions

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The end must come after the start.")})

    def structured_data(self):
        """Event data for search engines; none for an example, which no one should travel to."""
        if self.example:
            return None
        return {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "startDate": timezone.localtime(self.starts_at).isoformat(),
            "endDate": timezone.localtime(self.ends_at).isoformat(),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "location": {"@type": "Place", "name": self.place, "address": self.address or self.place},
            "organizer": {"@type": "GovernmentOrganization", "name": self.office.localized.name},
            "description": self.notes,
        }

    @classmethod
    def upcoming(cls, locale=None, limit=None, office=None):
        """Events not yet over, once each, in `locale` where translated; only
        `office`'s when given (each office's site shows its own)."""
        locale = locale or active_locale()

        def not_over():
            events = {}
            queryset = cls.objects.filter(live=True, ends_at__gte=timezone.now(), cancelled=False)
            if office is not None:
                queryset = queryset.filter(office__translation_key=office.translation_key)
            for event in queryset.select_related("office").order_by("starts_at"):
                if event.translation_key not in events or event.locale_id == locale.id:
                    events[event.translation_key] = event
            return sorted(events.values(), key=lambda event: event.starts_at)

        # Remembered until the content changes; an event that ends meanwhile is dropped here.
        key = f"events:{locale.pk}:{office.translation_key if office is not None else 'all'}"
        now = timezone.now()
        ordered = [event for event in page_cache.remembered(key, not_over) if event.ends_at >= now]
        return ordered[:limit] if limit else ordered


def events_calendar(events, name):
    # Imported here: only the feed needs it, and it costs every worker several MB.
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//Kantor Imigrasi//Service events//ID")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    stamp = timezone.now()
    for event in events:
        entry = Event()
        entry.add("uid", f"{event.translation_key}@service-events")
        entry.add("dtstamp", stamp)
        # In the office's own time (the site's active time zone), with its VTIMEZONE.
        entry.add("dtstart", timezone.localtime(event.starts_at))
        entry.add("dtend", timezone.localtime(event.ends_at))
        # A calendar app shows only the summary: an example says so there.
        example = _("Example")
        entry.add("summary", f"[{example}] {event.title}" if event.example else event.title)
        entry.add("location", ", ".join(part for part in (event.place, event.address) if part))
        description = event.notes
        if event.quota:
            quota = _("Quota")
            description = f"{description}\n{quota}: {event.quota}".strip()
        if event.example:
            not_real = _("An example, not a real schedule.")
            description = f"{not_real}\n{description}".strip()
        entry.add("description", description)
        calendar.add_component(entry)
    calendar.add_missing_timezones()
    return calendar.to_ical()


class ScheduleSectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock()
    text = blocks.RichTextBlock(features=["bold", "italic", "ul", "ol", "link"])

    class Meta:
        icon = "doc-full"
        template = "education/blocks/schedule_section.html"
        label = _("Section")
        description = _("A service with its own rules, e.g. priority service or PATEN days.")
        preview_value = {"heading": "Layanan prioritas", "text": "<p>Untuk lansia, anak balita, ibu hamil.</p>"}


class ServicesPage(RoutablePageMixin, BasePage):
    """Opening hours, Saturday service, priority and other services, and the
    upcoming mobile services with an iCalendar feed."""

    sections = StreamField([("section", ScheduleSectionBlock())], blank=True, verbose_name=_("sections"))
    delivery_fee = models.ForeignKey(
        Fee,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The office's delivery fee (by post or courier), shown with the delivery section."),
        verbose_name=_("delivery fee"),
    )
    delivery_text = models.TextField(
        blank=True,
        help_text=_("How the office's delivery works and how long it takes."),
        verbose_name=_("delivery text"),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("sections"),
        FieldPanel("delivery_fee"),
        FieldPanel("delivery_text"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("sections"),
        index.SearchField("delivery_text"),
        index.SearchField("event_text"),
    ]
    search_type = "schedules"
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("services and schedules page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        office = SiteSettings.for_request(request).home_office
        context["schedule_office"] = office.localized if office else None
        context["saturdays"] = office.next_saturday_services(count=4) if office else []
        context["events"] = ServiceEvent.upcoming(self.locale, office=office)
        return context

    def event_text(self):
        """Upcoming events for search, so "paspor keliling Cilamaya" finds the schedule."""
        events = ServiceEvent.upcoming(self.locale, office=self.office())
        return " ".join(f"{event.title}. {event.place}. {event.notes}" for event in events)

    @path("")
    def index_route(self, request):
        return self.render(request)

    # Wagtail page URLs allow no dot, so no ".ics" suffix; the content type says what it is.
    @path("calendar/")
    def calendar(self, request):
        response = HttpResponse(
            events_calendar(ServiceEvent.upcoming(self.locale, office=self.office()), self.title),
            content_type="text/calendar; charset=utf-8",
        )
        response["Content-Disposition"] = 'inline; filename="calendar.ics"'
        return response
