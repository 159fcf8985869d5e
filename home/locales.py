"""Keep one Wagtail locale for each language in settings, so that adding a
language is a settings change: after `migrate`, the new locale exists and
mirrors the default locale's pages (as aliases) until editors translate them."""

from django.conf import settings


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
