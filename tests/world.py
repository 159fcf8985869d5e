"""The office site tests start from, built by the tests themselves (issue #34).

One fictional office, Kantor Imigrasi Contoh, with a site at `HOST` that has one
page of every public page type in Indonesian and English, its fees, channels,
villages and an upcoming mobile service. Nothing here comes from the demo
content packs (site/demo/), so editing a pack never breaks a test that reads
this world; a test that asserts on a particular value still makes that value
itself (tests/factories.py).

Its site is the default one, so it also answers at 127.0.0.1 and for the test
client's own host; the Directorate General's channels are the national part.
Pack tests load the demo beside it for one module (tests/conftest.py, `demo`)."""

import datetime
import re

import pytest
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from core.translation import translate
from education.models import (
    ChannelCheckerPage,
    ChecklistPage,
    DocumentRequirement,
    EducationModuleIndexPage,
    EducationModulePage,
    Fee,
    FeeIndexPage,
    FeeRate,
    RequirementFee,
    RequirementIndexPage,
    RequirementPage,
    RequirementScamLink,
    ScamWarningIndexPage,
    ScamWarningPage,
    ServiceEvent,
    ServicesPage,
)
from faq.models import FaqPage, FaqQuestionPage
from home.models import ContactPage, HomePage, InformationPage, Office, OfficialChannel, SiteSettings
from home.office_teams import ensure_teams
from village_programs.models import Village, VillageProgramIndexPage, VillageProgramPage

HOST = "contoh.localhost"
OFFICE = "contoh"
# Fictional codes: province 99 does not exist, so no real village is named.
VILLAGE = "98.01.01.2001"
OTHER_VILLAGE = "98.01.02.2002"

# Every page of the world by its key: (Indonesian path, English path).
PATHS = {
    "home": ("/id/", "/en/"),
    "requirements": ("/id/persyaratan/", "/en/requirements/"),
    "new_passport": ("/id/persyaratan/paspor-baru-dewasa/", "/en/requirements/new-adult-passport/"),
    "lost_passport": ("/id/persyaratan/paspor-yang-hilang/", "/en/requirements/a-lost-passport/"),
    "fees": ("/id/tarif/", "/en/rates/"),
    "services": ("/id/jadwal-layanan/", "/en/service-schedule/"),
    "scams": ("/id/modus-penipuan/", "/en/scam-patterns/"),
    "fake_whatsapp": ("/id/modus-penipuan/petugas-palsu-di-whatsapp/", "/en/scam-patterns/fake-officers-on-whatsapp/"),
    "checklist": ("/id/daftar-bawaan/", "/en/what-to-bring/"),
    "checker": ("/id/periksa-kanal/", "/en/check-a-channel/"),
    "modules": ("/id/materi-edukasi/", "/en/learning-materials/"),
    "module": ("/id/materi-edukasi/mengenal-paspor/", "/en/learning-materials/about-passports/"),
    "module_scams": ("/id/materi-edukasi/mengenali-calo/", "/en/learning-materials/recognising-brokers/"),
    "villages": ("/id/program-desa/", "/en/village-programme-pages/"),
    "village": ("/id/program-desa/desa-sukamaju/", "/en/village-programme-pages/sukamaju-village/"),
    "faq": ("/id/pertanyaan/", "/en/questions/"),
    "question": ("/id/pertanyaan/berapa-lama-paspor-selesai/", "/en/questions/how-long-does-a-passport-take/"),
    "contact": ("/id/hubungi-kami/", "/en/contact-us/"),
    "scammed": ("/id/sudah-tertipu/", "/en/already-scammed/"),
    "privacy": ("/id/kebijakan-privasi/", "/en/privacy-policy/"),
}


def on_the_site(client):
    """A test client that reads the world's site."""
    client.defaults["HTTP_HOST"] = HOST
    return client


@pytest.fixture(name="client")
def client_on_the_site(client):
    """pytest-django's `client`, asking for the world's host name, in a module (or a folder's
    conftest) that imports this fixture: absolute addresses then name the world's site."""
    return on_the_site(client)


def path(key, language="id"):
    return PATHS[key][0 if language == "id" else 1]


class Texts:
    """Each call returns the Indonesian text and remembers its English one, for `translate`."""

    def __init__(self):
        self.english = {}

    def __call__(self, indonesian, english):
        # wagtail-localize translates rich text a block (paragraph, list item) at a time.
        pairs = zip(re.findall(r">([^<]+)<", indonesian), re.findall(r">([^<]+)<", english), strict=True)
        self.english.update(pairs if indonesian.startswith("<") else [(indonesian, english)])
        return indonesian


