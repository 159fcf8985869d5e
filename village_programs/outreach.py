"""What happens to an outreach request after the officer submits it: delivery
through the outbox, and the booking system's answers, whether they arrive by
callback or from the office queue in the admin. Both paths go through
apply_booking_update, so they have the same states and the same effects."""

import datetime
import logging
import random
import socket
import uuid

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from . import booking
from .models import OutboxEntry, OutreachRequest
from .models.outreach import OutreachStateChange

logger = logging.getLogger(__name__)
State = OutreachRequest.State
Source = OutreachStateChange.Source

LONGEST_WAIT = 3600  # seconds


def lease():
    """How long a claimed entry is held: long enough for one attempt to time out."""
    return datetime.timedelta(seconds=settings.BOOKING_API_TIMEOUT * 3)


class UpdateRefused(Exception):
    """The booking update does not fit the request's current state."""


def submit(request, user):
    """Submit in one transaction with its outbox entry (or, without a booking
    system, hand it straight to the office queue)."""
    request.submitted_at = timezone.now()
    request.set_state(State.SUBMITTED, by=user, source=Source.OFFICER)
    if settings.BOOKING_API_URL:
        request.save()
        OutboxEntry.objects.update_or_create(
            request=request,
            defaults={
                "status": OutboxEntry.Status.PENDING,
                "attempts": 0,
                "next_attempt_at": timezone.now(),
                "locked_until": None,
                "last_error": "",
                "created_at": timezone.now(),
            },
        )
        transaction.on_commit(schedule_delivery)
    else:
        request.reference = f"KANIM-{request.pk:06d}"
        request.set_state(State.RECEIVED, source=Source.OFFICE, note=_("Placed in the office queue."))
        request.save()


def schedule_delivery(when=None):
    from home.tasks import enqueue_once

    from .tasks import deliver_outreach

    enqueue_once(deliver_outreach, when)


def backoff(attempts, retry_after=None):
    """Exponential backoff with jitter, never sooner than the server asked."""
    first = settings.BOOKING_RETRY_FIRST_SECONDS
    delay = min(first * 2 ** max(attempts - 1, 0), LONGEST_WAIT) * random.uniform(0.5, 1.5)  # noqa: S311
    return max(delay, retry_after or 0)


def claim(worker_id, now=None):
    """Take one due entry with a lease. Row locks keep two workers off the same
    entry on PostgreSQL; the conditional update makes the claim safe everywhere."""
    now = now or timezone.now()
    due = OutboxEntry.objects.filter(status=OutboxEntry.Status.PENDING, next_attempt_at__lte=now).exclude(
        locked_until__gt=now
    )
    with transaction.atomic():
        if connection.features.has_select_for_update_skip_locked:
            due = due.select_for_update(skip_locked=True)
        entry = due.order_by("next_attempt_at", "pk").first()
        if entry is None:
            return None
        claimed = (
            OutboxEntry.objects.filter(pk=entry.pk, status=OutboxEntry.Status.PENDING)
            .exclude(locked_until__gt=now)
            .update(locked_until=now + lease(), locked_by=worker_id, attempts=entry.attempts + 1)
        )
    if not claimed:
        return None
    entry.refresh_from_db()
    return entry


def deliver_one(entry):
    """Send one claimed entry and record the answer."""
    request = OutreachRequest.objects.select_related("village__office").get(pk=entry.request_id)
    try:
        reference = booking.send(request)
    except booking.DeliveryError as error:
        record_failure(entry, error)
    else:
        record_success(entry, reference)


def record_success(entry, reference):
    with transaction.atomic():
        entry = OutboxEntry.objects.select_for_update().get(pk=entry.pk)
        if entry.status != OutboxEntry.Status.PENDING:
            return
        entry.status = OutboxEntry.Status.DELIVERED
        entry.delivered_at = timezone.now()
        entry.locked_until = None
        entry.last_error = ""
        entry.save()
        request = OutreachRequest.objects.select_for_update().get(pk=entry.request_id)
        if reference:
            request.reference = reference
        request.delivery_error = ""
        if request.state == State.SUBMITTED:
            request.set_state(State.RECEIVED, source=Source.BOOKING, note=reference)
        request.save()


def record_failure(entry, error):
    now = timezone.now()
    give_up_at = entry.created_at + datetime.timedelta(hours=settings.BOOKING_RETRY_HOURS)
    with transaction.atomic():
        entry = OutboxEntry.objects.select_for_update().get(pk=entry.pk)
        if entry.status != OutboxEntry.Status.PENDING:
            return
        entry.last_error = error.message
        entry.locked_until = None
        request = OutreachRequest.objects.select_for_update().get(pk=entry.request_id)
        retry_at = now + datetime.timedelta(seconds=backoff(entry.attempts, error.retry_after))
        if error.permanent or retry_at > give_up_at:
            entry.status = OutboxEntry.Status.FAILED
            request.delivery_error = error.message
            if request.state == State.SUBMITTED:
                request.set_state(State.DELIVERY_FAILED, source=Source.DELIVERY, note=error.message)
        else:
            entry.next_attempt_at = retry_at
            request.delivery_error = error.message
        entry.save()
        request.save()
    logger.warning("Outreach request %s not delivered: %s", request.request_id, error.message)


