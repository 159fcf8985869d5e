import logging
from collections import Counter
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from core import ratelimit, text
from core.locales import active_locale, site_home
from home.models import SiteSettings

from . import query as search_query
from . import ranking
from .models import QueryLog

logger = logging.getLogger(__name__)

RESULTS_PER_PAGE = 10
# Titles offered under the search box as the reader types.
SUGGESTIONS = 6
# Relevance falls off quickly; nobody reads past the 10th page of results.
MAX_RESULTS = 100
# When nothing is found in the reader's language, the matches shown from each other language.
OTHER_LANGUAGE_RESULTS = 5
# The filters, in the order they are offered; each page class names its type (BasePage.search_type).
TYPES = {
    "requirements": gettext_lazy("Requirements"),
    "fees": gettext_lazy("Fees"),
    "schedules": gettext_lazy("Schedules"),
    "scams": gettext_lazy("Scams and official channels"),
    "faq": gettext_lazy("Questions and answers"),
    "modules": gettext_lazy("Education modules"),
    "programme": gettext_lazy("Village programme"),
    "other": gettext_lazy("Other pages"),
}


def search_type(page):
    return getattr(page.specific_class, "search_type", "other")


def site_pages(home, locale):
    pages = Page.objects.live().public().filter(locale=locale)
    return pages.descendant_of(home, inclusive=True) if home else pages


def promoted_pages(query, locale, home):
    """Editors' picks for this query, in their order, in the reader's language, on this site.
    Read without Wagtail's Query.get, which stores every query typed, unscrubbed
    (a NIK or a phone number included): only search.models.QueryLog keeps queries."""
    picks = SearchPromotion.objects.filter(
        query__query_string=normalise_query_string(query), page__live=True, page__locale=locale
    ).select_related("page")
    if home is not None:
        picks = picks.filter(page__path__startswith=home.path)
    return [pick.page for pick in picks.order_by("sort_order")]


def find(request, query, locale):
    """The site's pages in `locale` for `query`, editors' picks first, then by
    relevance; with the query's roots (for snippets), the picks, and whether the
    best match is a strong one (an editor's pick, or a page with every word)."""
    roots = search_query.roots(query, locale)
    home = site_home(request, locale)
    promoted = promoted_pages(query, locale, home)
    found = list(promoted)
    seen = {page.pk for page in promoted}
    if not settings.SEARCH_URL:
        # The database backend: one query for candidates, ranked in search/ranking.py.
        meaningful = search_query.meaningful_roots(roots)
        question = ranking.Question.read(query, roots, meaningful, locale.language_code)
        ranked = ranking.rank(ranking.candidates(ranking.Scope.of(home, locale), meaningful), question)
        # Candidates stand in for pages (pk, specific_class): only the page of results shown is loaded.
        found += [candidate for candidate in ranked if candidate.pk not in seen][: MAX_RESULTS - len(found)]
        strong = bool(promoted) or bool(ranked and ranked[0].complete)
        return found, roots, promoted, strong
    pages = site_pages(home, locale)
    for backend_query in search_query.backend_queries(query, roots):
        if len(found) >= MAX_RESULTS:
            break
        for page in pages.search(backend_query)[:MAX_RESULTS]:
            if page.pk not in seen:
                seen.add(page.pk)
                found.append(page)
    return found, roots, promoted, bool(found)


def pages_in_order(ids):
    pages = Page.objects.in_bulk(ids)
    return [pages[pk] for pk in ids if pk in pages]


def other_languages(request, query, locale):
    """When the reader's language finds nothing, or only pages with some of the
    words: the best matches in each other language of the site that has strong
    ones ("lost passport fee" typed on the Indonesian site), each with a link to
    the same search in that language."""
    answers = []
    for other in Locale.objects.exclude(pk=locale.pk).order_by("language_code"):
        found, _roots, _promoted, strong = find(request, query, other)
        if found and strong:
            with translation.override(other.language_code):
                search_url = reverse("search")
            answers.append(
                {
                    "code": other.language_code,
                    "name": translation.get_language_info(other.language_code)["name_local"],
                    "pages": pages_in_order([page.pk for page in found[:OTHER_LANGUAGE_RESULTS]]),
                    "search_url": f"{search_url}?{urlencode({'q': query})}",
                }
            )
    return answers


