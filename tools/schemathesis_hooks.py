"""Schemathesis hooks for the booking callback (docs/booking-api.openapi.yaml): every
request is signed as the booking system signs it (village_programs/booking.py), so
that the run reaches the callback's own checks instead of stopping at the signature.
Loaded by Schemathesis only (SCHEMATHESIS_HOOKS=tools.schemathesis_hooks), never by the
site; it imports nothing of Django."""

import hashlib
import hmac
import json
import os
import time
import uuid

import schemathesis
from schemathesis.core.parameters import ParameterLocation


@schemathesis.hook
def map_body(ctx, body):
    """Callbacks for a request the site holds (SCHEMATHESIS_REQUEST_ID, made by
    .ci/api-conformance), so that the run reaches the state rules, not only the 404."""
    request_id = os.environ.get("SCHEMATHESIS_REQUEST_ID")
    if request_id and isinstance(body, dict) and is_uuid(body.get("request_id")):
        # Only a well-formed id is swapped: a malformed one is the point of a negative case.
        body["request_id"] = request_id
    return body


def is_uuid(value):
    try:
        uuid.UUID(value)
    except (TypeError, ValueError, AttributeError):
        return False
    return True


@schemathesis.hook
def before_call(ctx, case, kwargs):
    if case.operation.path != "/api/booking/callbacks/":
        return
    meta = getattr(case, "meta", None)
    if meta is not None and meta.is_negative_at(ParameterLocation.HEADER):
        # Headers made invalid on purpose stay so: the callback must refuse them (401),
        # and a valid signature would turn the negative case into an accepted one.
        return
    secret = os.environ["BOOKING_API_SECRET"]
    timestamp = str(int(time.time()))
    # The bytes requests will send for `json=`: json.dumps with allow_nan=False, UTF-8.
    # A case generated without a body (an invalid one) sends none.
    sendable = case.body is None or isinstance(case.body, (dict, list, str, int, float, bool))
    body = json.dumps(case.body, allow_nan=False).encode() if sendable and case.body is not None else b""
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    headers = case.headers or {}
    # Only the headers the case carries: one left out on purpose must stay out.
    if "X-Booking-Timestamp" in headers:
        headers["X-Booking-Timestamp"] = timestamp
    if "X-Booking-Signature" in headers and "X-Booking-Timestamp" in headers:
        headers["X-Booking-Signature"] = f"sha256={digest}"
    case.headers = headers
