"""The outbox: outreach requests on their way to the office's booking system.

An entry is written in the same transaction as the request's submission
(outreach.submit), so a request is never lost between the site and the
booking system. The worker (tasks.deliver_outreach) claims due entries with a
lease, sends each once per attempt with its idempotency key, and records the
answer: received, or a retry later with backoff, or a delivery failure."""

import datetime
import logging
import random
import socket
import uuid

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from . import booking, notices
from .models import OutboxEntry, OutreachRequest
from .models.outreach import OutreachStateChange

logger = logging.getLogger(__name__)
State = OutreachRequest.State
Source = OutreachStateChange.Source

LONGEST_WAIT = 3600  # seconds


def lease():
    """How long a claimed entry is held: long enough for one attempt to time out."""
    return datetime.timedelta(seconds=settings.BOOKING_API_TIMEOUT * 3)


def add(request):
    """Queue the request for delivery (again), from its first attempt."""
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


def withdraw(request):
    """Stop delivering a request that was cancelled before it went out."""
    OutboxEntry.objects.filter(request=request, status=OutboxEntry.Status.PENDING).update(
        status=OutboxEntry.Status.FAILED, last_error="cancelled"
    )


def backoff(attempts, retry_after=None):
    """Exponential backoff with jitter, never sooner than the server asked."""
    first = settings.BOOKING_RETRY_FIRST_SECONDS
    delay = min(first * 2 ** max(attempts - 1, 0), LONGEST_WAIT) * random.uniform(0.5, 1.5)
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
        received = request.state == State.SUBMITTED
        if received:
            request.set_state(State.RECEIVED, source=Source.BOOKING, note=reference)
        request.save()
        if received:
            notices.request_changed(request)


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
    """When the next pending entry can be claimed: its attempt time, or, while
    another worker holds it, the end of that lease (the holder reschedules
    delivery itself when it is done; asking sooner would only spin)."""
    from django.db.models import Min
    from django.db.models.functions import Coalesce, Greatest

    free_at = Greatest("next_attempt_at", Coalesce("locked_until", "next_attempt_at"))
    pending = OutboxEntry.objects.filter(status=OutboxEntry.Status.PENDING)
    first = pending.aggregate(at=Min(free_at))["at"]
    if first is None:
        return None
    return max(first, timezone.now())


def backlog():
    """Requests waiting to reach the booking system, and since when."""
    from django.db.models import Min

    pending = OutboxEntry.objects.filter(status=OutboxEntry.Status.PENDING)
    return "outbox", pending.count(), pending.aggregate(Min("created_at"))["created_at__min"]
