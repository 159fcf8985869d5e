"""The words of the education demo, in (Indonesian, English) pairs.

Figures come from ../shared/domain/facts.md; the sentences are our own.
Kept apart from education/demo.py, which only builds objects from them."""

import datetime

PP_45 = "PP 45/2024"
# Sources give 17, 18 or 22 December 2024 for the start of PP 45/2024.
PP_45_START = datetime.date(2024, 12, 17)
PP_45_NOTE = "Sumber menyebut 17, 18 atau 22 Desember 2024 sebagai tanggal berlaku PP 45/2024: pastikan."

FEES = [
    {
        "code": "e-paspor-5",
        "name": ("E-paspor, berlaku 5 tahun", "E-passport, valid 5 years"),
        "applies_to": ("Untuk semua pemohon, termasuk anak.", "For every applicant, children included."),
        "amount": 650_000,
    },
    {
        "code": "e-paspor-10",
        "name": ("E-paspor, berlaku 10 tahun", "E-passport, valid 10 years"),
        "applies_to": (
            "Hanya untuk WNI berusia 17 tahun ke atas atau sudah menikah (Permenkumham 18/2022).",
            "Only for citizens aged 17 or over, or married (Permenkumham 18/2022).",
        ),
        "amount": 950_000,
    },
    {
        "code": "paspor-biasa-5",
        "name": ("Paspor biasa (non-elektronik), berlaku 5 tahun", "Ordinary (non-electronic) passport, valid 5 years"),
        "applies_to": (
            "Tidak semua kantor masih menerbitkan paspor non-elektronik.",
            "Not every office still issues non-electronic passports.",
        ),
        "amount": 350_000,
    },
    {
        "code": "paspor-biasa-10",
        "name": (
            "Paspor biasa (non-elektronik), berlaku 10 tahun",
            "Ordinary (non-electronic) passport, valid 10 years",
        ),
        "applies_to": (
            "Hanya untuk WNI berusia 17 tahun ke atas atau sudah menikah.",
            "Only for citizens aged 17 or over, or married.",
        ),
        "amount": 650_000,
    },
    {
        "code": "percepatan",
        "name": ("Layanan percepatan (selesai hari yang sama)", "Accelerated service (ready the same day)"),
        "applies_to": ("Dibayar di samping biaya paspor.", "Paid on top of the passport fee."),
        "amount": 1_000_000,
    },
    {
        "code": "biaya-kehilangan",
        "name": ("Biaya paspor hilang", "Charge for a lost passport"),
        "applies_to": (
            "Dibayar di samping biaya paspor baru. Tidak dikenakan jika paspor hilang karena bencana "
            "(banjir, gempa, kebakaran, kerusuhan) dengan surat keterangan dari kelurahan atau desa.",
            "Paid on top of the new passport fee. Not charged when the passport was lost in a disaster "
            "(flood, earthquake, fire, riot) and you bring a letter from the kelurahan or village office.",
        ),
        "amount": 1_000_000,
    },
    {
        "code": "biaya-kerusakan",
        "name": ("Biaya paspor rusak", "Charge for a damaged passport"),
        "applies_to": (
            "Dibayar di samping biaya paspor baru. Tidak dikenakan jika kerusakan karena bencana, "
            "dengan surat keterangan dari kelurahan atau desa.",
            "Paid on top of the new passport fee. Not charged when the damage came from a disaster "
            "and you bring a letter from the kelurahan or village office.",
        ),
        "amount": 500_000,
    },
    {
        "code": "pengiriman-pos",
        "name": ("Pengiriman paspor oleh PT Pos", "Passport delivery by PT Pos"),
        "applies_to": (
            "Per paspor, sudah termasuk kilat khusus, jaminan dan asuransi.",
            "Per passport, including express post, guarantee and insurance.",
        ),
        "amount": 20_000,
        "legal_basis": "Tarif PT Pos Indonesia",
        "source_note": "Tarif dari berita Kanim Karawang (2025); belum ada sumber nasional. Pastikan dengan kantor.",
    },
    {
        "code": "splp",
        "name": (
            "Surat Perjalanan Laksana Paspor (SPLP) untuk WNI",
            "Travel document in lieu of passport (SPLP), citizens",
        ),
        "applies_to": (
            "Dokumen pengganti paspor untuk keadaan tertentu, misalnya pulang ke Indonesia.",
            "A document in place of a passport for particular cases, such as returning to Indonesia.",
        ),
        "amount": 100_000,
    },
    {
        "code": "paspor-pmi",
        "name": ("Paspor pekerja migran (24 halaman, 5 tahun)", "Migrant worker passport (24 pages, 5 years)"),
        "applies_to": (
            "Untuk calon pekerja migran Indonesia yang berangkat lewat jalur resmi.",
            "For Indonesian migrant workers leaving through the official procedure.",
        ),
        "amount": 0,
        "legal_basis": "Permenkumham 9/2020",
    },
]

# --- Requirement pages -------------------------------------------------------

