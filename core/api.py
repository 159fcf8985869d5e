"""What every endpoint of the open-data API shares (docs/open-data.md,
docs/open-data.openapi.yaml): one JSON shape, errors, pagination, CORS, the
index and the API's description.

Village websites, journalists and chatbots copy fees and numbers by hand, and
copies go stale. The API gives them the office's facts as the site shows them.
Each app answers for its own facts in its api.py (home: offices; education:
fees, requirements, services; faq: questions).

Read-only, anonymous and without personal data. Answers are cached like public
pages (core/page_cache.py: /api/v1/ is one of PAGE_CACHE_PATHS) and a new cache
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
