"""Fresh readers' queries, written on 2026-12-07 from the readers' intent (a villager renewing,
a parent, a scam victim, a migrant worker, a village official, foreigners and Indonesians
abroad in English) before any of them was run, and split in two halves by a hash of the
query, not by hand:

- the tuning half joins `CASES` (relevance_cases.py): its failures may be studied and
  fixed, always by a rule about language, never by a rule naming one query;
- the held-out half is only measured. Nobody reads its failures to fix them; once it has
  been used for tuning it is spent, moves to the tuning half, and fresh queries replace it.

The held-out score is the honest estimate of how search does on queries nobody has seen."""

import hashlib

FRESH = [
    # A villager renewing or making a first passport (colloquial Indonesian)
    ("id", "syarat perpanjang paspor 2026", ("penggantian-paspor", "paspor-penuh-atau-habis")),
    ("id", "paspor sudah mati mau diperpanjang", ("penggantian-paspor", "paspor-penuh-atau-habis")),
    ("id", "paspor expired", ("penggantian-paspor", "paspor-penuh-atau-habis")),
    ("id", "masa berlaku paspor habis", ("penggantian-paspor", "paspor-penuh-atau-habis")),
    ("id", "dokumen buat paspor pertama kali", ("paspor-baru", "dokumen-paspor-baru-dewasa")),
    ("id", "ktp dan kk untuk paspor", ("paspor-baru", "dokumen-paspor-baru-dewasa")),
    ("id", "paspor untuk haji", "paspor-baru"),
    ("id", "paspor untuk liburan ke singapura", "paspor-baru"),
    ("id", "ktp luar daerah bikin paspor", "paspor-di-kantor-mana-saja"),
    ("id", "wawancara paspor ditanya apa saja", "sponsor-atau-penjamin"),
    # A parent
    ("id", "paspor bayi baru lahir", ("paspor-anak", "syarat-paspor-anak")),
    ("id", "anak umur 5 tahun bikin paspor", ("paspor-anak", "syarat-paspor-anak")),
    ("id", "berapa tahun paspor anak berlaku", "masa-berlaku-paspor-anak"),
    ("id", "ayah kerja di luar kota anak bikin paspor", ("orang-tua-harus-hadir", "paspor-anak")),
    # Lost or damaged
    ("id", "paspor ilang di jalan", ("paspor-hilang", "paspor-hilang-apa-yang-dilakukan")),
    ("id", "denda paspor hilang", ("biaya-paspor-hilang", "paspor-hilang", "biaya-paspor")),
    ("id", "paspor hilang bisa langsung buat lagi", ("penundaan-paspor-hilang", "paspor-hilang")),
    ("id", "paspor basah kena air", ("paspor-rusak", "paspor-rusak-kena-banjir")),
    ("id", "paspor robek", "paspor-rusak"),
    # Money
    ("id", "harga paspor elektronik", ("biaya-paspor", "biaya-e-paspor")),
    ("id", "biaya paspor biasa 48 halaman", "biaya-paspor"),
    ("id", "bayar paspor lewat bank", "cara-membayar"),
    ("id", "bayar paspor pakai qris", "cara-membayar"),
    ("id", "kode billing paspor", "cara-membayar"),
    ("id", "paspor percepatan satu hari", "biaya-percepatan"),
    ("id", "layanan paspor kilat", "biaya-percepatan"),
    ("id", "kirim paspor pos", "biaya-pengiriman-pos"),
    # Time, queue, days, places
    ("id", "berapa hari paspor selesai", "lama-proses-paspor"),
    ("id", "paspor kapan bisa diambil", "lama-proses-paspor"),
    ("id", "antrian m paspor penuh", "daftar-antrean-m-paspor"),
    ("id", "cara daftar m-paspor", "daftar-antrean-m-paspor"),
    ("id", "kantor imigrasi buka sabtu minggu", ("layanan-sabtu", "layanan-dan-jadwal")),
    ("id", "jam buka kantor imigrasi", ("kontak", "layanan-dan-jadwal")),
    ("id", "alamat imigrasi karawang", "kontak"),
    ("id", "nomor telepon imigrasi", "kontak"),
    ("id", "paspor di mal", "layanan-dan-jadwal"),
    ("id", "pelayanan paspor keliling ke kampung", ("paspor-keliling", "layanan-dan-jadwal")),
    ("id", "mengajukan jemput bola paspor", ("paspor-keliling", "layanan-dan-jadwal")),
    ("id", "disabilitas pelayanan paspor", "layanan-prioritas"),
    ("id", "lansia bikin paspor", "layanan-prioritas"),
    # Scams, brokers, complaints
    ("id", "pengaduan pelayanan paspor", "kontak"),
    ("id", "lapor pungli petugas", ("calo-dan-pungli", "kontak")),
    ("id", "ada yang minta uang tambahan di kantor", "calo-dan-pungli"),
    ("id", "jasa calo paspor cepat", ("calo-paspor", "calo-dan-pungli")),
    ("id", "ditelepon ngaku petugas imigrasi minta transfer", ("whatsapp-palsu", "jika-tertipu")),
    ("id", "penipuan atas nama imigrasi", ("waspada-penipuan", "whatsapp-palsu", "jika-tertipu")),
    ("id", "uang sudah ditransfer ke penipu", "jika-tertipu"),
    ("id", "aplikasi m-paspor palsu apk", "tautan-palsu"),
    ("id", "website imigrasi asli", ("situs-resmi", "cek-kanal-resmi")),
    ("id", "akun instagram imigrasi resmi", "cek-kanal-resmi"),
    ("id", "ktp palsu untuk paspor", "data-palsu"),
    ("id", "pura pura umroh padahal kerja", "tujuan-perjalanan-palsu"),
    # Working abroad
    ("id", "lowongan kerja luar negeri gaji besar", ("tawaran-kerja-luar-negeri",)),
    (
        "id",
        "kerja ke jepang lewat agen",
        ("bekerja-ke-luar-negeri-secara-prosedural", "paspor-pekerja-migran", "tawaran-kerja-luar-negeri"),
    ),
    ("id", "syarat paspor tkw", "paspor-pekerja-migran"),
    ("id", "rekomendasi disnaker paspor", "paspor-pekerja-migran"),
    ("id", "tppo", "bekerja-ke-luar-negeri-secara-prosedural"),
    # The village official
    ("id", "materi sosialisasi keimigrasian", ("modul-edukasi", "modul-penyuluhan")),
    ("id", "apa itu desa binaan imigrasi", ("apa-itu-desa-binaan", "desa-binaan")),
    ("id", "laporan kegiatan penyuluhan desa", "perangkat-desa-mencatat-kegiatan"),
    ("id", "wna tinggal di desa tanpa izin", "lapor-orang-asing"),
    ("id", "data pribadi saya dipakai untuk apa", "privasi"),
    ("id", "cek syarat dokumen saya", "cek-persyaratan"),
    ("id", "checklist dokumen paspor", "cek-persyaratan"),
    # English: foreigners, Indonesians abroad, English-speaking Indonesians
    ("en", "passport renewal requirements", ("passport-replacement", "full-or-expired-passport")),
    ("en", "my passport expired what to bring", ("full-or-expired-passport", "passport-replacement")),
    ("en", "replace full passport", ("passport-replacement", "full-or-expired-passport")),
    ("en", "documents needed for first passport", ("new-passport", "documents-new-adult-passport")),
    ("en", "passport for hajj", "new-passport"),
    ("en", "apply outside my home region", "passport-at-any-office"),
    ("en", "interview questions at the immigration office", "sponsor-or-guarantor"),
    ("en", "passport for newborn", ("child-passport", "child-passport-documents")),
    ("en", "how long is a kids passport valid", "child-passport-validity"),
    ("en", "one parent abroad child passport", ("must-both-parents-come", "child-passport")),
    ("en", "lost passport what now", ("lost-passport", "lost-passport-what-to-do")),
    ("en", "penalty for losing passport", ("lost-passport-charge", "lost-passport")),
    ("en", "passport got wet", ("damaged-passport", "passport-damaged-by-flood")),
    ("en", "torn passport", "damaged-passport"),
    ("en", "e passport cost", ("passport-fees", "e-passport-fee")),
    ("en", "passport price in rupiah", "passport-fees"),
    ("en", "passport fees list", "passport-fees"),
    ("en", "pay passport fee at bank", "how-to-pay"),
    ("en", "express passport", "same-day-service-fee"),
    ("en", "send passport by mail", "delivery-by-post-fee"),
    ("en", "passport processing time", "how-long-it-takes"),
    ("en", "when can i collect my passport", "how-long-it-takes"),
    ("en", "book appointment m-paspor", "booking-with-m-paspor"),
    ("en", "online queue passport", "booking-with-m-paspor"),
    ("en", "office opening hours", ("contact", "services-and-schedules")),
    ("en", "immigration office address", "contact"),
    ("en", "phone number of the immigration office", "contact"),
    ("en", "is the office open on weekends", ("saturday-service", "services-and-schedules")),
    ("en", "mobile passport service village", ("mobile-passport-service", "services-and-schedules")),
    ("en", "passport service in a shopping mall", "services-and-schedules"),
    ("en", "wheelchair user passport", "priority-service"),
    ("en", "pregnant woman queue", "priority-service"),
    ("en", "file a complaint about service", "contact"),
    ("en", "complain to sp4n lapor", ("contact", "if-you-were-scammed")),
    ("en", "officer asked for extra money", "brokers-and-illegal-fees"),
    ("en", "bribe", "brokers-and-illegal-fees"),
    ("en", "agent offering faster passport", ("passport-brokers", "brokers-and-illegal-fees")),
    ("en", "someone on whatsapp asked me to transfer money", ("fake-whatsapp", "if-you-were-scammed")),
    ("en", "i paid a scammer", "if-you-were-scammed"),
    ("en", "scam warnings", "scam-warnings"),
    ("en", "fake m-paspor app", "fake-links"),
    ("en", "official immigration website", ("official-website", "check-official-channels")),
    ("en", "verify immigration instagram account", "check-official-channels"),
    ("en", "is this number real", ("check-a-whatsapp-number", "check-official-channels")),
    ("en", "fake id card for passport", "falsified-data"),
    ("en", "lying about travel purpose", "false-travel-purpose"),
    ("en", "high salary job overseas offer", ("job-offers-abroad", "job-offer-abroad")),
    (
        "en",
        "work in japan agency",
        ("working-abroad-the-procedural-way", "migrant-worker-passport", "job-offers-abroad"),
    ),
    ("en", "passport for domestic worker abroad", "migrant-worker-passport"),
    ("en", "human trafficking warning signs", ("working-abroad-the-procedural-way", "job-offers-abroad")),
    ("en", "village education material", "education-modules"),
    ("en", "what is desa binaan", ("what-is-a-partner-village", "village-programme")),
    ("en", "record a training session", "officials-record-sessions"),
    ("en", "report illegal foreign worker", "report-a-foreigner"),
    ("en", "how is my personal data used", "privacy"),
    ("en", "what documents do i need checklist", "check-requirements"),
]


def held_out(query):
    return hashlib.sha256(query.encode()).digest()[0] % 2 == 1


TUNING = [case for case in FRESH if not held_out(case[1])]
HELD_OUT = [case for case in FRESH if held_out(case[1])]