BOOK_STEP = (
    ("Pesan jadwal di aplikasi M-Paspor", "Book a slot in the M-Paspor app"),
    (
        "Pilih kantor, tanggal dan jam kedatangan. Aplikasi memberi kode billing: bayar biaya paspor dalam 2 jam "
        "di bank, kantor pos, marketplace atau minimarket yang bekerja sama. Jadwal bisa diubah satu kali.",
        "Choose the office, date and time. The app gives you a billing code: pay the passport fee within 2 hours "
        "at a bank, post office, marketplace or partner convenience store. You can change the slot once.",
    ),
)
ATTEND_STEP = (
    ("Datang sesuai jadwal", "Come at your slot"),
    (
        "Bawa semua dokumen asli beserta fotokopinya dan datang sedikit lebih awal.",
        "Bring all original documents with copies, and come a little early.",
    ),
)
INTERVIEW_STEP = (
    ("Foto dan wawancara", "Photo and interview"),
    (
        "Petugas memeriksa dokumen, mengambil foto dan sidik jari, lalu menanyakan tujuan perjalanan. "
        "Jawab dengan jujur: keterangan palsu membuat permohonan ditolak.",
        "An officer checks your documents, takes your photo and fingerprints, and asks about your travel plans. "
        "Answer honestly: false statements get an application refused.",
    ),
)
COLLECT_STEP = (
    ("Ambil paspor atau terima lewat PT Pos", "Collect your passport or have it delivered"),
    (
        "Ambil paspor di kantor pada tanggal yang diberikan petugas, atau minta dikirim ke alamat Anda oleh PT Pos.",
        "Collect the passport at the office on the date the officer gives you, or have PT Pos deliver it to you.",
    ),
)
WALK_IN_STEP = (
    ("Datang langsung ke kantor imigrasi", "Go to an immigration office in person"),
    (
        "Layanan ini tidak bisa dipesan di M-Paspor. Datang pada hari kerja, sebaiknya pagi, "
        "ke kantor imigrasi mana pun dengan semua dokumen asli.",
        "This service cannot be booked in M-Paspor. Come on a working day, preferably in the morning, "
        "to any immigration office with all original documents.",
    ),
)
PAY_STEP = (
    ("Foto dan pembayaran", "Photo and payment"),
    (
        "Setelah BAP disetujui, Anda mendapat jadwal foto (di Karawang sekitar 3 hari kerja kemudian) "
        "dan kode billing untuk membayar di bank atau kantor pos.",
        "Once the interview record is approved you get a photo appointment (about 3 working days later "
        "in Karawang) and a billing code to pay at a bank or post office.",
    ),
)

KTP = {
    "name": ("KTP elektronik (e-KTP)", "Electronic identity card (e-KTP)"),
    "notes": ("Atau surat keterangan pindah ke luar negeri.", "Or a certificate of moving abroad."),
}
KK = {"name": ("Kartu Keluarga (KK)", "Family card (Kartu Keluarga, KK)")}
BIRTH = {
    "name": (
        "Salah satu: akta kelahiran, akta perkawinan atau buku nikah, ijazah, atau surat baptis",
        "One of: birth certificate, marriage certificate or marriage book, school diploma (ijazah), "
        "or baptism certificate",
    ),
    "notes": (
        "Dokumen harus memuat nama, tempat dan tanggal lahir, serta nama orang tua.",
        "It must show your name, place and date of birth, and your parents' names.",
    ),
}
DISASTER_LETTER = {
    "name": ("Surat keterangan dari kelurahan atau desa", "Letter from the kelurahan or village office"),
    "condition": (
        "Jika karena bencana: banjir, gempa, kebakaran atau kerusuhan",
        "If caused by a disaster: flood, earthquake, fire or riot",
    ),
    "notes": ("Dengan surat ini tidak ada biaya tambahan.", "With this letter there is no extra charge."),
}

