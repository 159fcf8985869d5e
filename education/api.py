"""Open-data endpoints for what education publishes: fees, requirements,
services and events, scam warnings, and the channel checker's verdict.
Shapes are documented in docs/open-data.openapi.yaml."""

from django.conf import settings
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from core import api, ratelimit
from core.api import ApiError, NotFound, endpoint, page_fields, paginated
from core.locales import active_locale
from core.text import plain_text
from home.api import channel_data, office_data
from home.models import site_office

from . import checker
from .models import (
    ChannelCheckerPage,
    Fee,
    FeeIndexPage,
    RequirementPage,
    ScamWarningPage,
    ServiceEvent,
    ServicesPage,
)
from .models.scams import pattern_for_unlisted

# Fees ---------------------------------------------------------------------------


def rate_data(rate):
    if rate is None:
        return None
    return {
        "amount": rate.amount,
        "currency": "IDR",
        "legal_basis": rate.legal_basis,
        "effective_from": rate.effective_from,
        "effective_until": rate.effective_until,
    }


def published_fees(request):
    """The fees the site's fee page lists: the national ones and the site's office's own,
    with a rate in force or announced."""
    fees = Fee.shown_for(site_office(request), active_locale())
    return [fee for fee in Fee.with_rates(fees) if fee.current or fee.upcoming]


def fee_serializer(request):
    fee_page = api.first_site_page(request, FeeIndexPage)
    fee_page_url = api.page_url(request, fee_page)

    def serialize(fee):
        rates = [rate for rate in (fee.current, fee.upcoming) if rate]
        stamps = [rate.last_published_at for rate in rates if rate.last_published_at]
        return {
            "id": fee.code,
            "name": fee.name,
            "applies_to": fee.applies_to,
            "current": rate_data(fee.current),
            "announced": rate_data(fee.upcoming),
            "url": f"{fee_page_url}#fee-{fee.code}" if fee_page_url else None,
            "updated_at": max(stamps) if stamps else None,
        }

    return serialize


@endpoint
def fees(request):
    return paginated(request, published_fees(request), fee_serializer(request))


@endpoint
def fee(request, code):
    code = api.code_or_404(code)
    found = next((fee for fee in published_fees(request) if fee.code == code), None)
    if found is None:
        raise NotFound()
    return fee_serializer(request)(found)


# Requirements ---------------------------------------------------------------------


def requirement_data(request, page):
    return {
        **page_fields(request, page),
        "service": page.service,
        "service_label": str(page.get_service_display()),
        "applicant": page.applicant,
        "channel": page.channel,
        "channel_label": str(page.get_channel_display()),
        "channel_note": page.channel_note,
        "processing_time": page.processing_time,
        "documents": [
            {
                "name": document.name,
                "notes": document.notes,
                "original_required": document.original_required,
                "condition": document.condition,
            }
            for document in page.all_documents()
        ],
        "steps": [{"title": step.value["title"], "text": step.value["text"]} for step in page.steps],
        "fees": [fee.code for fee in page.fees()],
        "notes": plain_text(page.notes),
        "scam_warnings": [str(warning.translation_key) for warning in page.scam_warnings()],
    }


@endpoint
def requirements(request):
    pages = list(api.site_pages(request, RequirementPage).order_by("path"))
    return paginated(request, pages, lambda page: requirement_data(request, page))


@endpoint
def requirement(request, page_id):
    return requirement_data(request, api.page_by_id(request, RequirementPage, page_id))


# Services, the Saturday rule and events ------------------------------------------------


def event_data(event):
    return {
        "id": str(event.translation_key),
        "title": event.title,
        "kind": event.kind,
        "kind_label": str(event.get_kind_display()),
        "place": event.place,
        "address": event.address,
        "starts_at": event.starts_at,
        "ends_at": event.ends_at,
        "quota": event.quota,
        "notes": event.notes,
        "example": event.example,
        "office": event.office.code,
        "updated_at": event.updated_at,
    }


def upcoming_events(request):
    office = site_office(request)
    return ServiceEvent.upcoming(active_locale(), office=office) if office else []


