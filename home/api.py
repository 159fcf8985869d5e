"""The offices' open-data endpoints: each office and its verified channels, and
"which office serves me?". The shared shape is core/api.py."""

import re

from django.utils import translation
from django.utils.translation import gettext as _

from core.api import ApiError, NotFound, code_or_404, endpoint, paginated
from core.locales import active_locale
from home.models import FactStatus, Office, site_office


def channel_data(channel):
    return {
        "kind": channel.kind,
        "kind_label": str(channel.get_kind_display()),
        "value": channel.value,
        "normalized": channel.normalized,
        "display": channel.display,
        "url": channel.href or None,
        "label": channel.label,
        "for_complaints": channel.for_complaints,
        "verified_on": channel.verified_on,
    }


def office_data(office):
    # A fact the office has not confirmed is left out, or listed in "unconfirmed", as its editors chose.
    shown = {fact for fact, status in office.facts.items() if status != FactStatus.HIDDEN}
    return {
        "id": office.code,
        "name": office.name,
        "national": office.national,
        "address": office.address if "address" in shown else "",
        "work_area": office.work_area,
        "opening_hours": [line.strip() for line in office.opening_hours.splitlines() if line.strip()]
        if "opening_hours" in shown
        else [],
        "saturday_service": {
            "weeks_of_month": office.saturday_weeks if "saturday_service" in shown else [],
            "next_dates": office.next_saturday_services(count=4),
        },
        "unconfirmed": [fact for fact, status in office.facts.items() if status == FactStatus.NOTE],
        "priority_daily_quota": office.priority_daily_quota,
        "min_outreach_applicants": office.min_outreach_applicants,
        "channels": [channel_data(channel) for channel in office.public_channels()],
        "updated_at": office.updated_at,
    }


def offices_here(request):
    """The site's own office and the national ones; never another office's."""
    return Office.for_site(site_office(request), active_locale()).prefetch_related("channels")


@endpoint
def offices(request):
    return paginated(request, list(offices_here(request)), office_data)


@endpoint
def office(request, code):
    found = offices_here(request).filter(code=code_or_404(code)).first()
    if found is None:
        raise NotFound()
    return office_data(found)


@endpoint
def office_finder(request):
    """'Which office serves me?': `area` (a Kemendagri regency or city code) or `q`
    (a village, kecamatan, regency or city name)."""
    from . import finder
    from .views import FinderForm

    form = FinderForm(request.GET)
    if "area" in request.GET and not re.fullmatch(r"\d{2}\.\d{2}", request.GET["area"]):
        raise ApiError(400, _("area is a regency's or city's Kemendagri code, e.g. 32.14."))
    if form.has_error("area"):
        raise NotFound(
            _("No regency or city has the code %(code)s in the Kemendagri registry.") % {"code": request.GET["area"]}
        )
    if not form.is_valid():
        raise ApiError(400, _("Give an area code (area=32.14) or a place name (q=Purwakarta)."))
    if form.cleaned_data["area"] or form.cleaned_data["q"].strip():
        answer = finder.find(form.cleaned_data["q"], form.cleaned_data["area"], active_locale())
    else:
        answer = finder.every_office(active_locale())  # asked nothing: every office on this deployment
    language = translation.get_language()
    return {
        "query": answer.query,
        "areas": [{"code": region.code, "name": str(region.display_name)} for region in answer.regions],
        "offices": [
            {
                "id": office.code,
                "name": office.name,
                "site_url": finder.site_home_url(request, site, language) if site else None,
            }
            for office, site in answer.offices
        ],
        # Where a reader whose area no office here serves finds theirs.
        "directory_url": "https://www.imigrasi.go.id",
    }