REQUIREMENTS = [
    {
        "slug": ("paspor-baru", "new-passport"),
        "title": ("Paspor baru untuk dewasa", "New passport for adults"),
        "service": "new",
        "applicant": "adult",
        "intro": (
            "Syarat dan langkah untuk WNI dewasa yang baru pertama kali membuat paspor.",
            "Requirements and steps for adult citizens applying for their first passport.",
        ),
        "channel": "m_paspor",
        "channel_note": (
            "Lansia 60 tahun ke atas, ibu hamil dan penyandang disabilitas boleh datang langsung lewat "
            "layanan prioritas tanpa memesan.",
            "People aged 60 or over, pregnant women and people with disabilities may walk in through the "
            "priority service without booking.",
        ),
        "processing_time": (
            "Biasanya beberapa hari kerja setelah wawancara; petugas memberi tanggal pengambilan.",
            "Usually a few working days after the interview; the officer tells you when to collect it.",
        ),
        "documents": [
            KTP,
            KK,
            BIRTH,
            {
                "name": ("Penetapan ganti nama dari pengadilan", "Court order for a change of name"),
                "condition": ("Jika nama Anda pernah diganti", "If you have changed your name"),
            },
            {
                "name": ("Surat keputusan pewarganegaraan", "Naturalisation decree"),
                "condition": (
                    "Jika Anda menjadi WNI lewat pewarganegaraan",
                    "If you became a citizen by naturalisation",
                ),
            },
        ],
        "steps": [BOOK_STEP, ATTEND_STEP, INTERVIEW_STEP, COLLECT_STEP],
        "fees": ["e-paspor-5", "e-paspor-10", "percepatan", "pengiriman-pos"],
        "scams": ["broker", "fake_whatsapp"],
        "notes": [
            (
                "p",
                "Sejak 2006 paspor bisa dibuat di kantor imigrasi mana pun, apa pun alamat di KTP Anda.",
                "Since 2006 you can apply at any immigration office, whatever the address on your ID card.",
            ),
            (
                "p",
                "Jika Anda berangkat sebagai wisatawan, petugas dapat meminta bukti perjalanan seperti surat dari "
                "biro perjalanan. Jika mengunjungi keluarga, siapkan surat dari keluarga yang menjamin.",
                "If you travel as a tourist, the officer may ask for proof such as a letter from a travel agent. "
                "If you are visiting family, bring a letter from the relative who guarantees your stay.",
            ),
        ],
    },
    {
        "slug": ("paspor-anak", "child-passport"),
        "title": ("Paspor anak", "Passport for a child"),
        "service": "new",
        "applicant": "child",
        "intro": (
            "Untuk anak di bawah 17 tahun yang belum menikah. Paspor anak berlaku 5 tahun.",
            "For children under 17 who are not married. A child's passport is valid for 5 years.",
        ),
        "channel": "m_paspor",
        "channel_note": (
            "Anak di bawah 5 tahun boleh datang langsung lewat layanan prioritas tanpa memesan.",
            "Children under 5 may walk in through the priority service without booking.",
        ),
        "processing_time": (
            "Biasanya beberapa hari kerja setelah wawancara; petugas memberi tanggal pengambilan.",
            "Usually a few working days after the interview; the officer tells you when to collect it.",
        ),
        "documents": [
            {"name": ("KTP kedua orang tua", "Identity cards of both parents")},
            KK,
            {"name": ("Akta kelahiran atau surat baptis anak", "The child's birth or baptism certificate")},
            {"name": ("Buku nikah atau akta perkawinan orang tua", "The parents' marriage book or certificate")},
            {
                "name": ("Paspor orang tua", "The parents' passports"),
                "condition": ("Jika orang tua memiliki paspor", "If the parents have passports"),
            },
            {
                "name": (
                    "Surat pernyataan orang tua bermeterai Rp10.000",
                    "A statement signed by the parents on a Rp10,000 duty stamp (meterai)",
                ),
            },
            {
                "name": ("Surat kuasa bermeterai dari orang tua yang tidak hadir", "Power of attorney on a duty stamp"),
                "condition": ("Jika salah satu orang tua tidak bisa hadir", "If one parent cannot come"),
                "notes": ("Biasanya kedua orang tua hadir bersama anak.", "Normally both parents come with the child."),
            },
            {
                "name": ("Akta cerai dan putusan hak asuh anak", "Divorce certificate and custody ruling"),
                "condition": ("Jika orang tua bercerai", "If the parents are divorced"),
            },
        ],
        "steps": [BOOK_STEP, ATTEND_STEP, INTERVIEW_STEP, COLLECT_STEP],
        "fees": ["e-paspor-5", "paspor-biasa-5"],
        "scams": ["broker"],
        "notes": [
            (
                "p",
                "Anak yang bepergian tanpa orang tua membawa KTP dan paspor pendamping serta surat izin orang tua "
                "yang bermeterai.",
                "A child travelling without parents carries the companion's identity card and passport and the "
                "parents' consent on a duty stamp.",
            ),
        ],
    },
    {
        "slug": ("penggantian-paspor", "passport-replacement"),
        "title": ("Penggantian paspor habis berlaku atau penuh", "Replacing an expired or full passport"),
        "service": "replacement",
        "applicant": "adult",
        "intro": (
            "Untuk paspor yang habis masa berlakunya atau halamannya penuh. Paspor yang penuh harus diganti "
            "meskipun masih berlaku.",
            "For a passport that has expired or has no pages left. A full passport must be replaced even if "
            "it is still valid.",
        ),
        "channel": "m_paspor",
        "channel_note": ("", ""),
        "processing_time": (
            "Biasanya beberapa hari kerja setelah wawancara; petugas memberi tanggal pengambilan.",
            "Usually a few working days after the interview; the officer tells you when to collect it.",
        ),
        "documents": [
            {
                "name": ("Paspor lama", "Your old passport"),
                "notes": (
                    "Wajib dibawa. Petugas membatalkannya dengan memotong sebagian, lalu mengembalikannya kepada Anda.",
                    "Required. The officer cancels it by cutting it and gives it back to you.",
                ),
            },
        ],
        "steps": [BOOK_STEP, ATTEND_STEP, INTERVIEW_STEP, COLLECT_STEP],
        "fees": ["e-paspor-5", "e-paspor-10", "percepatan", "pengiriman-pos"],
        "scams": ["broker", "fake_link"],
        "notes": [],
    },
    {
        "slug": ("paspor-hilang", "lost-passport"),
        "title": ("Paspor hilang", "Lost passport"),
        "service": "lost",
        "applicant": "adult",
        "intro": (
            "Jika paspor Anda hilang. Layanan ini tidak bisa dipesan di M-Paspor: datang langsung ke kantor "
            "imigrasi mana pun.",
            "If your passport is lost. This service cannot be booked in M-Paspor: go in person to any "
            "immigration office.",
        ),
        "channel": "walk_in",
        "channel_note": (
            "Petugas memeriksa bagaimana paspor hilang (BAP). Jika ditemukan kelalaian, penerbitan paspor baru "
            "dapat ditunda 6 bulan sampai 2 tahun.",
            "An officer examines how the passport was lost (a BAP interview). If negligence is found, the new "
            "passport may be deferred for 6 months to 2 years.",
        ),
        "processing_time": (
            "Foto sekitar 3 hari kerja setelah BAP disetujui, lalu beberapa hari kerja sampai paspor jadi.",
            "Photo about 3 working days after the interview record is approved, then a few working days more.",
        ),
        "documents": [
            {
                "name": ("Surat keterangan hilang dari kepolisian", "Police report of the loss"),
                "notes": ("Minta di kantor polisi terdekat.", "Ask for it at the nearest police station."),
            },
            DISASTER_LETTER,
        ],
        "steps": [
            (
                ("Laporkan kehilangan ke polisi", "Report the loss to the police"),
                (
                    "Minta surat keterangan hilang. Jika paspor hilang karena bencana, minta juga surat dari "
                    "kelurahan atau desa.",
                    "Ask for a loss report. If it was lost in a disaster, also ask the kelurahan or village office "
                    "for a letter.",
                ),
            ),
            WALK_IN_STEP,
            (
                ("Wawancara (BAP)", "Interview (BAP)"),
                (
                    "Petugas mencatat bagaimana paspor hilang. Ceritakan dengan jujur dan lengkap.",
                    "An officer records how the passport was lost. Tell it honestly and completely.",
                ),
            ),
            PAY_STEP,
            COLLECT_STEP,
        ],
        "fees": ["biaya-kehilangan", "e-paspor-5", "e-paspor-10"],
        "scams": ["broker", "fake_whatsapp"],
        "notes": [],
    },
    {
        "slug": ("paspor-rusak", "damaged-passport"),
        "title": ("Paspor rusak", "Damaged passport"),
        "service": "damaged",
        "applicant": "adult",
        "intro": (
            "Jika paspor Anda rusak, misalnya basah, sobek atau terbakar. Datang langsung ke kantor imigrasi; "
            "layanan ini tidak bisa dipesan di M-Paspor.",
            "If your passport is damaged, for example wet, torn or burnt. Go to an immigration office in person; "
            "this service cannot be booked in M-Paspor.",
        ),
        "channel": "walk_in",
        "channel_note": (
            "Petugas memeriksa penyebab kerusakan (BAP).",
            "An officer examines how the damage happened (a BAP interview).",
        ),
        "processing_time": (
            "Foto sekitar 3 hari kerja setelah BAP disetujui, lalu beberapa hari kerja sampai paspor jadi.",
            "Photo about 3 working days after the interview record is approved, then a few working days more.",
        ),
        "documents": [
            {
                "name": ("Paspor yang rusak", "The damaged passport"),
                "notes": ("Bawa meskipun sudah tidak terbaca.", "Bring it even if it can no longer be read."),
            },
            DISASTER_LETTER,
        ],
        "steps": [
            WALK_IN_STEP,
            (
                ("Wawancara (BAP)", "Interview (BAP)"),
                (
                    "Petugas mencatat bagaimana paspor rusak. Ceritakan dengan jujur dan lengkap.",
                    "An officer records how the passport was damaged. Tell it honestly and completely.",
                ),
            ),
            PAY_STEP,
            COLLECT_STEP,
        ],
        "fees": ["biaya-kerusakan", "e-paspor-5", "e-paspor-10"],
        "scams": ["broker"],
        "notes": [],
    },
    {
        "slug": ("paspor-pekerja-migran", "migrant-worker-passport"),
        "title": ("Paspor untuk pekerja migran", "Passport for migrant workers"),
        "service": "migrant_worker",
        "applicant": "adult",
        "intro": (
            "Untuk calon pekerja migran Indonesia (PMI) yang berangkat lewat jalur resmi. Paspor 24 halaman "
            "berlaku 5 tahun, tanpa biaya.",
            "For Indonesian migrant workers (PMI) leaving through the official procedure. A 24-page passport, "
            "valid for 5 years, free of charge.",
        ),
        "channel": "m_paspor",
        "channel_note": ("", ""),
        "processing_time": (
            "Biasanya beberapa hari kerja setelah wawancara; petugas memberi tanggal pengambilan.",
            "Usually a few working days after the interview; the officer tells you when to collect it.",
        ),
        "documents": [
            KTP,
            KK,
            BIRTH,
            {
                "name": (
                    "Rekomendasi dari Dinas Tenaga Kerja setempat",
                    "Recommendation from the local manpower office (Disnaker)",
                ),
                "condition": (
                    "Tanyakan ke kantor imigrasi apakah rekomendasi ini diminta",
                    "Ask the immigration office whether it is required",
                ),
            },
        ],
        "steps": [
            (
                ("Pastikan pekerjaan Anda lewat jalur resmi", "Make sure your job goes through the official route"),
                (
                    "Tawaran kerja di media sosial dengan gaji tinggi tanpa proses resmi sering berujung pada "
                    "penipuan atau perdagangan orang. Tanyakan ke Dinas Tenaga Kerja.",
                    "Job offers on social media with high pay and no official process often end in fraud or "
                    "human trafficking. Check with the local manpower office.",
                ),
            ),
            BOOK_STEP,
            INTERVIEW_STEP,
            COLLECT_STEP,
        ],
        "fees": ["paspor-pmi"],
        "scams": ["job_offer", "false_purpose"],
        "notes": [],
    },
]

