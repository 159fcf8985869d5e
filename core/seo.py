"""What search engines read: each office site's sitemap and robots.txt.

Readers find the office through search engines, where scam pages compete for
the same queries; a complete sitemap with language alternates and a clear
robots.txt help the office's own pages win."""

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Locale, Page, get_page_models

from core import page_cache


def page_address(request, page):
    """A page's absolute address with the host the reader's request named (Wagtail's
    get_full_url names the Site's stored host, `http://localhost` on a development
    copy): in canonical links, structured data, feeds, shares and API answers."""
    return request.build_absolute_uri(page.get_url(request))


class SiteSitemap(Sitemap):
    """Every live public page of the site being read, in every language, each
    with its translations as hreflang alternates.

    Wagtail's own sitemap lists only the pages under the site's root page, which
    is the Indonesian home; the English home is its translation beside it."""

    def homes(self):
        return self.get_wagtail_site().root_page.get_translations(inclusive=True).live()

    def items(self):
        pages = Page.objects.none()
        for home in self.homes():
            pages |= Page.objects.descendant_of(home, inclusive=True)
        return pages.live().public().order_by("path")

    def _urls(self, page, protocol, domain):
        # Each page's lastmod is its last publication, which a publish of a page of any type
        # changes without changing the page tree (core/page_cache.py, PAGE_BOOKKEEPING).
        page_cache.model_generations(get_page_models())
        items = list(self.paginator.page(page).object_list)
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        # Addresses as the reader's request names the host, like the canonical
        # links and hreflang alternates on the pages themselves.
        locations = {item.pk: page_address(self.request, item) for item in items}
        by_key = {}
        for item in items:
            by_key.setdefault(item.translation_key, []).append(
                {"lang_code": languages[item.locale_id], "location": locations[item.pk]}
            )
        urls = []
        for item in items:
            alternates = by_key[item.translation_key]
            urls.append(
                {
                    "item": item,
                    "location": locations[item.pk],
                    "lastmod": item.last_published_at or item.latest_revision_created_at,
                    "alternates": alternates if len(alternates) > 1 else [],
                }
            )
        last_mods = {url["lastmod"] for url in urls}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


@require_GET
def sitemap(request):
    return wagtail_sitemap(request, {"pages": SiteSitemap})


# URL names of what no search engine should crawl (personal areas, machine
# endpoints, result pages), each registered by the app that serves it.
_kept_out = []


def keep_out_of_search_engines(*url_names):
    _kept_out.extend(url_names)


def _disallowed_paths():
    """Paths no search engine should crawl, in every language's URL form."""
    paths = ["/admin/"]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths += [reverse(name) for name in _kept_out]
    return list(dict.fromkeys(paths))


@require_GET
def robots_txt(request):
    lines = ["User-agent: *"]
    if settings.ALLOW_INDEXING:
        lines += [f"Disallow: {path}" for path in _disallowed_paths()]
        lines += ["Allow: /", "", f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}"]
    else:
        # A development or staging copy must never appear in search results.
        lines += ["Disallow: /"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
