from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import timezone, translation
from wagtail.models import Page, Site

from core import page_cache
from core.locales import active_locale, site_home
from core.seo import page_address
from home.models import AlertBanner, SiteSettings, office_parts, site_office

register = template.Library()


@register.simple_tag(takes_context=True)
def home_office(context):
    """The office this site speaks for, in the reader's language, with its channels."""
    request = context.get("request")
    return site_office(request) if request is not None else None


def _locale_homes(request):
    site = Site.find_for_request(request)
    if site is None:
        return {}
    homes = site.root_page.get_translations(inclusive=True).live().select_related("locale")
    return {home.locale.language_code: home for home in homes}


def _is_plain_view(request):
    """True for a URL answered by one of our Django views, false for Wagtail's
    page-serving catch-all (where a missing page must not be "translated")."""
    match = getattr(request, "resolver_match", None)
    return match is not None and match.url_name != "wagtail_serve"


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per site language: to the translation of the current page when
    there is one, otherwise to that language's home page.

    `translated` tells whether the link shows the same content in another
    language; only those links become hreflang alternates."""
    request = context.get("request")
    if request is None:
        return []
    page = context.get("page")
    current = translation.get_language()
    translations = {}
    if isinstance(page, Page) and page.pk:

        def live_translations():
            found = page.get_translations(inclusive=True).live().select_related("locale")
            return {translation.locale.language_code: translation for translation in found}

        translations = page_cache.remembered(
            f"translations:{page.pk}", live_translations, depends_on=page_cache.page_tree()
        )
    homes = None
    links = []
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        url = None
        translated = False
        if code in translations:
            url = translations[code].get_url(request)
            translated = True
        elif page is None and _is_plain_view(request):
            # Plain Django views (search, officer area) have translated URL patterns.
            path = request.get_full_path()
            candidate = translate_url(path, code)
            if candidate != path or code == current:
                url, translated = candidate, True
        if url is None:
            if homes is None:
                homes = _locale_homes(request)
            url = homes[code].get_url(request) if code in homes else f"/{code}/"
        # A reader switching language keeps what they typed or chose (the
        # checklist's answers, the channel checker's input); alternates do not.
        keep = f"?{request.GET.urlencode()}" if code in translations and request.GET else ""
        links.append(
            {
                "code": code,
                "name": translation.get_language_info(code)["name_local"],
                "url": url + keep,
                "absolute_url": request.build_absolute_uri(url),
                "current": code == current,
                "translated": translated,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def canonical_url(context, page=None):
    """The one address search engines should list: this one without its query
    string (a checklist's answers or a tracking parameter make no second copy),
    or `page`'s for a printable copy of it."""
    request = context.get("request")
    if request is None:
        return ""
    return page_address(request, page) if page else request.build_absolute_uri(request.path)


# Open Graph wants a territory with the language.
OG_LOCALES = {"id": "id_ID", "en": "en_US"}


@register.filter
def og_locale(language_code):
    return OG_LOCALES.get(language_code, language_code)


@register.filter
def rupiah(amount):
    """Rp650.000 in Indonesian, IDR 650,000 in English (and other languages)."""
    if amount is None or amount == "":
        return ""
    grouped = f"{int(amount):,}"
    if translation.get_language() == "id":
        return "Rp" + grouped.replace(",", ".")
    return "IDR " + grouped


@register.simple_tag(takes_context=True)
def alert_banner(context):
    """The banner for this site in the reader's language, with the page it links
    to in that language (`linked_page`), or None."""

    request = context.get("request")
    if request is None:
        return None
    now = timezone.now()
    parts = (AlertBanner, *chrome_models())
    banner = page_cache.for_site(request, "banner", lambda: _current_banner(request), depends_on=parts)
    if banner is not None and banner.expires_at <= now:
        return None  # cached before it expired; the next generation drops it
    return banner


def _current_banner(request):
    banner = AlertBanner.current(active_locale(), office=SiteSettings.for_request(request).home_office)
    if banner is not None:
        banner.linked_page = banner.link_page.localized if banner.link_page else None
    return banner


@register.simple_tag(takes_context=True)
def breadcrumb_ld(context, trail, page):
    """schema.org BreadcrumbList for the trail the page shows above its title."""
    request = context["request"]
    items = [*trail, page]
    return ld_json(
        {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": position,
                    "name": translation.gettext("Home") if position == 1 else item.title,
                    "item": page_address(request, item),
                }
                for position, item in enumerate(items, start=1)
            ],
        }
    )