REQUIREMENT_INDEX = {
    "slug": ("syarat-paspor", "passport-requirements"),
    "title": ("Syarat paspor", "Passport requirements"),
    "intro": (
        "Pilih layanan yang Anda butuhkan untuk melihat dokumen, langkah, biaya dan waktu penyelesaiannya.",
        "Choose the service you need to see its documents, steps, fees and processing time.",
    ),
}

FEE_INDEX = {
    "slug": ("biaya-paspor", "passport-fees"),
    "title": ("Biaya resmi paspor", "Official passport fees"),
    "intro": (
        "Semua biaya resmi layanan paspor, dengan dasar hukumnya. Tidak ada biaya lain di luar daftar ini.",
        "Every official passport fee, with its legal basis. There are no other charges beyond this list.",
    ),
    "notes": [
        (
            "p",
            "Bayar hanya dengan kode billing (MPN G2) di bank, kantor pos, marketplace atau minimarket yang bekerja "
            "sama. Petugas tidak pernah meminta transfer ke rekening pribadi.",
            "Pay only with the billing code (MPN G2) at a bank, post office, marketplace or partner convenience "
            "store. Officers never ask you to transfer money to a personal account.",
        ),
    ],
}

SERVICES = {
    "slug": ("layanan-dan-jadwal", "services-and-schedules"),
    "title": ("Layanan dan jadwal", "Services and schedules"),
    "intro": (
        "Kapan dan di mana Anda bisa mengurus paspor: hari kerja, Sabtu, layanan prioritas, dan layanan keliling.",
        "When and where you can apply: weekdays, Saturdays, priority service and mobile services.",
    ),
    "sections": [
        (
            ("Layanan prioritas", "Priority service"),
            [
                (
                    "p",
                    "Lansia 60 tahun ke atas, anak di bawah 5 tahun, ibu hamil dan penyandang disabilitas dapat datang "
                    "langsung tanpa memesan di M-Paspor. Kuota harian terbatas, jadi datanglah pagi.",
                    "People aged 60 or over, children under 5, pregnant women and people with disabilities can walk "
                    "in without booking in M-Paspor. The daily quota is limited, so come in the morning.",
                ),
            ],
        ),
        (
            ("Layanan Sabtu", "Saturday service"),
            [
                (
                    "p",
                    "Pada Sabtu minggu kedua dan keempat setiap bulan kantor melayani permohonan paspor. "
                    "Tanggal berikutnya tercantum di atas; perhatikan pengumuman kantor menjelang hari libur.",
                    "On the second and fourth Saturday of each month the office serves passport applicants. "
                    "The next dates are listed above; watch the office's notices around public holidays.",
                ),
            ],
        ),
        (
            ("Layanan di kecamatan (PATEN)", "Service at sub-district offices (PATEN)"),
            [
                (
                    "p",
                    "Pada hari layanan PATEN petugas hadir di kantor kecamatan dengan kuota kecil, sekitar 10 pemohon. "
                    "Jadwalnya diumumkan bersama layanan keliling di bawah.",
                    "On PATEN service days officers come to a sub-district office with a small quota, about "
                    "10 applicants. The dates are announced with the mobile services below.",
                ),
            ],
        ),
        (
            ("Layanan darurat", "Emergency service"),
            [
                (
                    "p",
                    "Untuk keperluan mendesak tersedia layanan percepatan: datang pagi, bayar sebelum tengah hari, dan "
                    "paspor selesai hari itu juga. Warga Karawang dan Purwakarta dapat menghubungi kantor untuk "
                    "keadaan darurat.",
                    "For urgent travel there is the accelerated service: come in the morning, pay before midday, and "
                    "the passport is ready the same day. Residents of Karawang and Purwakarta can call the office in "
                    "an emergency.",
                ),
            ],
        ),
        (
            ("Layanan keliling (jemput bola)", "Mobile passport service"),
            [
                (
                    "p",
                    "Sekolah, pesantren, perusahaan, perumahan dan desa dapat meminta kantor datang membawa layanan "
                    "paspor, jika pemohonnya cukup banyak (di Karawang minimal 20 orang).",
                    "Schools, pesantren, companies, housing estates and villages can ask the office to bring the "
                    "passport service to them when there are enough applicants (at least 20 in Karawang).",
                ),
                (
                    "p",
                    "Kirim surat dari pimpinan kelompok berisi nama, tanggal lahir, NIK, jenis permohonan, lokasi "
                    "dan kontak. Paspor hilang atau rusak tidak dilayani di layanan keliling.",
                    "Send a letter from the group's leader with names, dates of birth, NIK, type of application, "
                    "place and contact. Lost or damaged passports are not handled by the mobile service.",
                ),
            ],
        ),
    ],
    "delivery_text": (
        "PT Pos dapat mengirim paspor ke alamat Anda, sudah termasuk jaminan dan asuransi. Di Jabodetabek biasanya "
        "tiba dalam satu hari kerja. Sampaikan kepada petugas saat wawancara jika Anda memilih pengiriman.",
        "PT Pos can deliver the passport to your address, guarantee and insurance included. Within Jabodetabek it "
        "usually arrives in one working day. Tell the officer at the interview if you want delivery.",
    ),
}