def slug(key, language):
    if key == "home":  # not part of any path; unique among the root's children
        return {"id": "beranda-contoh", "en": "contoh-home"}[language]
    return path(key, language).rstrip("/").rsplit("/", 1)[-1]


class WorldPageFactory(wagtail_factories.PageFactory):
    """A published page; its title and slug are given by the builder."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        page = super()._create(model_class, *args, **kwargs)
        page.save_revision().publish()
        return page


def page_factory(model):
    return type(f"{model.__name__}Factory", (WorldPageFactory,), {"Meta": type("Meta", (), {"model": model})})


def add(parent, model, key, title, texts, in_menu=None, **fields):
    """A published page of `model` under `parent`, at the paths `PATHS[key]` gives,
    translated into English through wagtail-localize as an editor would."""
    english = Locale.objects.get(language_code="en")
    if parent is not None:
        fields["parent"] = parent
    texts(slug(key, "id"), slug(key, "en"))
    page = page_factory(model)(
        title=title,
        slug=slug(key, "id"),
        show_in_menus=(parent is not None and isinstance(parent, HomePage)) if in_menu is None else in_menu,
        last_reviewed=datetime.date(2026, 6, 1),
        next_review_due=datetime.date(2027, 6, 1),
        **fields,
    )
    translate(page, english, texts.english)
    return page


NATIONAL_OFFICE = "pusat"


def build_national(indonesian, english):
    """The Directorate General and its channels, official on every office's site
    (facts.md sections 3, 5, 8 and 10)."""
    t = Texts()
    national = Office(
        locale=indonesian,
        code=NATIONAL_OFFICE,
        national=True,
        name=t("Direktorat Jenderal Imigrasi", "Directorate General of Immigration"),
        address=t("Jakarta", "Jakarta"),
        work_area=t("Seluruh Indonesia", "All of Indonesia"),
        opening_hours=t("Senin–Jumat, 08.00–16.00 WIB", "Monday to Friday, 08:00–16:00 WIB"),
    )
    verified = datetime.date(2026, 6, 1)
    national.channels = [
        OfficialChannel(
            sort_order=position,
            locale=indonesian,
            kind=kind,
            value=value,
            label=t(*label),
            verified_on=verified,
            for_complaints=for_complaints,
        )
        for position, (kind, value, label, for_complaints) in enumerate(
            [
                (
                    OfficialChannel.Kind.WEBSITE,
                    "https://www.imigrasi.go.id",
                    ("Situs Ditjen Imigrasi", "The Directorate General's website"),
                    False,
                ),
                (
                    OfficialChannel.Kind.DOMAIN,
                    "imigrasi.go.id",
                    ("Domain Ditjen Imigrasi", "The Directorate General's domain"),
                    False,
                ),
                (
                    OfficialChannel.Kind.APP,
                    "M-Paspor",
                    ("Aplikasi pemesanan jadwal paspor", "The passport booking app"),
                    False,
                ),
                (
                    OfficialChannel.Kind.WHATSAPP,
                    "+62 813-9967-9966",
                    ("Laporan orang asing", "Reports about foreigners"),
                    False,
                ),
                (
                    OfficialChannel.Kind.WEBSITE,
                    "https://www.lapor.go.id",
                    ("SP4N-LAPOR!, pengaduan publik", "SP4N-LAPOR!, public complaints"),
                    True,
                ),
            ]
        )
    ]
    national.save()
    translate(national, english, t.english)


def build():
    """Build the world once per test database, its site the default one, with the
    national office; returns its home page."""
    indonesian, english = Locale.objects.get(language_code="id"), Locale.objects.get(language_code="en")
    t = Texts()
    office = Office(
        locale=indonesian,
        code=OFFICE,
        name=t("Kantor Imigrasi Contoh", "Contoh Immigration Office"),
        address=t("Jl. Percobaan No. 7, Kota Contoh", "Jl. Percobaan No. 7, Contoh City"),
        work_area=t("Kabupaten Contoh dan Kota Contoh", "Contoh Regency and Contoh City"),
        area_codes="98.01,98.71",
        opening_hours=t("Senin–Jumat, 07.30–15.30", "Monday–Friday, 07.30–15.30"),
        min_outreach_applicants=25,
    )
    office.channels = [
        OfficialChannel(
            sort_order=0,
            locale=indonesian,
            kind=OfficialChannel.Kind.WEBSITE,
            value="https://contoh.imigrasi.go.id",
            label=t("Situs kantor", "Office website"),
            verified_on=datetime.date(2026, 6, 1),
        ),
        OfficialChannel(
            sort_order=1,
            locale=indonesian,
            kind=OfficialChannel.Kind.WHATSAPP,
            value="0811 1111 2222",
            label=t("WhatsApp layanan informasi", "Information service on WhatsApp"),
            for_complaints=True,
            verified_on=datetime.date(2026, 6, 1),
        ),
        OfficialChannel(
            sort_order=2,
            locale=indonesian,
            kind=OfficialChannel.Kind.INSTAGRAM,
            value="@kanim.contoh",
            label=t("Instagram kantor", "Office Instagram"),
            verified_on=datetime.date(2026, 6, 1),
        ),
    ]
    office.save()
    translate(office, english, t.english)

    home_texts = t = Texts()
    home = add(
        Page.get_first_root_node(),
        HomePage,
        "home",
        t("Beranda Kantor Imigrasi Contoh", "Contoh Immigration Office home"),
        t,
        intro=t("Informasi paspor yang benar dari kantor kami.", "Correct passport information from our office."),
    )
    # Wagtail's welcome page and its site make way for the world's.
    for site in Site.objects.filter(is_default_site=True):
        site.delete()
        site.root_page.get_translations(inclusive=True).delete()
    build_national(indonesian, english)
    site = Site.objects.create(hostname=HOST, root_page=home, site_name="Kantor Imigrasi Contoh", is_default_site=True)
    settings = SiteSettings.for_site(site)
    settings.home_office = office
    ensure_teams(office, home)

    fees = {}
    for position, (code, use, name, amount) in enumerate(
        [
            ("contoh-e5", "e5", ("Paspor elektronik 5 tahun", "Electronic passport, 5 years"), 350_000),
            ("contoh-e10", "e10", ("Paspor elektronik 10 tahun", "Electronic passport, 10 years"), 650_000),
            ("contoh-hilang", "lost", ("Denda paspor hilang", "Charge for a lost passport"), 1_000_000),
        ]
    ):
        t = Texts()
        fee = Fee.objects.create(
            office=office,
            locale=indonesian,
            code=code,
            name=t(*name),
            applies_to="",
            checklist_use=use,
            sort_order=position,
        )
        rate = FeeRate(fee=fee, amount=amount, legal_basis="PP 45/2024", effective_from=datetime.date(2024, 12, 17))
        rate.save()
        rate.save_revision().publish()
        translate(fee, english, t.english)
        fees[use] = fee

    t = Texts()
    scams = add(
        home,
        ScamWarningIndexPage,
        "scams",
        t("Modus penipuan", "Scam patterns"),
        t,
        intro=t("Cara penipu mendekati pemohon paspor.", "How fraudsters approach passport applicants."),
    )
    t = Texts()
    fake_whatsapp = add(
        scams,
        ScamWarningPage,
        "fake_whatsapp",
        t("Petugas palsu di WhatsApp", "Fake officers on WhatsApp"),
        t,
        intro=t(
            "Nomor asing mengaku petugas dan meminta uang.",
            "An unknown number claims to be an officer and asks for money.",
        ),
        pattern="fake_whatsapp",
        how_it_works=t("<p>Penipu menawarkan antrean cepat.</p>", "<p>The fraudster offers a quick slot.</p>"),
        red_flags=t(
            "<p>Meminta transfer ke rekening pribadi.</p>", "<p>Asks for a transfer to a personal account.</p>"
        ),
        what_to_do=t("<p>Jangan membayar; cek nomornya.</p>", "<p>Do not pay; check the number.</p>"),
        how_to_report=t("<p>Laporkan nomor itu ke kantor.</p>", "<p>Report the number to the office.</p>"),
    )

    t = Texts()
    requirements = add(
        home,
        RequirementIndexPage,
        "requirements",
        t("Persyaratan paspor", "Passport requirements"),
        t,
        intro=t("Dokumen dan langkah untuk setiap layanan.", "Documents and steps for each service."),
    )
    for key, service, title, documents, fee_uses in [
        (
            "new_passport",
            "new",
            ("Paspor baru untuk orang dewasa", "New passport for adults"),
            [("KTP elektronik", "Electronic identity card"), ("Kartu Keluarga", "Family card")],
            ["e5", "e10"],
        ),
        (
            "lost_passport",
            "lost",
            ("Mengganti paspor yang hilang", "Replacing a lost passport"),
            [("Surat keterangan hilang dari kepolisian", "Police report of the loss")],
            ["lost", "e5"],
        ),
    ]:
        t = Texts()
        add(
            requirements,
            RequirementPage,
            key,
            t(*title),
            t,
            intro=t("Syarat dan langkahnya.", "Its requirements and steps."),
            service=service,
            applicant="adult",
            channel="m_paspor",
            processing_time=t("Empat hari kerja setelah wawancara.", "Four working days after the interview."),
            steps=[
                (
                    "step",
                    {
                        "title": t("Pesan jadwal di M-Paspor", "Book a slot in M-Paspor"),
                        "text": t("Pilih Kantor Imigrasi Contoh.", "Choose the Contoh Immigration Office."),
                    },
                )
            ],
            notes="",
            # Orderables made in code get no sort order unless given one.
            documents=[
                DocumentRequirement(sort_order=position, locale=indonesian, name=t(*document))
                for position, document in enumerate(documents)
            ],
            fee_links=[
                RequirementFee(sort_order=position, locale=indonesian, fee=fees[use])
                for position, use in enumerate(fee_uses)
            ],
            scam_links=[RequirementScamLink(sort_order=0, locale=indonesian, scam_warning=fake_whatsapp)],
        )

    t = Texts()
    add(home, FeeIndexPage, "fees", t("Tarif paspor", "Passport rates"), t, intro=t("Tarif resmi.", "Official rates."))
    t = Texts()
    add(
        home,
        ServicesPage,
        "services",
        t("Jadwal layanan", "Service schedule"),
        t,
        intro=t("Kapan dan di mana kantor melayani.", "When and where the office serves."),
        sections=[
            (
                "section",
                {
                    "heading": t("Layanan keliling", "Mobile service"),
                    "text": t("<p>Kantor datang ke desa.</p>", "<p>The office comes to villages.</p>"),
                },
            )
        ],
    )
    start = timezone.now().replace(hour=2, minute=0, second=0, microsecond=0) + datetime.timedelta(days=9)
    t = Texts()
    event = ServiceEvent.objects.create(
        locale=indonesian,
        office=office,
        kind=ServiceEvent.Kind.VILLAGE,
        title=t("Paspor keliling di Desa Sukamaju", "Mobile passport service in Sukamaju village"),
        place=t("Balai Desa Sukamaju", "Sukamaju village hall"),
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=4),
        quota=40,
        notes="",
    )
    translate(event, english, t.english)

    t = Texts()
    checklist = add(
        home, ChecklistPage, "checklist", t("Daftar bawaan", "What to bring"), t, intro=t("Pilih layanan.", "Choose.")
    )
    t = Texts()
    checker = add(
        home, ChannelCheckerPage, "checker", t("Periksa kanal", "Check a channel"), t, intro=t("Tempel.", "Paste.")
    )

    t = Texts()
    modules = add(
        home,
        EducationModuleIndexPage,
        "modules",
        t("Materi edukasi", "Learning materials"),
        t,
        intro=t("Materi untuk perangkat desa.", "Materials for village officials."),
    )
    for key, code, minutes, title, intro, objective, heading, text in [
        (
            "module",
            "U1",
            30,
            ("Mengenal paspor", "About passports"),
            ("Apa itu paspor.", "What a passport is."),
            ("Tahu jenis paspor.", "Know the kinds of passport."),
            ("Jenis paspor", "Kinds of passport"),
            ("Paspor elektronik.", "The electronic passport."),
        ),
        (
            "module_scams",
            "U2",
            20,
            ("Mengenali calo", "Recognising brokers"),
            ("Cara calo bekerja.", "How brokers work."),
            ("Tahu tanda calo.", "Know the signs of a broker."),
            ("Tanda calo", "Signs of a broker"),
            ("Menjanjikan antrean cepat.", "Promises a quick slot."),
        ),
    ]:
        t = Texts()
        add(
            modules,
            EducationModulePage,
            key,
            t(*title),
            t,
            intro=t(*intro),
            code=code,
            for_officials=True,
            for_residents=True,
            duration_minutes=minutes,
            objectives=t(*(f"<ul><li>{words}</li></ul>" for words in objective)),
            lessons=[
                (
                    "lesson",
                    {"heading": t(*heading), "body": [("text", t(*(f"<p>{words}</p>" for words in text)))]},
                )
            ],
        )

    village = Village.objects.create(
        code=VILLAGE,
        name="Sukamaju",
        kecamatan="Cibening",
        kabupaten="Kabupaten Contoh",
        province="Provinsi Contoh",
        office=office,
        status=Village.Status.ACTIVE,
    )
    Village.objects.create(
        code=OTHER_VILLAGE,
        name="Mekarsari",
        kecamatan="Cijati",
        kabupaten="Kabupaten Contoh",
        province="Provinsi Contoh",
        office=office,
        status=Village.Status.ACTIVE,
    )
    t = Texts()
    villages = add(
        home,
        VillageProgramIndexPage,
        "villages",
        t("Program desa", "Village programme pages"),
        t,
        intro=t("Desa binaan kantor kami.", "Our office's partner villages."),
        body=t("<p>Desa belajar tentang paspor.</p>", "<p>Villages learn about passports.</p>"),
    )
    t = Texts()
    add(
        villages,
        VillageProgramPage,
        "village",
        t("Desa Sukamaju", "Sukamaju village"),
        t,
        intro=t("Desa binaan sejak 2026.", "A partner village since 2026."),
        village=village,
        story=t("<p>Perangkat desa belajar bersama.</p>", "<p>Village officials learn together.</p>"),
    )

    t = Texts()
    faq = add(home, FaqPage, "faq", t("Pertanyaan", "Questions"), t, intro=t("Jawaban singkat.", "Short answers."))
    t = Texts()
    add(
        faq,
        FaqQuestionPage,
        "question",
        t("Berapa lama paspor selesai?", "How long does a passport take?"),
        t,
        topic="requirements",
        answer=t("<p>Empat hari kerja setelah wawancara.</p>", "<p>Four working days after the interview.</p>"),
        related_pages=[("page", RequirementPage.objects.get(slug=slug("lost_passport", "id")))],
    )

    t = Texts()
    contact = add(
        home,
        ContactPage,
        "contact",
        t("Hubungi kami", "Contact us"),
        t,
        intro=t("Cara menghubungi kantor.", "How to reach the office."),
        complaints=t(
            "Sampaikan pengaduan lewat SP4N-LAPOR! atau kanal resmi kantor.",
            "Send complaints through SP4N-LAPOR! or an official channel of the office.",
        ),
        complaints_url="https://www.lapor.go.id",
    )
    t = Texts()
    scammed = add(
        home,
        InformationPage,
        "scammed",
        t("Sudah tertipu?", "Already scammed?"),
        t,
        in_menu=False,
        intro=t("Langkah setelah tertipu.", "Steps after a scam."),
        body=t("<p>Simpan bukti transfer dan laporkan.</p>", "<p>Keep proof of the transfer and report it.</p>"),
    )
    t = Texts()
    privacy = add(
        home,
        InformationPage,
        "privacy",
        t("Kebijakan privasi", "Privacy policy"),
        t,
        in_menu=False,
        intro=t("Data apa yang kami simpan.", "What data we keep."),
        body=t("<p>Kami menyimpan data seperlunya.</p>", "<p>We keep only what we need.</p>"),
    )
    settings.privacy_page = privacy
    settings.contact_page = contact
    settings.scammed_page = scammed
    settings.checklist_page = checklist
    settings.faq_page = faq
    settings.channel_checker_page = checker
    settings.save()

    # The home page's tasks point at pages made since, so the home is revised and translated again.
    t = home_texts
    home.tasks = [
        ("task", {"page": page, "label": t(*label), "description": t(*description)})
        for page, label, description in [
            (
                checklist,
                ("Susun daftar bawaan saya", "Make my list of what to bring"),
                ("Dokumen dan biaya untuk keadaan Anda.", "Documents and fees for your case."),
            ),
            (
                checker,
                ("Periksa nomor atau situs", "Check a number or a website"),
                ("Apakah kanal itu milik kantor?", "Does the channel belong to the office?"),
            ),
            (
                scammed,
                ("Saya sudah tertipu", "I have been scammed"),
                ("Langkah pertama setelah tertipu.", "First steps after a scam."),
            ),
        ]
    ]
    home.save_revision().publish()
    translate(home, english, t.english)
    return home
