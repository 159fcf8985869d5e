import datetime

import time_machine
from django.test import RequestFactory
from django.utils import timezone

from core import ratelimit


def request_from(address):
    return RequestFactory().get("/", REMOTE_ADDR=address)


def test_limit_counts_per_client_and_reopens_after_the_window():
    first, other = request_from("10.0.0.1"), request_from("10.0.0.2")
    with time_machine.travel(timezone.now(), tick=False) as clock:
        assert [ratelimit.allow(first, "test", 2, 1) for _ in range(3)] == [True, True, False]
        assert ratelimit.allow(other, "test", 2, 1)
        clock.shift(datetime.timedelta(seconds=1.1))
        assert ratelimit.allow(first, "test", 2, 1)
