import pytest
from django.test import override_settings
from wagtail.models import Locale, Site
from wagtail_localize.models import LocaleSynchronization

from core.locales import ensure_locales

pytestmark = pytest.mark.django_db

WITH_SUNDANESE = [("id", "Indonesian"), ("en", "English"), ("su", "Sundanese")]


def test_adding_a_language_in_settings_creates_a_synchronised_locale():
    with override_settings(LANGUAGES=WITH_SUNDANESE, WAGTAIL_CONTENT_LANGUAGES=WITH_SUNDANESE):
        ensure_locales()
    sundanese = Locale.objects.get(language_code="su")
    assert LocaleSynchronization.objects.get(locale=sundanese).sync_from.language_code == "id"
    # Until editors translate it, the Sundanese tree mirrors the Indonesian pages.
    home_su = Site.objects.get(is_default_site=True).root_page.get_translation(sundanese)
    assert home_su.alias_of.locale.language_code == "id"


def test_english_is_synchronised_from_indonesian():
    english = Locale.objects.get(language_code="en")
    assert LocaleSynchronization.objects.get(locale=english).sync_from.language_code == "id"