@endpoint
def services(request):
    page = api.first_site_page(request, ServicesPage)
    if page is None:
        raise NotFound(_("This site publishes no services page."))
    office = site_office(request)
    calendar = page.reverse_subpage("calendar")
    return {
        **page_fields(request, page),
        "office": office_data(office) if office else None,
        "sections": [
            {"heading": section.value["heading"], "text": plain_text(section.value["text"])}
            for section in page.sections
        ],
        "delivery": {"text": page.delivery_text, "fee": page.delivery_fee.code if page.delivery_fee else None},
        "calendar_url": api.absolute(request, page.get_url(request) + calendar),
        "events": [event_data(event) for event in upcoming_events(request)],
    }


@endpoint
def events(request):
    return paginated(request, upcoming_events(request), event_data)


@endpoint
def event(request, event_id):
    found = next((event for event in upcoming_events(request) if str(event.translation_key) == event_id), None)
    if found is None:
        raise NotFound()
    return event_data(found)


# Scam warnings ----------------------------------------------------------------------


def scam_warning_data(request, page):
    return {
        **page_fields(request, page),
        "pattern": page.pattern,
        "pattern_label": str(page.get_pattern_display()),
        "how_it_works": plain_text(page.how_it_works),
        "red_flags": plain_text(page.red_flags),
        "what_to_do": plain_text(page.what_to_do),
        "how_to_report": plain_text(page.how_to_report),
        "first_published_at": page.first_published_at,
    }


@endpoint
def scam_warnings(request):
    pages = list(api.site_pages(request, ScamWarningPage).order_by("-first_published_at"))
    return paginated(request, pages, lambda page: scam_warning_data(request, page))


@endpoint
def scam_warning(request, page_id):
    return scam_warning_data(request, api.page_by_id(request, ScamWarningPage, page_id))


# The channel checker ----------------------------------------------------------------


def verdict(result):
    kind = result.verdict
    if kind == "invalid":
        return kind, _("Type a phone number (for example 0812-3456-7890), a web address, or an account name.")
    if kind == "official":
        message = _("%(value)s belongs to %(office)s.") % {
            "value": result.channel.display,
            "office": result.channel.office.localized.name,
        }
        return kind, message
    if kind == "government_unlisted":
        message = _(
            "This address is under the official domain %(domain)s, but it is not one we list. "
            "Use the addresses below to be sure."
        ) % {"domain": result.official_domain}
        return kind, message
    if kind == "lookalike":
        return kind, _(
            "It looks like an immigration channel, but it is not one. "
            "Scammers copy official names and addresses to win your trust."
        )
    return kind, _("We cannot confirm this channel")


@never_cache  # each check counts against the rate limit: never answered from the cache
@endpoint
def channel_check(request):
    """The channel checker's verdict for a number, address or account (?q=)."""
    query = request.GET.get("q", "").strip()
    if not query or len(query) > 200 or "\x00" in query:
        raise ApiError(400, _("Give the number, address or account to check as ?q=, at most 200 characters."))
    limit, seconds = settings.CHECKER_RATE_LIMIT
    if not ratelimit.allow(request, "channel-checker", limit, seconds):
        raise ApiError(429, _("You have checked many numbers in a short time. Please wait a minute and try again."))
    locale = active_locale()
    result = checker.check(query, locale)
    name, message = verdict(result)
    warning = None
    if not result.official and name != "invalid":
        warning = api.site_pages(request, ScamWarningPage).filter(pattern=pattern_for_unlisted(result.kind)).first()
    checker_page = api.first_site_page(request, ChannelCheckerPage)
    return {
        "query": result.query,
        "kind": result.kind,
        "normalized": result.normalized,
        "official": result.official,
        "verdict": name,
        "message": str(message),
        "office": result.channel.office.code if result.official else None,
        "channel": channel_data(result.channel) if result.official else None,
        "scam_warning_url": api.page_url(request, warning),
        "checker_url": api.page_url(request, checker_page),
    }