# Demo events start this many days after the demo is loaded, so the schedule shows upcoming dates.
EVENTS = [
    {
        "office": "karawang",
        "kind": "village",
        "days_ahead": 12,
        "hours": (9, 14),
        "quota": 50,
        "title": ("Layanan paspor keliling di Desa Citeko", "Mobile passport service in Desa Citeko"),
        "place": ("Balai Desa Citeko", "Citeko village hall"),
        "address": ("Desa Citeko, Kec. Plered, Kab. Purwakarta", "Desa Citeko, Plered, Purwakarta Regency"),
        "notes": (
            "Untuk paspor baru dan penggantian. Daftarkan diri lewat perangkat desa.",
            "For new and replacement passports. Register through the village office.",
        ),
    },
    {
        "office": "karawang",
        "kind": "kecamatan",
        "days_ahead": 19,
        "hours": (8, 12),
        "quota": 10,
        "title": ("Gebyar PATEN di Kecamatan Plered", "PATEN service day in Plered sub-district"),
        "place": ("Kantor Kecamatan Plered", "Plered sub-district office"),
        "address": ("Kec. Plered, Kab. Purwakarta", "Plered, Purwakarta Regency"),
        "notes": ("Kuota 10 pemohon, datang dengan dokumen lengkap.", "Quota of 10 applicants; bring all documents."),
    },
    {
        "office": "karawang",
        "kind": "mall",
        "days_ahead": 26,
        "hours": (10, 16),
        "quota": 100,
        "title": ("Layanan paspor akhir pekan di pusat perbelanjaan", "Weekend passport service at a shopping centre"),
        "place": ("Pusat perbelanjaan di Kota Karawang", "A shopping centre in Karawang town"),
        "address": ("", ""),
        "notes": (
            "Pesan jadwal lebih dulu di M-Paspor dan pilih lokasi layanan ini.",
            "Book first in M-Paspor and choose this service location.",
        ),
    },
]

