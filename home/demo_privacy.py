"""The privacy notice of the demo, in (Indonesian, English) pairs.

What the site keeps comes from its own models and settings; the rights and
time limits from UU 27/2022 (../shared/domain/facts.md). Editors must check it
with the office's data protection officer before publishing."""

from django.conf import settings
from django.utils import timezone
from wagtail.models import Locale

from .models import HomePage, InformationPage, SiteSettings
from .translation import Bilingual, translate

TITLE = ("Pemberitahuan privasi", "Privacy notice")
SLUG = ("privasi", "privacy")
INTRO = (
    "Data pribadi apa yang disimpan situs ini, untuk apa, berapa lama, dan apa hak Anda menurut UU 27/2022 "
    "tentang Pelindungan Data Pribadi.",
    "Which personal data this site keeps, why, for how long, and your rights under Law 27/2022 on Personal "
    "Data Protection.",
)


def body():
    days = settings.PERSONAL_DATA_RETENTION_DAYS
    return [
        ("h2", "Pembaca situs", "Readers of the site"),
        (
            "p",
            "Anda tidak perlu mendaftar untuk membaca situs ini. Kata yang Anda cari disimpan tanpa nama atau alamat "
            "IP, dan angka yang bisa mengenali seseorang (NIK, nomor telepon, nomor paspor) dihapus sebelum disimpan. "
            "Jawaban “Apakah ini membantu?” disimpan tanpa data pribadi. Untuk membatasi penyalahgunaan formulir, "
            "alamat IP hanya disandikan sementara di memori dan tidak pernah disimpan di basis data.",
            "You do not need an account to read this site. The words you search for are kept without your name or "
            "IP address, and numbers that could identify a person (NIK, phone or passport numbers) are removed "
            "before anything is stored. Answers to “Was this helpful?” are kept without personal data. To limit "
            "abuse of forms, IP addresses are only held briefly, encoded, in memory, and never stored in the "
            "database.",
        ),
        (
            "p",
            "Situs ini memakai satu cookie untuk mengingat bahasa pilihan Anda, dan cookie keamanan pada formulir "
            "yang memerlukannya. Tidak ada cookie iklan atau pelacak.",
            "The site uses one cookie to remember the language you chose, and a security cookie on forms that need "
            "one. There are no advertising or tracking cookies.",
        ),
        ("h2", "Perangkat desa", "Village officials"),
        (
            "p",
            "Untuk menjalankan program desa binaan, kami menyimpan nama, jabatan dan desa setiap perangkat desa yang "
            "memiliki akun, catatan kegiatan penyuluhan (tanggal, tempat, modul, jumlah peserta), foto daftar hadir "
            "yang diunggah, serta permintaan layanan paspor keliling dengan nama dan nomor WhatsApp narahubung. "
            "Dasar pemrosesannya adalah pelaksanaan tugas pelayanan publik kantor imigrasi.",
            "To run the partner village programme we keep the name, position and village of each official with an "
            "account, the records of education sessions (date, place, modules, number of people), the photos of "
            "attendance sheets they upload, and requests for the mobile passport service with the contact "
            "person's name and WhatsApp number. The legal basis is the immigration office's public-service task.",
        ),
        (
            "p",
            f"Foto daftar hadir dan nama dalam catatan kegiatan dihapus setelah {days} hari. Foto disimpan di luar "
            "folder publik, tanpa data lokasi, dan hanya terlihat oleh perangkat desa itu dan petugas kantor. Angka "
            "yang tampil di halaman publik desa tidak memuat data pribadi.",
            f"Attendance-sheet photos and names in session records are deleted after {days} days. Photos are kept "
            "outside the public folders, without location data, and only the village's own officials and the "
            "office's staff can see them. The figures on a village's public page contain no personal data.",
        ),
        ("h2", "Hak Anda", "Your rights"),
        (
            "p",
            "Anda berhak mengetahui data apa yang kami simpan tentang Anda, meminta salinannya, memperbaikinya, "
            "meminta penghapusan, menarik persetujuan, dan meminta pembatasan pemrosesan. Kami menindaklanjuti "
            "permintaan pembatasan dalam 3×24 jam. Jika terjadi kebocoran data, kami memberi tahu Anda dan lembaga "
            "pengawas secara tertulis dalam 3×24 jam.",
            "You have the right to know which data we keep about you, to get a copy, to correct it, to ask for its "
            "deletion, to withdraw consent and to ask us to restrict processing. We act on a request to restrict "
            "processing within 3×24 hours. If data leaks, we tell you and the supervisory authority in writing "
            "within 3×24 hours.",
        ),
        (
            "p",
            "Ajukan permintaan Anda di loket kantor imigrasi atau lewat kanal resmi yang tercantum di bagian bawah "
            "halaman ini.",
            "Make your request at the immigration office's counter or through the official channels listed at "
            "the bottom of this page.",
        ),
    ]


def load(log):
    id_locale = Locale.objects.get(language_code="id")
    en_locale = Locale.objects.get(language_code="en")
    home = HomePage.objects.get(locale=id_locale)
    page = InformationPage.objects.filter(locale=id_locale, slug=SLUG[0]).first()
    if page is None:
        t = Bilingual()
        page = InformationPage(
            title=t(*TITLE),
            slug=t(*SLUG),
            intro=t(*INTRO),
            body=t.rich(*body()),
            last_reviewed=timezone.localdate(),
        )
        home.add_child(instance=page)
        page.save_revision().publish()
        translate(page, en_locale, t.strings)
        log(f"Page {page.slug}")
    site_settings = SiteSettings.for_site(home.get_site())
    if site_settings.privacy_page_id is None:
        site_settings.privacy_page = page
        site_settings.save()
