"""English pages write Indonesian places as English does (issue #33): "Kabupaten Contoh"
is "Contoh Regency"; Indonesian pages keep the official names."""

import pytest

from core import places
from tests import world
from tests.html import text

pytestmark = pytest.mark.django_db


def test_the_village_page_names_its_regency_in_each_language(site_client):
    assert "Kabupaten Contoh" in text(site_client.get(world.path("village", "id")))
    english = text(site_client.get(world.path("village", "en")))
    assert "Contoh Regency" in english and "Kabupaten" not in english


def test_regencies_cities_and_provinces_in_english(settings):
    from django.utils import translation

    with translation.override("en"):
        assert places.regency("Kota Tangerang") == "Tangerang City"
        assert places.province("Jawa Barat") == "West Java"
        assert places.province("Kalimantan Timur") == "East Kalimantan"
        assert places.province("Provinsi Contoh") == "Provinsi Contoh"  # unknown: as written
    with translation.override("id"):
        assert places.regency("Kota Tangerang") == "Kota Tangerang"
        assert places.province("Jawa Barat") == "Jawa Barat"
