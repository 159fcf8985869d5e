"""A rate limit for public forms, kept in the cache. The window opens at a
client's first request and closes `seconds` later (the counter's expiry), so
there is no clock boundary at which a client gets twice the limit.

The client's address is only hashed with the secret key into the cache key and
never stored: the limit needs to tell clients apart, not to know who they are."""

import hashlib
import ipaddress

from django.conf import settings
from django.core.cache import cache

from core.security import client_ip


def client_key(request):
    address = client_ip(request)
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        parsed = None
    if parsed is not None and parsed.version == 6 and parsed.ipv4_mapped is None:
        # One IPv6 subscriber holds a whole /64: counting each address apart would give
        # an attacker endless fresh keys.
        address = str(ipaddress.ip_network(f"{parsed}/64", strict=False))
    return hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]


def _key(request, scope, subject=None):
    """Per client, or per `subject` (an e-mail address), hashed with the secret key."""
    if subject is None:
        return f"ratelimit:{scope}:{client_key(request)}"
    return f"ratelimit:{scope}:{hashlib.sha256(f'{settings.SECRET_KEY}:{subject}'.encode()).hexdigest()[:32]}"


def used(request, scope, subject=None):
    """How many times `scope` was counted for this client (or `subject`) in the current window."""
    return cache.get(_key(request, scope, subject), 0)


def allow(request, scope, limit, seconds, subject=None):
    """Count this request against `scope`; False once `limit` is passed within
    the window. The count is per client, or per `subject` (an e-mail address)
    when given."""
    key = _key(request, scope, subject)
    cache.add(key, 0, timeout=seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=seconds)
        count = 1
    return count <= limit
