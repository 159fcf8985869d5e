"""Middleware of the ground floor: what depends on the office a site speaks for."""

import zoneinfo

from django.utils import timezone, translation

from .models import site_office


class OfficeTimeZoneMiddleware:
    """Each office's site in the office's own time (Samarinda in WITA, Karawang in WIB):
    schedules, 'today', 'upcoming' and calendars follow the office, not the server."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Pages and forms for readers only: robots.txt, the sitemap and the API stay
        # as cheap as they were (the API gives times with their offset).
        if not translation.get_language_from_path(request.path_info):
            return self.get_response(request)
        office = site_office(request)
        if office is None:
            return self.get_response(request)
        timezone.activate(zoneinfo.ZoneInfo(office.time_zone))
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()
