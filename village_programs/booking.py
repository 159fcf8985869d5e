"""The contract with the office's booking system (docs/booking-api.md):
signed JSON in both directions, with the request's UUID as Idempotency-Key."""

import email.utils
import hashlib
import hmac
import json
import time

import requests
from django.conf import settings
from django.utils import timezone

USER_AGENT = "kanim-site/1 (+outreach requests)"
# Answers that mean "try again later" rather than "this request is wrong".
RETRYABLE_4XX = {408, 429}


class DeliveryError(Exception):
    """A delivery attempt that did not end in a received request."""

    def __init__(self, message, *, permanent, retry_after=None):
        super().__init__(message)
        self.message = message
        self.permanent = permanent
        self.retry_after = retry_after


def signature(secret, timestamp, body):
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def verify(secret, timestamp, body, given, *, now=None, tolerance=300):
    """True when `given` signs `body` at `timestamp`, and the timestamp is recent."""
    try:
        sent_at = int(timestamp)
    except (TypeError, ValueError):
        return False
    if abs((now or time.time()) - sent_at) > tolerance:
        return False
    return hmac.compare_digest(signature(secret, timestamp, body), given or "")


def payload(request):
    village = request.village
    return {
        "request_id": str(request.request_id),
        "office_code": village.office.code,
        "village": {
            "code": village.code,
            "name": village.name,
            "kecamatan": village.kecamatan,
            "kabupaten": village.kabupaten,
            "province": village.province,
        },
        "place": {
            "name": request.place_name,
            "address": request.place_address,
            "latitude": float(request.latitude) if request.latitude is not None else None,
            "longitude": float(request.longitude) if request.longitude is not None else None,
        },
        "preferred_dates": list(request.preferred_dates),
        "expected_applicants": request.expected_applicants,
        "services": list(request.services),
        "contact": {"name": request.contact_name, "phone": request.contact_phone},
        "notes": request.notes,
        "submitted_at": timezone.localtime(request.submitted_at).isoformat(),
    }


def parse_retry_after(value):
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _message(response):
    try:
        data = response.json()
    except ValueError:
        return response.text[:300]
    if isinstance(data, dict):
        return str(data.get("message") or data.get("error") or data.get("detail") or data)[:300]
    return str(data)[:300]


def send(request, *, url=None, secret=None, timeout=None):
    """POST the request; return the booking system's reference or raise DeliveryError."""
    url = (url or settings.BOOKING_API_URL) + "/outreach-requests"
    secret = secret or settings.BOOKING_API_SECRET
    body = json.dumps(payload(request), ensure_ascii=False, separators=(",", ":")).encode()
    timestamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "Idempotency-Key": str(request.request_id),
        "X-Booking-Timestamp": timestamp,
        "X-Booking-Signature": signature(secret, timestamp, body),
    }
    try:
        response = requests.post(url, data=body, headers=headers, timeout=timeout or settings.BOOKING_API_TIMEOUT)
    except requests.Timeout:
        raise DeliveryError("The booking system did not answer in time.", permanent=False) from None
    except requests.ConnectionError:
        raise DeliveryError("The booking system could not be reached.", permanent=False) from None
    if response.status_code in (200, 201, 409):
        # 409: this request_id was received before; a resend after a lost answer.
        try:
            data = response.json()
        except ValueError:
            data = {}
        reference = data.get("reference", "") if isinstance(data, dict) else ""
        if response.status_code != 409 and not reference:
            raise DeliveryError("The booking system answered without a reference.", permanent=False)
        return str(reference)
    retry_after = parse_retry_after(response.headers.get("Retry-After"))
    message = f"HTTP {response.status_code}: {_message(response)}"
    if response.status_code >= 500 or response.status_code in RETRYABLE_4XX:
        raise DeliveryError(message, permanent=False, retry_after=retry_after)
    raise DeliveryError(message, permanent=True)
