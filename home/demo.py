"""Demo content for the home app: the offices, their official channels and the
home page, in Indonesian with English translations.

Facts come from ../shared/domain/facts.md. What the facts do not confirm
(street addresses, phone numbers, opening hours) is written as plausible text
and flagged in each office's editor note; channels the facts do not confirm are
left unverified, so the site never presents them as official."""

import datetime

from wagtail.models import Locale, Page, Site

from .models import HomePage, Office, OfficialChannel, SiteSettings
from .translation import translate

# The day the demo's sources were last checked; editors replace it when they confirm a channel.
CHECKED = datetime.date(2025, 11, 12)

UNCHECKED_NOTE = (
    "KONTEN CONTOH. Alamat lengkap, nomor telepon dan jam layanan belum diperiksa: "
    "konfirmasi dengan kantor sebelum terbit. Kanal tanpa tanggal verifikasi tidak tampil di situs."
)

OFFICES = [
    {
        "code": "karawang",
        "name": ("Kantor Imigrasi Karawang", "Karawang Immigration Office"),
        "address": ("Jl. Jenderal Ahmad Yani, Karawang, Jawa Barat", "Jl. Jenderal Ahmad Yani, Karawang, West Java"),
        "work_area": ("Kabupaten Karawang dan Kabupaten Purwakarta", "Karawang Regency and Purwakarta Regency"),
        "opening_hours": (
            "Senin–Jumat, 08.00–16.00 WIB\nSabtu minggu kedua dan keempat: layanan paspor akhir pekan",
            "Monday to Friday, 08:00–16:00 WIB\nSecond and fourth Saturday of the month: weekend passport service",
        ),
        "channels": [
            {
                "kind": "website",
                "value": "https://karawang.imigrasi.go.id",
                "label": ("Situs resmi kantor", "Office website"),
                "verified_on": CHECKED,
            },
        ],
    },
    {
        "code": "tangerang",
        "name": ("Kantor Imigrasi Tangerang", "Tangerang Immigration Office"),
        "address": ("Kota Tangerang, Banten", "Tangerang City, Banten"),
        "work_area": ("Kota Tangerang dan sekitarnya", "Tangerang City and the surrounding area"),
        "opening_hours": ("Senin–Jumat, 08.00–16.00 WIB", "Monday to Friday, 08:00–16:00 WIB"),
        "channels": [
            {
                "kind": "website",
                "value": "https://tangerang.imigrasi.go.id",
                "label": ("Situs kantor (belum diverifikasi)", "Office website (not yet verified)"),
                "verified_on": None,
            },
        ],
    },
    {
        "code": "samarinda",
        "name": ("Kantor Imigrasi Samarinda", "Samarinda Immigration Office"),
        "address": ("Kota Samarinda, Kalimantan Timur", "Samarinda City, East Kalimantan"),
        "work_area": ("Kota Samarinda dan sekitarnya", "Samarinda City and the surrounding area"),
        "opening_hours": ("Senin–Jumat, 08.00–16.00 WITA", "Monday to Friday, 08:00–16:00 WITA"),
        "channels": [
            {
                "kind": "website",
                "value": "https://samarinda.imigrasi.go.id",
                "label": ("Situs kantor (belum diverifikasi)", "Office website (not yet verified)"),
                "verified_on": None,
            },
        ],
    },
    {
        "code": "ditjen",
        "name": ("Direktorat Jenderal Imigrasi", "Directorate General of Immigration"),
        "address": ("Jakarta", "Jakarta"),
        "work_area": ("Seluruh Indonesia", "All of Indonesia"),
        "opening_hours": ("Senin–Jumat, 08.00–16.00 WIB", "Monday to Friday, 08:00–16:00 WIB"),
        "channels": [
            {
                "kind": "website",
                "value": "https://www.imigrasi.go.id",
                "label": ("Situs resmi Direktorat Jenderal Imigrasi", "Official website of the Directorate General"),
                "verified_on": CHECKED,
            },
            {
                "kind": "whatsapp",
                "value": "+62 813-9967-9966",
                "label": (
                    "Laporan orang asing yang mencurigakan, Senin–Jumat 08.00–16.00",
                    "Reports of suspicious foreigners, Monday to Friday 08:00–16:00",
                ),
                "verified_on": CHECKED,
            },
        ],
    },
]

HOME = {
    "title": ("Informasi Paspor dan Keimigrasian", "Passport and Immigration Information"),
    "slug": ("beranda", "home"),
    "intro": (
        "Semua yang perlu Anda tahu sebelum mengurus paspor: dokumen yang dibawa, biaya resmi, "
        "jadwal layanan, dan cara mengenali calo serta penipuan.",
        "Everything you need to know before applying for a passport: the documents to bring, the official fees, "
        "service schedules, and how to recognise brokers and scams.",
    ),
}


def pairs(*values):
    """Source-to-English mapping from (Indonesian, English) pairs."""
    return dict(values)


def load_offices(id_locale, en_locale, log):
    offices = {}
    for data in OFFICES:
        office = Office.objects.filter(code=data["code"], locale=id_locale).first()
        if office is None:
            office = Office(
                locale=id_locale,
                code=data["code"],
                name=data["name"][0],
                address=data["address"][0],
                work_area=data["work_area"][0],
                opening_hours=data["opening_hours"][0],
                editor_note=UNCHECKED_NOTE,
            )
            office.channels = [
                OfficialChannel(
                    sort_order=position,
                    locale=id_locale,
                    kind=channel["kind"],
                    value=channel["value"],
                    label=channel["label"][0],
                    verified_on=channel["verified_on"],
                )
                for position, channel in enumerate(data["channels"])
            ]
            office.save()
            log(f"Office {office.code}")
        if not office.has_translation(en_locale):
            strings = pairs(
                data["name"],
                data["address"],
                data["work_area"],
                data["opening_hours"],
                *[channel["label"] for channel in data["channels"]],
            )
            translate(office, en_locale, strings)
        offices[office.code] = office
    return offices


def load_home(id_locale, en_locale, log):
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    if not isinstance(home, HomePage):
        placeholder = home
        root = Page.get_first_root_node()
        home = root.add_child(
            instance=HomePage(locale=id_locale, title=HOME["title"][0], slug=HOME["slug"][0], intro=HOME["intro"][0])
        )
        home.save_revision().publish()
        site.root_page = home
        site.site_name = "Kantor Imigrasi"
        site.save()
        # Wagtail's welcome page, and the copies locale synchronisation made of it.
        if placeholder.depth == 2 and placeholder.get_children_count() == 0:
            for copy in placeholder.get_translations(inclusive=True).specific():
                copy.delete()
        log("Home page")
    translation = home.get_translation_or_none(en_locale)
    if translation is None or translation.alias_of_id:
        translate(home, en_locale, pairs(HOME["title"], HOME["slug"], HOME["intro"]))
    return home


def load(log):
    id_locale = Locale.objects.get(language_code="id")
    en_locale = Locale.objects.get(language_code="en")
    offices = load_offices(id_locale, en_locale, log)
    home = load_home(id_locale, en_locale, log)
    site_settings = SiteSettings.for_site(home.get_site())
    if site_settings.home_office_id is None:
        site_settings.home_office = offices["karawang"]
        site_settings.save()
