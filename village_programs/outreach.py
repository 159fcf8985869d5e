"""The outreach request's states, one function per transition: the officer
submits or cancels, the office retries a failed delivery, and the booking
system (by callback, or office staff in the admin queue when there is no
booking system) schedules, declines or completes. Officer views, the office
admin and the booking callback all go through these functions, so every path
has the same rules and the same effects. Delivery itself is the outbox's
(outbox.py), run by the worker (tasks.py)."""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from . import notices, outbox, tasks
from .models import OutreachRequest
from .models.outreach import OutreachStateChange

State = OutreachRequest.State
Source = OutreachStateChange.Source


class UpdateRefused(Exception):
    """The update does not fit the request's current state."""


def submit(request, user):
    """Submit the request. This is the one place that decides between the
    booking system (an outbox entry in the same transaction) and the office
    queue in the admin (received at once)."""
    request.submitted_at = timezone.now()
    request.set_state(State.SUBMITTED, by=user, source=Source.OFFICER)
    if settings.BOOKING_API_URL:
        request.save()
        outbox.add(request)
        transaction.on_commit(tasks.schedule_delivery)
    else:
        request.reference = f"KANIM-{request.pk:06d}"
        request.set_state(State.RECEIVED, source=Source.OFFICE, note=_("Placed in the office queue."))
        request.save()
        notices.request_changed(request)


def retry_delivery(request, user):
    """Office staff try again after delivery failed."""
    with transaction.atomic():
        request = OutreachRequest.objects.select_for_update().get(pk=request.pk)
        if request.state != State.DELIVERY_FAILED:
            raise UpdateRefused(_("Only a request whose delivery failed can be sent again."))
        outbox.add(request)
        request.delivery_error = ""
        request.set_state(State.SUBMITTED, by=user, source=Source.OFFICE, note=_("Delivery retried."))
        request.save()
        transaction.on_commit(tasks.schedule_delivery)
    return request


def cancel(request, user):
    with transaction.atomic():
        request = OutreachRequest.objects.select_for_update().get(pk=request.pk)
        if not request.cancellable:
            raise UpdateRefused(_("A request can no longer be cancelled once it is scheduled."))
        outbox.withdraw(request)
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
    sent_at=None,
):
    """Apply scheduled / declined / completed. Returns True when something
    changed; repeating the same update changes nothing. `sent_at`, the booking
    system's signed time of the message, keeps its updates in order."""
    with transaction.atomic():
        request = (
            OutreachRequest.objects.select_for_update().select_related("village__office").get(request_id=request_id)
        )
        if status not in ALLOWED:
            raise UpdateRefused(f"Unknown status {status!r}.")
        if sent_at and request.last_booking_update_at and sent_at < request.last_booking_update_at:
            raise UpdateRefused("This update is older than one already applied; it is ignored.")
        if reference and request.reference and reference != request.reference:
            raise UpdateRefused(f"This request's reference is {request.reference}; a different one cannot replace it.")
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
        if sent_at:
            request.last_booking_update_at = sent_at
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
        publish_event(request, by=by, source=source)
        notices.request_changed(request)
    return True


def publishes_at_once(by, source):
    """Whether a scheduled visit's typed place reaches the public schedule at once. What
    the booking system sends is the office's own decision; what staff type in the admin
    reaches it through someone who may publish events, or waits for a reviewer."""
    return source == Source.BOOKING or (by is not None and by.has_perm("education.publish_serviceevent"))


def publish_event(request, by=None, source=Source.BOOKING):
    """A scheduled request appears on the public mobile-service schedule; a
    declined one leaves it. Set by staff who may not publish, a new visit is a draft
    for review, and a changed place waits in a draft while the date changes at once."""
    from education.models import ServiceEvent

    event = request.event
    if request.state in (State.DECLINED, State.CANCELLED):
        if event:
            change_event(event, cancelled=True)
        return
    if request.state != State.SCHEDULED:
        return
    at_once = publishes_at_once(by, source)
    starts = request.scheduled_for
    village = request.village
    default = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    values = {
        "office": village.office,
        "kind": ServiceEvent.Kind.VILLAGE,
        # An unconfirmed kecamatan is left out, never written as an empty "Kec. ,".
        "address": ", ".join(
            part
            for part in (f"Desa {village.name}", village.kecamatan and f"Kec. {village.kecamatan}", village.kabupaten)
            if part
        ),
        "starts_at": starts,
        "ends_at": starts + datetime.timedelta(hours=5),
        "quota": request.quota,
        "cancelled": False,
    }
    place = request.scheduled_place or request.place_name
    if event is None:
        copies = []
        with translation.override(default.language_code):
            event = ServiceEvent.objects.create(
                locale=default, title=event_title(village), notes=event_notes(), place=place, live=at_once, **values
            )
        copies.append(event)
        for locale in Locale.objects.exclude(pk=default.pk):
            copy = event.copy_for_translation(locale)
            with translation.override(locale.language_code):
                copy.title, copy.notes = event_title(village), event_notes()
            copy.live = at_once
            copy.save()
            copies.append(copy)
        if not at_once:
            for copy in copies:
                copy.save_revision(user=by, log_action=True)
        request.event = event
        request.save(update_fields=["event"])
    elif at_once:
        change_event(event, place=place, **values)
    else:
        change_event(event, **values)
        for copy in ServiceEvent.objects.filter(translation_key=event.translation_key).exclude(place=place):
            copy.place = place
            copy.save_revision(user=by, log_action=True)  # the live row keeps its place until a reviewer publishes


def change_event(event, **values):
    """Every language's copy of `event`, saved one by one (not update()): saving renews
    the public pages' cache and the search index, which listen for saves."""
    from education.models import ServiceEvent

    for copy in ServiceEvent.objects.filter(translation_key=event.translation_key):
        for name, value in values.items():
            setattr(copy, name, value)
        copy.save()


def event_title(village):
    return _("Mobile passport service in Desa %(village)s") % {"village": village.name}


def event_notes():
    return _("For new and replacement passports. Register through the village office.")
