"""Keep one Wagtail locale for each language in settings, so that adding a
language is a settings change: after `migrate`, the new locale exists and
mirrors the default locale's pages (as aliases) until editors translate them."""

from django.conf import settings

from core import page_cache


def ensure_locales(**kwargs):
    from wagtail.models import Locale
    from wagtail_localize.models import LocaleSynchronization
    from wagtail_localize.synctree import synchronize_tree

    default, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        if code == default.language_code:
            continue
        locale, created = Locale.objects.get_or_create(language_code=code)
        if created:
            LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": default})
            synchronize_tree(default, locale)


# The locale of each language, remembered by the process: pages ask for the
# reader's locale many times per request, and locales change only when a
# language is added. Saving or deleting a locale forgets them.
_active = {}


def active_locale():
    """The Wagtail locale of the language being served, like Locale.get_active(), without a query each time."""
    from django.utils.translation import get_language, get_supported_language_variant
    from wagtail.models import Locale

    try:
        code = get_supported_language_variant(get_language() or settings.LANGUAGE_CODE)
    except LookupError:
        code = settings.LANGUAGE_CODE
    locale = _active.get(code)
    if locale is None:
        locale = Locale.objects.filter(language_code=code).first() or Locale.get_default()
        _active[code] = locale
    return locale


def forget_locales(**kwargs):
    _active.clear()


def site_home(request, locale=None):
    """The home page of the site being read (each office has its own) in
    `locale`, the reader's by default, where translated; None off any site."""
    from wagtail.models import Site

    site = Site.find_for_request(request)
    if site is None:
        return None
    locale = locale or active_locale()

    def translated_home():
        return site.root_page.get_translation_or_none(locale) or site.root_page

    return page_cache.for_site(
        request, f"home:{locale.language_code}", translated_home, depends_on=page_cache.page_tree()
    )
