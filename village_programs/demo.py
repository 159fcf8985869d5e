"""Demo content for the village programme: the registry, the programme pages
and two reviewed sessions in Desa Citeko, so its page shows real figures.

Codes come from ../shared/domain/facts.md where the facts give them. The
facts name the Karawang villages without codes: they carry provisional codes
in the non-existent sub-district 00, flagged for an editor to replace."""

import datetime

from django.utils import timezone
from wagtail.models import Locale, Site

from education.models import EducationModulePage
from home.models import Office
from home.translation import Bilingual, translate

from .models import TrainingSession, Village, VillageProgramIndexPage, VillageProgramPage

PROVISIONAL = "KODE SEMENTARA: fakta hanya menyebut nama desa (binaan sejak 2024). Ganti dengan kode Kemendagri."

VILLAGES = [
    ("32.14.04.2006", "Citeko", "Plered", "Kabupaten Purwakarta", "pilot", datetime.date(2025, 9, 25), ""),
    ("32.14.04.2013", "Citeko Kaler", "Plered", "Kabupaten Purwakarta", "candidate", None, ""),
    ("32.15.00.2001", "Cilamaya", "Belum diperiksa", "Kabupaten Karawang", "active", None, PROVISIONAL),
    ("32.15.00.2002", "Rawagempol Kulon", "Belum diperiksa", "Kabupaten Karawang", "active", None, PROVISIONAL),
    ("32.15.00.2003", "Rawagempol Wetan", "Belum diperiksa", "Kabupaten Karawang", "active", None, PROVISIONAL),
    ("32.15.00.2004", "Cikarang", "Belum diperiksa", "Kabupaten Karawang", "active", None, PROVISIONAL),
    ("32.15.00.2005", "Cikalong", "Belum diperiksa", "Kabupaten Karawang", "active", None, PROVISIONAL),
]

INDEX = {
    "slug": ("desa-binaan", "village-programme"),
    "title": ("Desa Binaan Imigrasi", "Immigration-supported villages"),
    "intro": (
        "Desa binaan bekerja sama dengan kantor imigrasi untuk melindungi warganya dari calo, pemalsuan data dan "
        "keberangkatan kerja yang tidak prosedural.",
        "In the desa binaan programme, villages work with the immigration office to protect residents from brokers, "
        "falsified data and non-procedural departures for work abroad.",
    ),
    "body": [
        (
            "p",
            "Program ini berdasar keputusan Direktur Jenderal Imigrasi tahun 2023. Pada November 2024, 146 petugas "
            "pembina desa (PIMPASA) dilantik untuk mendampingi 125 desa binaan di seluruh Indonesia.",
            "The programme rests on a 2023 decree of the Director General of Immigration. In November 2024, 146 village "
            "liaison officers (PIMPASA) were sworn in to support 125 villages across Indonesia.",
        ),
        (
            "p",
            "Petugas memberi penyuluhan, menjawab pertanyaan warga, dan membantu desa mengenali tanda perdagangan orang "
            "sejak dini. Perangkat desa mencatat setiap sesi di situs ini.",
            "Officers give talks, answer residents' questions and help villages spot the early signs of human "
            "trafficking. Village officials record every session on this site.",
        ),
    ],
}

PAGES = [
    {
        "village": "32.14.04.2006",
        "slug": ("desa-citeko", "desa-citeko"),
        "title": ("Desa Citeko", "Desa Citeko"),
        "intro": (
            "Desa binaan pertama di Kabupaten Purwakarta, diresmikan pada 25 September 2025.",
            "The first immigration-supported village in Purwakarta Regency, launched on 25 September 2025.",
        ),
        "story": [
            (
                "p",
                "Citeko di Kecamatan Plered menjadi percontohan di Purwakarta. Perangkat desa mengikuti pelatihan dari "
                "kantor imigrasi dan kini meneruskannya kepada warga.",
                "Citeko, in Plered sub-district, is the pilot village for Purwakarta. Its officials were trained by the "
                "immigration office and now pass what they learnt on to residents.",
            ),
            (
                "p",
                "Pada 12 November 2025 kantor imigrasi menggelar pertemuan pemantauan bersama Citeko, Citeko Kaler, "
                "Sindangsari dan Plered.",
                "On 12 November 2025 the immigration office held a monitoring meeting with Citeko, Citeko Kaler, "
                "Sindangsari and Plered.",
            ),
        ],
    },
    {
        "village": "32.15.00.2001",
        "slug": ("desa-cilamaya", "desa-cilamaya"),
        "title": ("Desa Cilamaya", "Desa Cilamaya"),
        "intro": (
            "Salah satu desa binaan Kantor Imigrasi Karawang sejak 2024.",
            "One of the Karawang Immigration Office's supported villages since 2024.",
        ),
        "story": [
            (
                "p",
                "Cilamaya bergabung bersama Rawagempol Kulon, Rawagempol Wetan, Cikarang dan Cikalong. Desa-desa ini "
                "menjadi tempat penyuluhan tentang paspor dan kerja ke luar negeri yang aman.",
                "Cilamaya joined together with Rawagempol Kulon, Rawagempol Wetan, Cikarang and Cikalong. These villages "
                "host talks on passports and on working abroad safely.",
            ),
        ],
    },
]