SCAMS_INDEX = {
    "slug": ("waspada-penipuan", "scam-warnings"),
    "title": ("Waspada penipuan", "Scam warnings"),
    "intro": (
        "Cara kerja penipuan yang paling sering menimpa pemohon paspor, tanda-tandanya, dan apa yang harus dilakukan.",
        "How the most common scams against passport applicants work, how to spot them, and what to do.",
    ),
}

SCAMS = [
    {
        "pattern": "fake_whatsapp",
        "slug": ("whatsapp-palsu", "fake-whatsapp"),
        "title": ("Nomor WhatsApp palsu yang mengaku petugas", "Fake WhatsApp numbers posing as officers"),
        "intro": (
            "Kantor imigrasi tidak menerima pendaftaran paspor lewat WhatsApp. Siapa pun yang menawarkan bantuan "
            "lewat WhatsApp dengan imbalan uang adalah penipu atau calo.",
            "Immigration offices do not take passport applications on WhatsApp. Anyone offering help there for "
            "money is a scammer or a broker.",
        ),
        "how_it_works": [
            (
                "p",
                "Penipu memasang nomor WhatsApp di ulasan Google Maps kantor imigrasi atau di halaman Facebook palsu. "
                "Saat dihubungi, mereka mengaku petugas dan menawarkan jadwal cepat.",
                "Scammers post WhatsApp numbers in the Google Maps reviews of immigration offices or on fake Facebook "
                "pages. When you get in touch, they claim to be officers and offer a quick slot.",
            ),
            (
                "p",
                "Setelah Anda percaya, mereka meminta transfer, misalnya Rp365.000, lalu terus meminta tambahan sampai "
                "jutaan rupiah. Paspornya tidak pernah ada.",
                "Once you trust them they ask for a transfer, say Rp365,000, then keep asking for more, up to millions "
                "of rupiah. The passport never comes.",
            ),
        ],
        "red_flags": [
            (
                "ul",
                [
                    ("Pendaftaran “lewat WhatsApp” atau “tanpa antre”.", "Registration “by WhatsApp” or “no queue”."),
                    ("Permintaan transfer ke rekening pribadi.", "A request to pay into a personal account."),
                    ("Desakan untuk segera membayar.", "Pressure to pay straight away."),
                    (
                        "Permintaan foto KTP, KK atau kode OTP.",
                        "Requests for photos of your ID, family card or OTP codes.",
                    ),
                ],
            )
        ],
        "what_to_do": [
            (
                "ul",
                [
                    ("Daftar hanya lewat aplikasi resmi M-Paspor.", "Apply only through the official M-Paspor app."),
                    (
                        "Bayar hanya dengan kode billing di bank, kantor pos atau mitra resmi.",
                        "Pay only with a billing code at a bank, post office or official partner.",
                    ),
                    (
                        "Periksa nomornya di halaman Cek Kanal Resmi.",
                        "Check the number on the official-channel checker.",
                    ),
                    (
                        "Jika sudah mentransfer, segera hubungi bank Anda dan lapor ke polisi.",
                        "If you have already paid, call your bank at once and report it to the police.",
                    ),
                ],
            )
        ],
        "how_to_report": [
            (
                "p",
                "Laporkan nomornya ke kanal pengaduan kantor imigrasi dan lewat fitur “Laporkan” di WhatsApp. Simpan "
                "tangkapan layar percakapan sebagai bukti.",
                "Report the number to the immigration office's complaint channels and with WhatsApp's “Report” "
                "option. Keep screenshots of the chat as evidence.",
            ),
        ],
    },
    {
        "pattern": "fake_link",
        "slug": ("tautan-palsu", "fake-links"),
        "title": ("Tautan dan aplikasi palsu", "Fake links and apps"),
        "intro": (
            "Situs dan aplikasi tiruan meniru tampilan imigrasi untuk mencuri data dan uang Anda.",
            "Copycat websites and apps imitate the immigration service to steal your data and money.",
        ),
        "how_it_works": [
            (
                "p",
                "Tautan dikirim lewat SMS, WhatsApp atau iklan. Alamatnya mirip, misalnya imigrasi-go-id.com atau "
                "imigrasi.go.id.contoh.com, dan halamannya meminta data pribadi serta pembayaran.",
                "Links arrive by SMS, WhatsApp or adverts. The address looks similar, such as imigrasi-go-id.com or "
                "imigrasi.go.id.example.com, and the page asks for personal data and a payment.",
            ),
        ],
        "red_flags": [
            (
                "ul",
                [
                    (
                        "Alamat yang tidak berakhir dengan imigrasi.go.id.",
                        "An address that does not end in imigrasi.go.id.",
                    ),
                    (
                        "Aplikasi yang dipasang dari tautan, bukan dari toko aplikasi resmi.",
                        "An app installed from a link instead of the official app store.",
                    ),
                    ("Permintaan kode OTP atau PIN.", "Requests for OTP codes or PINs."),
                ],
            )
        ],
        "what_to_do": [
            (
                "ul",
                [
                    (
                        "Ketik sendiri alamat situs resmi, jangan klik tautan kiriman.",
                        "Type the official address yourself instead of clicking links you receive.",
                    ),
                    (
                        "Pasang M-Paspor hanya dari toko aplikasi resmi.",
                        "Install M-Paspor only from the official app store.",
                    ),
                    (
                        "Periksa alamatnya di halaman Cek Kanal Resmi.",
                        "Check the address on the official-channel checker.",
                    ),
                ],
            )
        ],
        "how_to_report": [
            (
                "p",
                "Laporkan tautan ke kanal pengaduan kantor imigrasi. Jika data atau uang Anda sudah dicuri, lapor "
                "ke polisi dan hubungi bank Anda.",
                "Report the link to the immigration office's complaint channels. If your data or money has been "
                "taken, report it to the police and call your bank.",
            ),
        ],
    },
    {
        "pattern": "broker",
        "slug": ("calo-dan-pungli", "brokers-and-illegal-fees"),
        "title": ("Calo dan pungutan liar", "Brokers and illegal fees"),
        "intro": (
            "Anda tidak perlu perantara untuk membuat paspor. Semua biaya resmi tercantum di situs ini dan dibayar "
            "dengan kode billing.",
            "You do not need a middleman to get a passport. Every official fee is listed on this site and paid with "
            "a billing code.",
        ),
        "how_it_works": [
            (
                "p",
                "Calo menawarkan “jalur cepat” atau “pasti jadi” dengan bayaran di luar biaya resmi. Mereka sering "
                "menunggu di sekitar kantor atau menawarkan jasa lewat media sosial.",
                "Brokers offer a “fast track” or a “guaranteed” passport for money on top of the official fees. "
                "They often wait near the office or advertise on social media.",
            ),
        ],
        "red_flags": [
            (
                "ul",
                [
                    (
                        "Janji paspor “pasti jadi” atau tanpa wawancara.",
                        "A promise of a “guaranteed” passport or no interview.",
                    ),
                    ("Harga di atas biaya resmi.", "A price above the official fees."),
                    (
                        "Pembayaran tunai kepada orang, bukan lewat kode billing.",
                        "Cash paid to a person instead of a billing code.",
                    ),
                ],
            )
        ],
        "what_to_do": [
            (
                "ul",
                [
                    (
                        "Urus sendiri: hanya pemegang kode pemesanan yang masuk ruang layanan.",
                        "Apply yourself: only people with a booking code enter the service area.",
                    ),
                    (
                        "Bandingkan setiap biaya dengan daftar biaya resmi.",
                        "Compare every charge with the list of official fees.",
                    ),
                ],
            )
        ],
        "how_to_report": [
            (
                "p",
                "Laporkan calo atau petugas yang meminta uang ke kanal pengaduan kantor. Petugas yang terbukti "
                "menjadi calo dikenai sanksi.",
                "Report brokers, or officers who ask for money, to the office's complaint channels. Officers found "
                "brokering are sanctioned.",
            ),
        ],
    },
    {
        "pattern": "falsified_data",
        "slug": ("data-palsu", "falsified-data"),
        "title": ("Data kependudukan palsu", "Falsified civil registry data"),
        "intro": (
            "Mengubah data kependudukan untuk mendapat paspor adalah tindak pidana dan membuat permohonan ditolak.",
            "Changing civil registry data to get a passport is a crime and gets the application refused.",
        ),
        "how_it_works": [
            (
                "p",
                "Oknum menawarkan “perbaikan” umur, nama atau status di KTP dan KK supaya seseorang bisa berangkat "
                "bekerja atau menikah di luar negeri.",
                "Someone offers to “fix” the age, name or status on an ID card and family card so that a person can "
                "leave to work or marry abroad.",
            ),
        ],
        "red_flags": [
            (
                "ul",
                [
                    (
                        "Tawaran mengubah data tanpa proses di Dukcapil.",
                        "An offer to change data without going through Dukcapil.",
                    ),
                    ("Dokumen yang datanya saling berbeda.", "Documents whose details do not match each other."),
                ],
            )
        ],
        "what_to_do": [
            (
                "ul",
                [
                    (
                        "Perbaiki data yang salah secara resmi di kantor Dukcapil.",
                        "Correct wrong data officially at the civil registry office (Dukcapil).",
                    ),
                    (
                        "Pastikan nama dan tanggal lahir sama di semua dokumen.",
                        "Make sure your name and date of birth match on every document.",
                    ),
                ],
            )
        ],
        "how_to_report": [
            (
                "p",
                "Laporkan tawaran pemalsuan data ke kantor imigrasi atau ke polisi.",
                "Report offers to falsify data to the immigration office or to the police.",
            ),
        ],
    },
    {
        "pattern": "false_purpose",
        "slug": ("tujuan-perjalanan-palsu", "false-travel-purpose"),
        "title": ("Tujuan perjalanan palsu", "False travel purpose"),
        "intro": (
            "Mengaku berwisata padahal hendak bekerja membuat permohonan paspor ditolak dan membahayakan Anda.",
            "Claiming to be a tourist when you mean to work gets the application refused and puts you at risk.",
        ),
        "how_it_works": [
            (
                "p",
                "Perekrut tidak resmi menyuruh calon pekerja mengaku wisatawan saat wawancara. Kantor Imigrasi "
                "Karawang menolak 253 pemohon dengan alasan seperti ini pada Januari–Juli 2025.",
                "Unofficial recruiters tell would-be workers to say they are tourists at the interview. The Karawang "
                "office refused 253 applicants on such grounds between January and July 2025.",
            ),
        ],
        "red_flags": [
            (
                "ul",
                [
                    ("Disuruh menghafal jawaban wawancara.", "Being told to memorise answers for the interview."),
                    (
                        "Tiket dan visa diurus orang lain tanpa kontrak kerja.",
                        "Tickets and visas arranged by someone else with no work contract.",
                    ),
                ],
            )
        ],
        "what_to_do": [
            (
                "ul",
                [
                    ("Sampaikan tujuan perjalanan yang sebenarnya.", "State your real purpose of travel."),
                    (
                        "Wisatawan dapat diminta surat biro perjalanan; pengunjung keluarga dapat diminta "
                        "surat penjamin.",
                        "Tourists may be asked for a travel-agent letter; family visitors for a guarantor's letter.",
                    ),
                ],
            )
        ],
        "how_to_report": [
            (
                "p",
                "Laporkan perekrut yang menyuruh Anda berbohong ke kantor imigrasi, perangkat desa atau polisi.",
                "Report recruiters who tell you to lie to the immigration office, your village officials "
                "or the police.",
            ),
        ],
    },
    {
        "pattern": "job_offer",
        "slug": ("tawaran-kerja-luar-negeri", "job-offers-abroad"),
        "title": ("Tawaran kerja di luar negeri yang menjebak", "Job offers abroad that are traps"),
        "intro": (
            "Lowongan bergaji tinggi di luar negeri lewat media sosial bisa menjadi jalan menuju perdagangan orang.",
            "Well-paid jobs abroad advertised on social media can be a route into human trafficking.",
        ),
        "how_it_works": [
            (
                "p",
                "Korban dijanjikan pekerjaan kantor di Kamboja, Myanmar atau Thailand, lalu dipaksa bekerja untuk "
                "penipuan daring atau judi online dan tidak boleh pulang.",
                "Victims are promised office jobs in Cambodia, Myanmar or Thailand, then forced to work for online "
                "scams or gambling and kept from going home.",
            ),
        ],
        "red_flags": [
            (
                "ul",
                [
                    ("Gaji sangat tinggi untuk pekerjaan mudah.", "Very high pay for easy work."),
                    ("Berangkat dengan visa wisata.", "Leaving on a tourist visa."),
                    ("Tidak ada kontrak kerja tertulis.", "No written work contract."),
                ],
            )
        ],
        "what_to_do": [
            (
                "ul",
                [
                    (
                        "Periksa lowongan ke Dinas Tenaga Kerja setempat.",
                        "Check the job with the local manpower office.",
                    ),
                    (
                        "Bicarakan dengan perangkat desa sebelum berangkat.",
                        "Talk to your village officials before you leave.",
                    ),
                ],
            )
        ],
        "how_to_report": [
            (
                "p",
                "Laporkan perekrut mencurigakan ke polisi, kantor imigrasi, atau perangkat desa.",
                "Report suspicious recruiters to the police, the immigration office or your village officials.",
            ),
        ],
    },
]