@never_cache  # every search is logged, so none may be answered from a cache
def search(request):
    query = text.typed(request.GET.get("q", ""), 200)
    chosen_type = request.GET.get("type", "")
    if chosen_type not in TYPES:
        chosen_type = ""
    locale = active_locale()
    context = {"query": query, "chosen_type": chosen_type, "types": []}
    found = []
    limit, seconds = settings.SEARCH_RATE_LIMIT
    if query and not ratelimit.allow(request, "search", limit, seconds):
        # Each search is logged and costs the database a ranked query: a bot gets neither.
        context.update(help_pages(request, locale), rate_limited=True)
        return render(request, "search/search.html", context, status=429)
    if query:
        try:
            found, roots, promoted, strong = find(request, query, locale)
        except search_query.backend_errors():
            # The search server is down: say so, and point to the pages that answer most questions.
            logger.exception("Search backend failed for %r", query)
            context.update(help_pages(request, locale), unavailable=True)
            return render(request, "search/search.html", context, status=503)
        promoted_ids = {page.pk for page in promoted}
        counts = Counter(search_type(page) for page in found)
        context["types"] = [(key, label, counts[key]) for key, label in TYPES.items() if key in counts]
        context["total"] = len(found)
        if chosen_type:
            found = [page for page in found if search_type(page) == chosen_type]
        context["promoted_ids"] = promoted_ids
        context["roots"] = roots
        QueryLog.record(search_query.scrub(query), locale.language_code, len(found))
        if not found:
            context.update(help_pages(request, locale), elsewhere=other_languages(request, query, locale))
            context["did_you_mean"] = spelling_suggestion(request, query, locale)
        elif not strong and not chosen_type:
            # Only weak matches here: the other language may answer it fully.
            context["elsewhere"] = other_languages(request, query, locale)

    page_of_results = Paginator(found, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    specific = Page.objects.filter(pk__in=[page.pk for page in page_of_results]).specific().in_bulk()
    language = locale.language_code
    context["results"] = page_of_results
    context["items"] = [
        {
            "page": specific[page.pk],
            "type": TYPES[search_type(page)],
            "promoted": page.pk in context.get("promoted_ids", ()),
            "snippet": result_snippet(specific[page.pk], context.get("roots", []), language),
        }
        for page in page_of_results
        if page.pk in specific
    ]
    return render(request, "search/search.html", context)


def spelling_suggestion(request, query, locale):
    """A respelt query, offered only when it finds something."""
    respelt = search_query.did_you_mean(query, locale)
    if respelt and find(request, respelt, locale)[0]:
        return {"query": respelt, "url": f"{reverse('search')}?{urlencode({'q': respelt})}"}
    return None


def help_pages(request, locale):
    """Where to send a reader whom the search could not help: the pages the
    site settings name, in the reader's language."""
    site_settings = SiteSettings.for_request(request)
    urls = {}
    for name, page in (
        ("checklist_url", site_settings.checklist_page),
        ("faq_url", site_settings.faq_page),
        ("checker_url", site_settings.channel_checker_page),
    ):
        translation = page.get_translation_or_none(locale) if page else None
        urls[name] = translation.get_url(request) if translation and translation.live else None
    return urls


def result_snippet(page, roots, language):
    source = page.search_text() if hasattr(page, "search_text") else ""
    return text.snippet(source or page.search_description, roots, language)


def suggest(request):
    """Page titles for what has been typed so far, for the search box's list (JSON)."""
    query = text.typed(request.GET.get("q", ""), 100)
    limit, seconds = settings.SUGGEST_RATE_LIMIT
    if not ratelimit.allow(request, "search-suggest", limit, seconds):
        return JsonResponse({"error": _("Too many requests. Please wait a minute.")}, status=429)
    if len(query) < 2:
        return JsonResponse({"suggestions": []})
    locale = active_locale()
    try:
        home = site_home(request, locale)
        if settings.SEARCH_URL:
            pages = list(site_pages(home, locale).autocomplete(query)[:SUGGESTIONS])
        else:
            pages = pages_in_order(ranking.suggestions(ranking.Scope.of(home, locale), query, SUGGESTIONS))
    except search_query.backend_errors():
        logger.exception("Search backend failed for suggestions")
        return JsonResponse({"suggestions": []}, status=503)
    response = JsonResponse(
        {
            "language": get_language(),
            "suggestions": [{"title": page.title, "url": page.get_url(request)} for page in pages],
        }
    )
    # The browser may keep it; the shared page cache may not, or the rate limit could not count.
    response["Cache-Control"] = "private, max-age=300"
    return response