def deliver_due(worker_id=None, limit=None):
    """Deliver every entry that is due; return how many were attempted."""
    worker_id = worker_id or f"{socket.gethostname()}:{uuid.uuid4().hex[:8]}"
    done = 0
    while limit is None or done < limit:
        entry = claim(worker_id)
        if entry is None:
            break
        deliver_one(entry)
        done += 1
    return done


def next_due():
    entry = (
        OutboxEntry.objects.filter(status=OutboxEntry.Status.PENDING)
        .order_by("next_attempt_at")
        .only("next_attempt_at")
        .first()
    )
    if entry is None:
        return None
    return max(entry.next_attempt_at, timezone.now())


def retry_delivery(request, user):
    """Office staff try again after delivery failed."""
    with transaction.atomic():
        request = OutreachRequest.objects.select_for_update().get(pk=request.pk)
        if request.state != State.DELIVERY_FAILED:
            raise UpdateRefused(_("Only a request whose delivery failed can be sent again."))
        OutboxEntry.objects.filter(request=request).update(
            status=OutboxEntry.Status.PENDING,
            attempts=0,
            next_attempt_at=timezone.now(),
            created_at=timezone.now(),
            locked_until=None,
        )
        request.delivery_error = ""
        request.set_state(State.SUBMITTED, by=user, source=Source.OFFICE, note=_("Delivery retried."))
        request.save()
        transaction.on_commit(schedule_delivery)
    return request


def cancel(request, user):
    with transaction.atomic():
        request = OutreachRequest.objects.select_for_update().get(pk=request.pk)
        if not request.cancellable:
            raise UpdateRefused(_("A request can no longer be cancelled once it is scheduled."))
        OutboxEntry.objects.filter(request=request, status=OutboxEntry.Status.PENDING).update(
            status=OutboxEntry.Status.FAILED, last_error="cancelled"
        )
        request.set_state(State.CANCELLED, by=user, source=Source.OFFICER)
        request.save()
    return request


# The booking system's answers -----------------------------------------------

ALLOWED = {
    State.SCHEDULED: {State.SUBMITTED, State.RECEIVED, State.SCHEDULED},
    State.DECLINED: {State.SUBMITTED, State.RECEIVED, State.SCHEDULED},
    State.COMPLETED: {State.SCHEDULED},
}


def apply_booking_update(
    request_id,
    status,
    *,
    scheduled_for=None,
    place="",
    quota=None,
    reason="",
    reference="",
    by=None,
    source=Source.BOOKING,
):
    """Apply scheduled / declined / completed. Returns True when something
    changed; repeating the same update changes nothing."""
    with transaction.atomic():
        request = (
            OutreachRequest.objects.select_for_update().select_related("village__office").get(request_id=request_id)
        )
        if status not in ALLOWED:
            raise UpdateRefused(f"Unknown status {status!r}.")
        same = (
            request.state == status
            and (
                status != State.SCHEDULED
                or (
                    request.scheduled_for == scheduled_for
                    and request.scheduled_place == place
                    and request.quota == quota
                )
            )
            and (status != State.DECLINED or request.decline_reason == reason)
        )
        if same:
            return False
        if request.state not in ALLOWED[status]:
            raise UpdateRefused(f"A request that is {request.state} cannot become {status}.")
        if reference:
            request.reference = reference
        note = ""
        if status == State.SCHEDULED:
            request.scheduled_for, request.scheduled_place, request.quota = scheduled_for, place, quota
            note = f"{timezone.localtime(scheduled_for):%Y-%m-%d %H:%M}, {place}"
        elif status == State.DECLINED:
            request.decline_reason = reason
            note = reason
        request.set_state(status, by=by, source=source, note=note)
        request.save()
        publish_event(request)
    return True


def publish_event(request):
    """A scheduled request appears on the public mobile-service schedule; a
    declined one leaves it."""
    from education.models import ServiceEvent

    event = request.event
    if request.state in (State.DECLINED, State.CANCELLED):
        if event:
            ServiceEvent.objects.filter(translation_key=event.translation_key).update(cancelled=True)
        return
    if request.state != State.SCHEDULED:
        return
    starts = request.scheduled_for
    village = request.village
    default = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    values = {
        "office": village.office,
        "kind": ServiceEvent.Kind.VILLAGE,
        "place": request.scheduled_place or request.place_name,
        "address": f"Desa {village.name}, Kec. {village.kecamatan}, {village.kabupaten}",
        "starts_at": starts,
        "ends_at": starts + datetime.timedelta(hours=5),
        "quota": request.quota,
        "cancelled": False,
    }
    if event is None:
        with translation.override(default.language_code):
            event = ServiceEvent.objects.create(
                locale=default, title=event_title(village), notes=event_notes(), **values
            )
        for locale in Locale.objects.exclude(pk=default.pk):
            copy = event.copy_for_translation(locale)
            with translation.override(locale.language_code):
                copy.title, copy.notes = event_title(village), event_notes()
            copy.save()
        request.event = event
        request.save(update_fields=["event"])
    else:
        ServiceEvent.objects.filter(translation_key=event.translation_key).update(**values)


def event_title(village):
    return _("Mobile passport service in Desa %(village)s") % {"village": village.name}


def event_notes():
    return _("For new and replacement passports. Register through the village office.")