CHECKLIST = {
    "slug": ("cek-persyaratan", "check-requirements"),
    "title": ("Cek persyaratan", "Check what you need"),
    "intro": (
        "Jawab beberapa pertanyaan dan dapatkan daftar dokumen yang harus dibawa, rincian biaya, dan langkah "
        "berikutnya untuk Anda.",
        "Answer a few questions to get your own list of documents to bring, the fees and your next step.",
    ),
}

CHECKER = {
    "slug": ("cek-kanal-resmi", "check-official-channels"),
    "title": ("Cek kanal resmi", "Check an official channel"),
    "intro": (
        "Ragu apakah sebuah nomor WhatsApp, situs atau akun media sosial benar milik kantor imigrasi? Periksa di sini.",
        "Not sure whether a WhatsApp number, website or social media account really belongs to the immigration "
        "office? Check it here.",
    ),
}

TASKS = [
    (
        "checklist",
        ("Cek persyaratan saya", "Check what I need"),
        ("Dokumen, biaya dan langkah untuk Anda", "Documents, fees and steps for you"),
    ),
    (
        "fees",
        ("Lihat biaya resmi", "See the official fees"),
        ("Semua tarif dan dasar hukumnya", "Every fee and its legal basis"),
    ),
    (
        "checker",
        ("Cek nomor atau situs", "Check a number or website"),
        ("Milik kantor atau penipu?", "The office's, or a scammer's?"),
    ),
]

BANNER = (
    "Waspada: kantor imigrasi tidak pernah menerima pendaftaran paspor lewat WhatsApp.",
    "Beware: immigration offices never take passport applications on WhatsApp.",
)
