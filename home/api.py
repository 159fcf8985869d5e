"""The open-data API (docs/open-data.md, docs/open-data.openapi.yaml).

Village websites, journalists and chatbots copy fees and numbers by hand, and
copies go stale. The API gives them the office's facts as the site shows them.
Each app answers for its own facts in its api.py; this module holds what they
share (one JSON shape, errors, pagination, CORS) and the offices' endpoints.

Read-only, anonymous and without personal data. Answers are cached like public
pages (home/page_cache.py: /api/v1/ is one of PAGE_CACHE_PATHS) and a new cache
generation starts on every publish, so the API never lags the site."""

import re
import uuid
from functools import wraps

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.http import JsonResponse
from django.urls import reverse
from django.utils import translation
from django.utils.http import http_date
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from core import page_cache
from core.locales import active_locale, site_home
from core.seo import page_address
from home.models import FactStatus, Office, site_office

VERSION = "v1"
PER_PAGE = 50
MAX_PER_PAGE = 100
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "If-None-Match, If-Modified-Since",
    "Access-Control-Expose-Headers": "ETag, Last-Modified",
    "Access-Control-Max-Age": "86400",
}


class ApiError(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status = status
        self.message = message


class NotFound(ApiError):
    def __init__(self, message=None):
        super().__init__(404, message or _("There is nothing with this id."))


def languages():
    return [code for code, _name in settings.LANGUAGES]


def answer(data, status=200, updated=None):
    response = JsonResponse(data, status=status, encoder=DjangoJSONEncoder, json_dumps_params={"ensure_ascii": False})
    for header, value in CORS_HEADERS.items():
        response[header] = value
    if updated is not None:
        response["Last-Modified"] = http_date(updated.timestamp())
    return response


def error(status, message):
    return answer({"error": {"status": status, "message": str(message)}}, status=status)


def method_not_allowed():
    response = error(405, _("This API only answers GET requests."))
    response["Allow"] = "GET, HEAD, OPTIONS"
    return response


def endpoint(view):
    """A GET endpoint in one of the site's languages (the `lang` URL part).

    The view returns a dict; one with `updated_at` (an item) or `results`
    (a list of items) gets a Last-Modified header from the newest of them."""

    @csrf_exempt  # read-only: a POST gets the 405 below in JSON, not the CSRF page in HTML
    @wraps(view)
    def wrapper(request, lang=None, **kwargs):
        if request.method == "OPTIONS":
            return answer({})
        if request.method not in ("GET", "HEAD"):
            return method_not_allowed()
        if lang is not None and lang not in languages():
            # The asker's language is unknown: say it in every language the site has.
            messages = []
            for code in languages():
                with translation.override(code):
                    messages.append(_("Unknown language. Use one of: %(codes)s.") % {"codes": ", ".join(languages())})
            return error(404, " / ".join(messages))
        with translation.override(lang or settings.LANGUAGE_CODE):
            try:
                data = view(request, **kwargs)
            except ApiError as problem:
                return error(problem.status, problem.message)
        items = data.get("results", [data])
        stamps = [item["updated_at"] for item in items if isinstance(item, dict) and item.get("updated_at")]
        return answer(data, updated=max(stamps) if stamps else None)

    return wrapper


def whole_number(request, name, default, low, high):
    value = request.GET.get(name)
    if value is None:
        return default
    if not value.isascii() or not value.isdigit() or not low <= int(value) <= high:
        raise ApiError(
            400,
            _("%(name)s must be a whole number from %(low)s to %(high)s.") % {"name": name, "low": low, "high": high},
        )
    page_cache.honour(request, name, int(value))
    return int(value)


def paginated(request, items, serialize):
    """One page of `items` (?page=, ?per_page=) with links to its neighbours."""
    per_page = whole_number(request, "per_page", PER_PAGE, 1, MAX_PER_PAGE)
    count = len(items)
    last = max(1, -(-count // per_page))
    number = whole_number(request, "page", 1, 1, 10**6)
    if number > last:
        raise NotFound(_("There is no page %(number)s; the last page is %(last)s.") % {"number": number, "last": last})

    def link(page_number):
        if not 1 <= page_number <= last:
            return None
        query = request.GET.copy()
        query["page"] = page_number
        return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")

    start = (number - 1) * per_page
    return {
        "count": count,
        "page": number,
        "per_page": per_page,
        "next": link(number + 1),
        "previous": link(number - 1),
        "results": [serialize(item) for item in items[start : start + per_page]],
    }


def absolute(request, path):
    return request.build_absolute_uri(path) if path else None


def page_url(request, page):
    return page_address(request, page) if page else None


def site_pages(request, model):
    """Live public pages of `model` on the site asked, in the language asked."""
    home = site_home(request)
    if home is None:
        return model.objects.none()
    return model.objects.live().public().descendant_of(home).filter(locale=active_locale())


def first_site_page(request, model):
    return site_pages(request, model).first()


def page_fields(request, page):
    """What every page in the API carries: the same id in every language."""
    return {
        "id": str(page.translation_key),
        "title": page.title,
        "intro": getattr(page, "intro", None) or "",
        "url": page_url(request, page),
        "language": page.locale.language_code,
        "last_reviewed": getattr(page, "last_reviewed", None),
        "updated_at": page.last_published_at,
    }


CODE = re.compile(r"[-a-zA-Z0-9_]+")


def code_or_404(code):
    """An office's or fee's code as the API gives it; anything else is no id at all
    (and never reaches the database, which refuses some characters outright)."""
    if not CODE.fullmatch(code):
        raise NotFound()
    return code


def page_by_id(request, model, page_id):
    """A live public page of the site by the id the API gives it (its translation key)."""
    try:
        key = uuid.UUID(page_id)
    except ValueError:
        raise NotFound() from None
    page = site_pages(request, model).filter(translation_key=key).first()
    if page is None:
        raise NotFound()
    return page


def api_url(request, name, **kwargs):
    return request.build_absolute_uri(reverse(f"api_v1:{name}", kwargs=kwargs))


# Offices and their verified channels ------------------------------------------


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


@endpoint
def index(request, collections):
    """Where everything is, in each language: `collections` are the URL names of the
    endpoints that list something (config/urls.py finds them among the routes)."""
    collections = {name: {code: api_url(request, name, lang=code) for code in languages()} for name in collections}
    return {
        "version": VERSION,
        "languages": languages(),
        "documentation": api_url(request, "openapi"),
        "endpoints": collections,
    }


@endpoint
def unknown(request, path=""):
    """Any other address under /api/v1/: a JSON 404, as the API's other answers."""
    raise NotFound(
        _("There is no such address in this API. The list of collections is at %(index)s.")
        % {"index": request.build_absolute_uri(reverse("api_v1:index"))}
    )


@csrf_exempt
def openapi(request):
    """The API's description, the same file as docs/open-data.openapi.yaml."""
    from django.http import HttpResponse

    if request.method not in ("GET", "HEAD", "OPTIONS"):
        return method_not_allowed()

    # Read whole (a few KB), so that ConditionalGetMiddleware can give it an ETag.
    description = (settings.BASE_DIR / "docs" / "open-data.openapi.yaml").read_bytes()
    response = HttpResponse(description, content_type="application/yaml; charset=utf-8")
    for header, value in CORS_HEADERS.items():
        response[header] = value
    return response