@register.filter
def ld_json(data):
    """schema.org data as a JSON-LD script element; characters that could end the element are escaped."""
    import json

    from django.utils.html import format_html
    from django.utils.safestring import mark_safe

    escapes = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}
    payload = json.dumps(data, ensure_ascii=False, default=str).translate(escapes)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))


@register.simple_tag(takes_context=True)
def office_ld(context):
    """The organisation data of the office this site speaks for, identified by
    the site's home page in the reader's language (the same on every page)."""
    request = context.get("request")
    office = home_office(context)
    if office is None:
        return None
    home = site_home(request)
    return office.structured_data(request.build_absolute_uri(home.get_url(request)))


@register.simple_tag(takes_context=True)
def settings_page(context, name):
    """A page the site settings name ("privacy_page", "contact_page",
    "scammed_page"), in the reader's language when translated, or None."""
    request = context.get("request")
    if request is None:
        return None
    # The footer, the banner and a scam warning may each ask for the same page.
    pages = request.__dict__.setdefault("_settings_pages", {})
    if name not in pages:

        def translated_page():
            page = getattr(SiteSettings.for_request(request), name)
            if page is not None:
                page = page.get_translation_or_none(active_locale()) or page
            return page if page is not None and page.live else None

        pages[name] = page_cache.for_site(request, name, translated_page, depends_on=chrome_models())
    return pages[name]


@register.simple_tag(takes_context=True)
def content_version(context):
    """What a rendered fragment of the site chrome depends on besides the language:
    the site and the content (any change starts a new page-cache generation). For
    Django's {% cache %} tag: {% content_version as version %}{% cache 3600 "footer" version LANGUAGE_CODE %}."""
    from wagtail.models import Site

    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    return f"{page_cache.generation()}-{site.pk if site else 0}"


def chrome_models():
    """What the site chrome is made of: the page tree, and the office with its channels
    and the site's settings."""
    return (*office_parts(), *page_cache.page_tree())


@register.simple_tag(takes_context=True)
def chrome_version(context):
    """What a fragment made of the site chrome alone (the menu, the breadcrumbs, the
    footer) depends on: the site, and the generations of the models its parts are
    remembered against (the page tree, the office and its channels, the settings). A fee,
    an event or a session leaves it rendered; content_version follows every change."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    versions = page_cache.model_generations(chrome_models())
    return f"{'.'.join(map(str, versions))}-{site.pk if site else 0}"


@register.simple_tag(takes_context=True)
def site_sections(context):
    """The site's top-level sections in the reader's language, in the order and
    with the titles editors give them (pages with "Show in menus" on, under the
    home page): the menu, the home page's list and the footer all read this."""
    request = context.get("request")
    if request is None:
        return []
    if not hasattr(request, "_site_sections"):

        def sections():
            home = site_home(request)
            # Specific pages: the home page lists each section's introduction. Computed once
            # per content change, so the query per page type is paid once, not per reader.
            return list(Page.objects.live().public().in_menu().child_of(home).specific()) if home else []

        request._site_sections = page_cache.for_site(request, "sections", sections, depends_on=page_cache.page_tree())
    return request._site_sections


@register.simple_tag
def breadcrumbs(page):
    """The pages above `page`, from the home page down, for pages below a section."""
    if not isinstance(page, Page) or page.depth <= 3:
        return []
    return list(page.get_ancestors().filter(depth__gte=2))
