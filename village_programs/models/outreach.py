"""Outreach requests: a village asks the office to bring its mobile passport
service. Each request travels to the booking system through an outbox entry
written in the same transaction, so a request is never lost between the
officer's form and the worker that delivers it."""

import datetime
import uuid

from django.conf import settings
from django.db import models
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from .sessions import TrainingSession
from .villages import Village


class OutreachRequest(models.Model):
    # Requests and their delivery show on officers' and staff pages only; a visit the
    # office schedules shows publicly as a ServiceEvent (core/page_cache.py).
    public_content = False

    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted, being delivered to the office")
        RECEIVED = "received", _("Received by the office")
        SCHEDULED = "scheduled", _("Scheduled")
        DECLINED = "declined", _("Declined")
        COMPLETED = "completed", _("Completed")
        CANCELLED = "cancelled", _("Cancelled")
        DELIVERY_FAILED = "delivery_failed", _("Delivery failed")

    class Service(models.TextChoices):
        NEW = "new", _("New passports")
        REPLACEMENT = "replacement", _("Replacement of expired or full passports")

    # The states in which the officer may still cancel: before anything is scheduled.
    CANCELLABLE = {State.DRAFT, State.SUBMITTED, State.RECEIVED, State.DELIVERY_FAILED}

    request_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False, verbose_name=_("request id"))
    village = models.ForeignKey(
        Village, on_delete=models.PROTECT, related_name="outreach_requests", verbose_name=_("village")
    )
    place_name = models.CharField(_("place"), max_length=150, help_text=_("e.g. 'Sukamaju village hall'."))
    place_address = models.CharField(_("address"), max_length=250)
    latitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True, verbose_name=_("latitude"))
    longitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True, verbose_name=_("longitude"))
    preferred_dates = models.JSONField(
        default=list, help_text=_("One to three ISO dates."), verbose_name=_("preferred dates")
    )
    expected_applicants = models.PositiveIntegerField(verbose_name=_("expected applicants"))
    services = models.JSONField(default=list, verbose_name=_("services"))
    contact_name = models.CharField(max_length=150, verbose_name=_("contact name"))
    contact_phone = models.CharField(
        max_length=20, help_text=_("WhatsApp number in E.164, e.g. +6281234567890."), verbose_name=_("contact phone")
    )
    # Room for a paragraph or two; a megabyte of text would fill every list and e-mail it reaches.
    notes = models.TextField(blank=True, max_length=2000, verbose_name=_("notes"))
    training_sessions = models.ManyToManyField(
        TrainingSession, blank=True, related_name="outreach_requests", verbose_name=_("training sessions")
    )

    state = models.CharField(max_length=20, choices=State.choices, default=State.DRAFT, verbose_name=_("state"))
    reference = models.CharField(
        max_length=100, blank=True, help_text=_("The booking system's reference."), verbose_name=_("reference")
    )
    scheduled_for = models.DateTimeField(null=True, blank=True, verbose_name=_("scheduled for"))
    scheduled_place = models.CharField(max_length=250, blank=True, verbose_name=_("scheduled place"))
    quota = models.PositiveIntegerField(null=True, blank=True, verbose_name=_("quota"))
    decline_reason = models.TextField(blank=True, verbose_name=_("decline reason"))
    delivery_error = models.TextField(
        blank=True, help_text=_("The last delivery problem, in plain words."), verbose_name=_("delivery error")
    )
    # When the booking system sent the update last applied (its signed timestamp):
    # an older message, replayed or late, must not undo a newer one.
    last_booking_update_at = models.DateTimeField(
        null=True, blank=True, editable=False, verbose_name=_("last booking update at")
    )
    event = models.ForeignKey(
        "education.ServiceEvent",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("event"),
    )

    form_token = models.UUIDField(unique=True, null=True, blank=True, editable=False, verbose_name=_("form token"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("created by")
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("updated at"))
    submitted_at = models.DateTimeField(null=True, blank=True, verbose_name=_("submitted at"))

    class Meta:
        verbose_name = _("outreach request")
        verbose_name_plural = _("outreach requests")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.village.name}: {self.expected_applicants} ({self.created_at:%Y-%m-%d})"

    @property
    def cancellable(self):
        return self.state in self.CANCELLABLE

    def preferred_days(self):
        """The preferred dates as dates, for showing them in the reader's language."""
        days = []
        for value in self.preferred_dates:
            try:
                days.append(datetime.date.fromisoformat(value))
            except (TypeError, ValueError):
                continue
        return days

    def service_labels(self):
        labels = dict(self.Service.choices)
        return [labels.get(service, service) for service in self.services]

    # For spreadsheet exports: lists as text a spreadsheet shows in one cell.
    def preferred_dates_text(self):
        return "; ".join(formats.date_format(day, "DATE_FORMAT") for day in self.preferred_days())

    preferred_dates_text.short_description = _("preferred dates")

    def services_text(self):
        return "; ".join(str(label) for label in self.service_labels())

    services_text.short_description = _("services")

    def set_state(self, state, *, by=None, source, note=""):
        """Move to `state` and keep the change. The caller saves the request."""
        self.state = state
        OutreachStateChange.objects.create(request=self, state=state, by=by, source=source, note=note)


class OutreachStateChange(models.Model):
    # Private history (core/page_cache.py).
    public_content = False

    class Source(models.TextChoices):
        OFFICER = "officer", _("village officer")
        OFFICE = "office", _("office staff")
        BOOKING = "booking", _("booking system")
        DELIVERY = "delivery", _("delivery")

    request = models.ForeignKey(
        OutreachRequest, on_delete=models.CASCADE, related_name="state_changes", verbose_name=_("request")
    )
    state = models.CharField(max_length=20, choices=OutreachRequest.State.choices, verbose_name=_("state"))
    at = models.DateTimeField(default=timezone.now, verbose_name=_("when"))
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("by whom"),
    )
    source = models.CharField(max_length=20, choices=Source.choices, verbose_name=_("source"))
    note = models.TextField(blank=True, verbose_name=_("note"))

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.request}: {self.get_state_display()}"


class OutboxEntry(models.Model):
    """One delivery of one request to the booking system. The worker claims an
    entry with a lease; a worker that dies mid-send leaves the lease to expire,
    and the next one resends with the same Idempotency-Key."""

    # Delivery bookkeeping (core/page_cache.py).
    public_content = False

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        DELIVERED = "delivered", _("Delivered")
        FAILED = "failed", _("Failed")

    request = models.OneToOneField(
        OutreachRequest, on_delete=models.CASCADE, related_name="outbox", verbose_name=_("request")
    )
    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.PENDING, db_index=True, verbose_name=_("status")
    )
    attempts = models.PositiveIntegerField(default=0, verbose_name=_("attempts"))
    next_attempt_at = models.DateTimeField(default=timezone.now, db_index=True, verbose_name=_("next attempt at"))
    locked_until = models.DateTimeField(null=True, blank=True, verbose_name=_("locked until"))
    locked_by = models.CharField(max_length=100, blank=True, verbose_name=_("locked by"))
    last_error = models.TextField(blank=True, verbose_name=_("last error"))
    created_at = models.DateTimeField(default=timezone.now, verbose_name=_("created at"))
    delivered_at = models.DateTimeField(null=True, blank=True, verbose_name=_("delivered at"))

    class Meta:
        verbose_name = _("outbox entry")
        verbose_name_plural = _("outbox entries")

    def __str__(self):
        return f"{self.request_id}: {self.status} after {self.attempts} attempt(s)"
