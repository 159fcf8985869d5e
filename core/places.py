"""Indonesian place names as an English page writes them: "Kabupaten Karawang, Jawa Barat"
becomes "Karawang Regency, West Java". The registry keeps the official Indonesian names;
only what is shown changes."""

from django.utils import translation
from django.utils.translation import gettext

# The 38 provinces, by their Indonesian names as Kemendagri writes them.
PROVINCES_IN_ENGLISH = {
    "Aceh": "Aceh",
    "Sumatera Utara": "North Sumatra",
    "Sumatera Barat": "West Sumatra",
    "Riau": "Riau",
    "Jambi": "Jambi",
    "Sumatera Selatan": "South Sumatra",
    "Bengkulu": "Bengkulu",
    "Lampung": "Lampung",
    "Kepulauan Bangka Belitung": "Bangka Belitung Islands",
    "Kepulauan Riau": "Riau Islands",
    "DKI Jakarta": "Jakarta",
    "Jawa Barat": "West Java",
    "Jawa Tengah": "Central Java",
    "DI Yogyakarta": "Special Region of Yogyakarta",
    "Daerah Istimewa Yogyakarta": "Special Region of Yogyakarta",
    "Jawa Timur": "East Java",
    "Banten": "Banten",
    "Bali": "Bali",
    "Nusa Tenggara Barat": "West Nusa Tenggara",
    "Nusa Tenggara Timur": "East Nusa Tenggara",
    "Kalimantan Barat": "West Kalimantan",
    "Kalimantan Tengah": "Central Kalimantan",
    "Kalimantan Selatan": "South Kalimantan",
    "Kalimantan Timur": "East Kalimantan",
    "Kalimantan Utara": "North Kalimantan",
    "Sulawesi Utara": "North Sulawesi",
    "Sulawesi Tengah": "Central Sulawesi",
    "Sulawesi Selatan": "South Sulawesi",
    "Sulawesi Tenggara": "Southeast Sulawesi",
    "Gorontalo": "Gorontalo",
    "Sulawesi Barat": "West Sulawesi",
    "Maluku": "Maluku",
    "Maluku Utara": "North Maluku",
    "Papua": "Papua",
    "Papua Barat": "West Papua",
    "Papua Selatan": "South Papua",
    "Papua Tengah": "Central Papua",
    "Papua Pegunungan": "Highland Papua",
    "Papua Barat Daya": "Southwest Papua",
}


def regency(name):
    """'Kabupaten Karawang' -> 'Karawang Regency', 'Kota Tangerang' -> 'Tangerang City' on
    English pages, in the same words as the office finder's regions (home.models.Region)."""
    if name.startswith("Kabupaten "):
        return gettext("%(name)s Regency") % {"name": name.removeprefix("Kabupaten ")}
    if name.startswith("Kota "):
        return gettext("%(name)s City") % {"name": name.removeprefix("Kota ")}
    return name


def province(name):
    english = (translation.get_language() or "").split("-")[0] == "en"
    return PROVINCES_IN_ENGLISH.get(name, name) if english else name
