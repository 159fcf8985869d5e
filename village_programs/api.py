"""The booking system's callback: signed status updates for outreach requests."""

import datetime
import json
import uuid

from django.conf import settings
from django.http import JsonResponse
from django.utils.dateparse import parse_datetime
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from . import booking, outreach
from .models import OutreachRequest

MAX_BODY = 64 * 1024
STATUSES = {"scheduled", "declined", "completed"}


def error(status, message):
    return JsonResponse({"error": message}, status=status)


def text_field(data, name, limit):
    """An optional string the contract limits to `limit` characters; refused, never cut, when longer."""
    value = data.get(name, "")
    if not isinstance(value, str):
        raise ValueError(f"{name} must be a string.")
    if len(value) > limit:
        raise ValueError(f"{name} must be at most {limit} characters.")
    return value


def parse_update(data):
    """Check the callback's fields; return the keyword arguments for apply_booking_update."""
    if not isinstance(data, dict):
        raise ValueError("The body must be a JSON object.")
    try:
        request_id = uuid.UUID(str(data.get("request_id")))
    except ValueError:
        raise ValueError("request_id must be a UUID.") from None
    status = data.get("status")
    if not isinstance(status, str) or status not in STATUSES:
        raise ValueError("status must be one of scheduled, declined, completed.")
    update = {"request_id": request_id, "status": status, "reference": text_field(data, "reference", 100)}
    if status == "scheduled":
        when = parse_datetime(str(data.get("scheduled_for") or ""))
        if when is None or when.tzinfo is None:
            raise ValueError("scheduled_for must be an ISO 8601 date and time with a time zone.")
        if not 2000 <= when.year <= 2100:
            raise ValueError("scheduled_for must be a date between the years 2000 and 2100.")
        quota = data.get("quota")
        if quota is not None and (not isinstance(quota, int) or isinstance(quota, bool) or not 0 <= quota <= 100000):
            raise ValueError("quota must be a whole number.")
        place = text_field(data, "place", 250)
        if not place.strip():
            raise ValueError("place is required for a scheduled request.")
        update.update(scheduled_for=when.astimezone(datetime.UTC), place=place.strip(), quota=quota)
    elif status == "declined":
        update["reason"] = text_field(data, "reason", 2000)
    return update


@csrf_exempt
@require_POST
def booking_callback(request):
    secret = settings.BOOKING_API_SECRET
    if not secret:
        return error(404, "Callbacks are not enabled on this site.")
    if int(request.headers.get("Content-Length") or 0) > MAX_BODY:
        return error(413, "The body is too large.")
    body = request.body
    timestamp = request.headers.get("X-Booking-Timestamp", "")
    if not booking.verify(secret, timestamp, body, request.headers.get("X-Booking-Signature", "")):
        return error(401, "Missing, wrong or expired signature.")
    try:
        update = parse_update(json.loads(body))
    except (ValueError, UnicodeDecodeError) as problem:
        return error(400, str(problem))
    except RecursionError:
        return error(400, "The body is nested too deeply.")
    sent_at = datetime.datetime.fromtimestamp(int(timestamp), tz=datetime.UTC)
    try:
        changed = outreach.apply_booking_update(**update, sent_at=sent_at)
    except OutreachRequest.DoesNotExist:
        return error(404, "No outreach request with this request_id.")
    except outreach.UpdateRefused as refusal:
        return error(409, str(refusal))
    return JsonResponse({"status": "updated" if changed else "unchanged"})