SESSIONS = [
    # village code, date, place, module codes, women, men, wanting a passport
    ("32.14.04.2006", datetime.date(2025, 9, 25), "Balai Desa Citeko", ["M1", "M2"], 18, 16, 12),
    ("32.14.04.2006", datetime.date(2025, 11, 12), "Balai Desa Citeko", ["M3", "M4"], 9, 11, 5),
]


def load_villages(log):
    office = Office.objects.get(code="karawang", locale__language_code="id")
    for code, name, kecamatan, kabupaten, status, joined, note in VILLAGES:
        _village, created = Village.objects.get_or_create(
            code=code,
            defaults={
                "name": name,
                "kecamatan": kecamatan,
                "kabupaten": kabupaten,
                "province": "Jawa Barat",
                "office": office,
                "status": status,
                "joined_on": joined,
                "editor_note": note,
            },
        )
        if created:
            log(f"Village {name}")


def load_pages(home, id_locale, en_locale, log):
    index = VillageProgramIndexPage.objects.filter(locale=id_locale).first()
    if index is None:
        t = Bilingual()
        index = VillageProgramIndexPage(
            title=t(*INDEX["title"]), slug=t(*INDEX["slug"]), intro=t(*INDEX["intro"]), body=t.rich(*INDEX["body"])
        )
        home.add_child(instance=index)
        index.save_revision().publish()
        translate(index, en_locale, t.strings)
        log("Page desa-binaan")
    for data in PAGES:
        village = Village.objects.get(code=data["village"])
        if VillageProgramPage.objects.filter(locale=id_locale, village=village).exists():
            continue
        t = Bilingual()
        page = VillageProgramPage(
            title=t(*data["title"]),
            slug=t(*data["slug"]),
            village=village,
            intro=t(*data["intro"]),
            story=t.rich(*data["story"]),
        )
        index.add_child(instance=page)
        page.save_revision().publish()
        translate(page, en_locale, t.strings)
        log(f"Page {page.slug}")


def load_sessions(log):
    if TrainingSession.objects.exists():
        return
    for code, date, place, modules, women, men, wanting in SESSIONS:
        session = TrainingSession.objects.create(
            village=Village.objects.get(code=code),
            date=date,
            start_time=datetime.time(9, 0),
            place=place,
            facilitators="Perangkat Desa Citeko; petugas Kantor Imigrasi Karawang",
            women=women,
            men=men,
            want_passport=wanting,
            status=TrainingSession.Status.APPROVED,
            submitted_at=timezone.now(),
            reviewed_at=timezone.now(),
        )
        session.modules.set(EducationModulePage.objects.filter(locale__language_code="id", code__in=modules))
        log(f"Session {date}")


def load_outreach(log):
    """One request in the office queue, so staff see how it works."""
    from .models import OutreachRequest
    from .models.outreach import OutreachStateChange

    if OutreachRequest.objects.exists():
        return
    village = Village.objects.get(code="32.14.04.2006")
    day = timezone.localdate() + datetime.timedelta(days=30)
    while day.weekday() >= 5:
        day += datetime.timedelta(days=1)
    request = OutreachRequest.objects.create(
        village=village,
        place_name="Balai Desa Citeko",
        place_address="Desa Citeko, Kec. Plered, Kab. Purwakarta",
        preferred_dates=[day.isoformat()],
        expected_applicants=40,
        services=["new", "replacement"],
        contact_name="Perangkat Desa Citeko",
        contact_phone="+6281200000000",
        notes="Contoh permintaan untuk demo.",
        submitted_at=timezone.now(),
        reference="KANIM-000001",
    )
    for state, source in (("draft", "officer"), ("submitted", "officer"), ("received", "office")):
        OutreachStateChange.objects.create(request=request, state=state, source=source)
    request.state = "received"
    request.save()
    log("Outreach request")


def load(log):
    id_locale = Locale.objects.get(language_code="id")
    en_locale = Locale.objects.get(language_code="en")
    home = Site.objects.get(is_default_site=True).root_page.specific
    load_villages(log)
    load_pages(home, id_locale, en_locale, log)
    load_sessions(log)
    load_outreach(log)
