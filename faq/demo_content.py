"""The words of the FAQ demo, in (Indonesian, English) pairs.

Figures come from ../shared/domain/facts.md; the sentences are our own. Each
question names the slugs of the pages it points readers to."""

FAQ = {
    "title": ("Tanya jawab", "Questions and answers"),
    "slug": ("tanya-jawab", "faq"),
    "intro": (
        "Jawaban singkat atas pertanyaan yang paling sering kami terima di loket. Setiap jawaban menautkan ke "
        "halaman yang lebih lengkap.",
        "Short answers to the questions we hear most often at the counter. Each answer links to the page "
        "with the full details.",
    ),
}

# (topic, slug pair, question pair, [paragraph pairs], [related Indonesian slugs])
QUESTIONS = [
    (
        "requirements",
        ("dokumen-paspor-baru-dewasa", "documents-new-adult-passport"),
        ("Dokumen apa saja untuk membuat paspor baru?", "Which documents do I need for a new passport?"),
        [
            (
                "Bawa KTP elektronik, Kartu Keluarga (KK), dan satu dokumen yang memuat nama, tempat dan tanggal "
                "lahir, serta nama orang tua: akta kelahiran, buku nikah, ijazah, atau surat baptis.",
                "Bring your electronic ID card (KTP), your family card (KK) and one document showing your name, "
                "place and date of birth and your parents' names: a birth certificate, marriage book, school "
                "diploma or baptism certificate.",
            ),
            (
                "Semua dokumen dibawa dalam bentuk asli ke kantor imigrasi.",
                "Bring the originals of every document to the immigration office.",
            ),
        ],
        ["paspor-baru", "cek-persyaratan"],
    ),
    (
        "requirements",
        ("paspor-di-kantor-mana-saja", "passport-at-any-office"),
        (
            "Apakah saya harus membuat paspor di kantor imigrasi sesuai alamat KTP?",
            "Must I apply at the immigration office for the address on my ID card?",
        ),
        [
            (
                "Tidak. Sejak 2006 paspor boleh dibuat di kantor imigrasi mana pun, tidak bergantung pada domisili.",
                "No. Since 2006 you may apply at any immigration office, wherever you live.",
            )
        ],
        ["paspor-baru"],
    ),
    (
        "requirements",
        ("paspor-penuh-atau-habis", "full-or-expired-passport"),
        (
            "Paspor saya habis masa berlakunya atau halamannya penuh. Apa yang harus dibawa?",
            "My passport has expired or its pages are full. What do I bring?",
        ),
        [
            (
                "Bawa paspor lama, wajib. Petugas akan memotong sudutnya lalu mengembalikannya kepada Anda. Paspor "
                "yang halamannya sudah penuh harus diganti walaupun masih berlaku.",
                "Bring your old passport: it is required. The officer cuts its corner and gives it back. A "
                "passport with no free pages must be replaced even if it is still valid.",
            )
        ],
        ["penggantian-paspor"],
    ),
    (
        "requirements",
        ("sponsor-atau-penjamin", "sponsor-or-guarantor"),
        (
            "Kenapa petugas menanyakan tujuan perjalanan saya?",
            "Why does the officer ask about the purpose of my trip?",
        ),
        [
            (
                "Untuk mencegah perdagangan orang dan kerja ke luar negeri yang tidak prosedural. Jika Anda "
                "bepergian untuk wisata, siapkan surat dari biro perjalanan; jika mengunjungi keluarga, siapkan "
                "penjamin dari keluarga. Permohonan dengan tujuan yang tidak didukung dokumen dapat ditolak.",
                "To prevent human trafficking and non-procedural work abroad. If you travel as a tourist, bring a "
                "letter from your travel agency; if you visit family, bring a guarantor from that family. An "
                "application whose purpose is not backed by documents may be refused.",
            )
        ],
        ["tujuan-perjalanan-palsu"],
    ),
    (
        "fees",
        ("biaya-e-paspor", "e-passport-fee"),
        ("Berapa biaya membuat e-paspor?", "How much does an e-passport cost?"),
        [
            (
                "Menurut PP 45/2024, e-paspor berlaku 5 tahun Rp650.000 dan berlaku 10 tahun Rp950.000. Masa "
                "berlaku 10 tahun hanya untuk WNI berusia 17 tahun ke atas atau yang sudah menikah.",
                "Under PP 45/2024, an e-passport valid for 5 years costs Rp650,000 and one valid for 10 years "
                "costs Rp950,000. The 10-year passport is only for citizens aged 17 or over, or married.",
            )
        ],
        ["biaya-paspor"],
    ),
    (
        "fees",
        ("cara-membayar", "how-to-pay"),
        ("Bagaimana cara membayar biaya paspor?", "How do I pay the passport fee?"),
        [
            (
                "Setelah mendaftar di M-Paspor Anda mendapat kode billing. Bayar dalam dua jam di bank, kantor pos, "
                "marketplace atau minimarket yang menerima pembayaran negara. Jangan pernah membayar ke rekening "
                "pribadi siapa pun.",
                "After you book in M-Paspor you receive a billing code. Pay it within two hours at a bank, post "
                "office, online marketplace or convenience store that accepts state payments. Never pay into "
                "anyone's personal bank account.",
            )
        ],
        ["biaya-paspor", "calo-dan-pungli"],
    ),
    (
        "fees",
        ("biaya-percepatan", "same-day-service-fee"),
        (
            "Bisakah paspor selesai hari itu juga?",
            "Can my passport be ready the same day?",
        ),
        [
            (
                "Bisa, dengan layanan percepatan seharga Rp1.000.000 di samping biaya paspor. Datang pagi dan bayar "
                "sebelum tengah hari.",
                "Yes, with the accelerated service, which costs Rp1,000,000 on top of the passport fee. Come in "
                "the morning and pay before midday.",
            )
        ],
        ["biaya-paspor", "layanan-dan-jadwal"],
    ),
    (
        "fees",
        ("biaya-pengiriman-pos", "delivery-by-post-fee"),
        (
            "Bisakah paspor dikirim ke rumah?",
            "Can my passport be sent to my home?",
        ),
        [
            (
                "Bisa, lewat PT Pos dengan biaya Rp20.000 per paspor, sudah termasuk kilat khusus, jaminan dan "
                "asuransi. Di Jabodetabek paspor biasanya tiba dalam satu hari kerja.",
                "Yes, by PT Pos for Rp20,000 per passport, including express post, guarantee and insurance. "
                "Within Greater Jakarta it usually arrives in one working day.",
            )
        ],
        ["layanan-dan-jadwal"],
    ),
    (
        "booking",
        ("daftar-antrean-m-paspor", "booking-with-m-paspor"),
        ("Bagaimana cara mendaftar antrean paspor?", "How do I book a passport appointment?"),
        [
            (
                "Daftar lewat aplikasi M-Paspor: pilih kantor dan tanggal, isi data, lalu bayar kode billing. "
                "Jadwal boleh diubah satu kali. Pendaftaran lewat WhatsApp adalah hoaks.",
                "Book in the M-Paspor app: choose the office and date, fill in your details, then pay the billing "
                "code. You may change the date once. Booking by WhatsApp is a hoax.",
            )
        ],
        ["paspor-baru", "whatsapp-palsu"],
    ),
    (
        "booking",
        ("layanan-prioritas", "priority-service"),
        (
            "Siapa yang boleh datang langsung tanpa antrean M-Paspor?",
            "Who may walk in without an M-Paspor booking?",
        ),
        [
            (
                "Lansia 60 tahun ke atas, anak di bawah 5 tahun, ibu hamil, dan penyandang disabilitas dilayani "
                "lewat jalur prioritas. Kuota di Karawang 20 orang per hari.",
                "People aged 60 or over, children under 5, pregnant women and people with disabilities are served "
                "through the priority lane. Karawang's quota is 20 people a day.",
            )
        ],
        ["layanan-dan-jadwal"],
    ),
    (
        "booking",
        ("layanan-sabtu", "saturday-service"),
        ("Apakah kantor buka hari Sabtu?", "Is the office open on Saturdays?"),
        [
            (
                "Kantor Imigrasi Karawang melayani paspor pada Sabtu kedua dan keempat setiap bulan. Lihat jadwal "
                "terbaru sebelum datang.",
                "The Karawang immigration office serves passport applicants on the second and fourth Saturday of "
                "each month. Check the latest schedule before you come.",
            )
        ],
        ["layanan-dan-jadwal"],
    ),
    (
        "booking",
        ("paspor-keliling", "mobile-passport-service"),
        (
            "Bisakah petugas imigrasi datang ke desa atau sekolah kami?",
            "Can immigration officers come to our village or school?",
        ),
        [
            (
                "Bisa, lewat layanan jemput bola (paspor keliling). Pimpinan kelompok mengirim surat berisi nama, "
                "tanggal lahir, NIK, jenis permohonan, lokasi dan kontak. Jumlah peserta minimal ditentukan kantor. "
                "Layanan ini bukan untuk paspor hilang atau rusak.",
                "Yes, through the mobile passport service (jemput bola). The group's leader sends a letter with "
                "names, dates of birth, NIK, application type, location and contact. Each office sets the minimum "
                "group size. The service is not for lost or damaged passports.",
            )
        ],
        ["layanan-dan-jadwal", "desa-binaan"],
    ),
    (
        "booking",
        ("lama-proses-paspor", "how-long-it-takes"),
        ("Berapa lama paspor selesai?", "How long until my passport is ready?"),
        [
            (
                "Untuk permohonan biasa, paspor umumnya selesai beberapa hari kerja setelah foto dan wawancara. "
                "Lihat perkiraan waktu di halaman persyaratan layanan Anda.",
                "For a standard application the passport is usually ready a few working days after the photo "
                "and interview. The requirement page for your service gives the expected time.",
            )
        ],
        ["syarat-paspor"],
    ),
    (
        "lost-damaged",
        ("paspor-hilang-apa-yang-dilakukan", "lost-passport-what-to-do"),
        ("Paspor saya hilang. Apa yang harus saya lakukan?", "I lost my passport. What should I do?"),
        [
            (
                "Buat laporan kehilangan di kantor polisi, lalu datang langsung ke kantor imigrasi membawa laporan "
                "itu, KTP, KK, dan akta kelahiran, ijazah atau buku nikah. Anda akan diwawancarai (BAP). Permohonan "
                "paspor hilang tidak bisa lewat M-Paspor.",
                "Report the loss at a police station, then walk in to the immigration office with the police "
                "report, your KTP, KK and birth certificate, diploma or marriage book. You will be interviewed "
                "(BAP). A lost passport cannot be handled through M-Paspor.",
            )
        ],
        ["paspor-hilang"],
    ),
    (
        "lost-damaged",
        ("biaya-paspor-hilang", "lost-passport-charge"),
        ("Berapa biaya mengganti paspor yang hilang?", "What does it cost to replace a lost passport?"),
        [
            (
                "Ada biaya tambahan Rp1.000.000 di samping biaya paspor baru. Jika paspor hilang karena bencana "
                "seperti banjir, gempa atau kebakaran, biaya tambahan itu tidak dikenakan.",
                "There is an extra charge of Rp1,000,000 on top of the new passport fee. If the passport was lost "
                "in a disaster such as a flood, earthquake or fire, the extra charge does not apply.",
            )
        ],
        ["biaya-paspor", "paspor-hilang"],
    ),
    (
        "lost-damaged",
        ("paspor-rusak-kena-banjir", "passport-damaged-by-flood"),
        (
            "Paspor saya rusak terkena banjir. Apakah harus membayar denda?",
            "My passport was damaged in a flood. Do I pay the extra charge?",
        ),
        [
            (
                "Tidak, jika kerusakan karena bencana. Bawa paspor yang rusak dan surat keterangan dari kelurahan "
                "atau desa. Anda tetap membayar biaya paspor baru. Kerusakan karena kelalaian dikenai biaya "
                "tambahan Rp500.000.",
                "Not if a disaster caused the damage. Bring the damaged passport and a letter from your village "
                "or kelurahan office. You still pay the new passport fee. Damage through carelessness carries an "
                "extra charge of Rp500,000.",
            )
        ],
        ["paspor-rusak", "biaya-paspor"],
    ),
    (
        "lost-damaged",
        ("penundaan-paspor-hilang", "replacement-deferred"),
        (
            "Apakah penggantian paspor hilang bisa ditunda?",
            "Can the replacement of a lost passport be deferred?",
        ),
        [
            (
                "Bisa. Jika pemeriksaan menemukan kelalaian, penerbitan paspor baru dapat ditunda enam bulan sampai "
                "dua tahun.",
                "Yes. If the interview finds that the loss came from negligence, the new passport may be deferred "
                "for six months to two years.",
            )
        ],
        ["paspor-hilang"],
    ),
    (
        "children",
        ("syarat-paspor-anak", "child-passport-documents"),
        ("Apa syarat paspor untuk anak?", "What does a child need for a passport?"),
        [
            (
                "KTP kedua orang tua, KK, akta kelahiran atau surat baptis anak, buku nikah orang tua, paspor orang "
                "tua, dan surat pernyataan orang tua bermeterai Rp10.000.",
                "Both parents' KTP, the family card, the child's birth or baptism certificate, the parents' "
                "marriage book, the parents' passports and a parental statement on Rp10,000 stamp duty.",
            )
        ],
        ["paspor-anak"],
    ),
    (
        "children",
        ("orang-tua-harus-hadir", "must-both-parents-come"),
        ("Apakah kedua orang tua harus datang?", "Must both parents come?"),
        [
            (
                "Ya. Jika salah satu tidak bisa hadir, ia menandatangani surat kuasa bermeterai. Orang tua yang "
                "bercerai membawa akta cerai dan putusan hak asuh.",
                "Yes. If one cannot come, that parent signs a power of attorney on stamp duty. Divorced parents "
                "bring the divorce certificate and the custody ruling.",
            )
        ],
        ["paspor-anak"],
    ),
    (
        "children",
        ("masa-berlaku-paspor-anak", "child-passport-validity"),
        ("Berapa lama paspor anak berlaku?", "How long is a child's passport valid?"),
        [
            (
                "Lima tahun. Paspor 10 tahun hanya untuk yang berusia 17 tahun ke atas atau sudah menikah.",
                "Five years. The 10-year passport is only for people aged 17 or over, or married.",
            )
        ],
        ["paspor-anak", "biaya-paspor"],
    ),
    (
        "scams",
        ("cek-nomor-whatsapp", "check-a-whatsapp-number"),
        (
            "Bagaimana mengetahui nomor WhatsApp itu resmi atau palsu?",
            "How can I tell if a WhatsApp number is real or fake?",
        ),
        [
            (
                "Masukkan nomornya di pemeriksa kanal resmi kami. Ingat: kantor imigrasi tidak menerima pendaftaran "
                "paspor lewat WhatsApp, dan petugas tidak pernah meminta transfer ke rekening pribadi.",
                "Enter the number in our official channel checker. Remember: the immigration office does not take "
                "passport bookings by WhatsApp, and officers never ask you to transfer money to a personal "
                "account.",
            )
        ],
        ["cek-kanal-resmi", "whatsapp-palsu"],
    ),
    (
        "scams",
        ("calo-paspor", "passport-brokers"),
        (
            "Seseorang menawarkan jasa mengurus paspor lebih cepat. Apakah aman?",
            "Someone offers to get my passport faster for a fee. Is it safe?",
        ),
        [
            (
                "Tidak. Itu calo. Semua layanan resmi bisa Anda urus sendiri, dan semua biaya dibayar lewat kode "
                "billing, tidak kepada orang. Laporkan calo ke kanal pengaduan kantor.",
                "No. That is a broker (calo). You can do every official step yourself, and every fee is paid with "
                "a billing code, never to a person. Report brokers through the office's complaint channel.",
            )
        ],
        ["calo-dan-pungli"],
    ),
    (
        "scams",
        ("situs-resmi", "official-website"),
        ("Apa situs resmi kantor imigrasi?", "Which websites are really the immigration office's?"),
        [
            (
                "Situs resmi berakhiran imigrasi.go.id. Halaman dengan nama mirip, tautan pendek, atau akun media "
                "sosial yang meminta pembayaran bukan milik kami. Cek alamatnya di pemeriksa kanal resmi.",
                "Official sites end in imigrasi.go.id. Look-alike names, short links and social media accounts "
                "that ask for payment are not ours. Check the address in the official channel checker.",
            )
        ],
        ["cek-kanal-resmi", "tautan-palsu"],
    ),
    (
        "scams",
        ("tawaran-kerja-luar-negeri", "job-offer-abroad"),
        (
            "Saya ditawari kerja di luar negeri dengan gaji besar. Apa yang perlu diwaspadai?",
            "I was offered a well-paid job abroad. What should I watch for?",
        ),
        [
            (
                "Tawaran kerja lewat media sosial ke Kamboja, Myanmar atau Thailand sering berujung pada kerja paksa "
                "di sindikat penipuan daring. Bekerja ke luar negeri harus lewat jalur resmi pekerja migran.",
                "Job offers through social media to Cambodia, Myanmar or Thailand often end in forced work for "
                "online scam syndicates. Work abroad only through the official migrant worker route.",
            )
        ],
        ["tawaran-kerja-luar-negeri", "paspor-pekerja-migran"],
    ),
    (
        "scams",
        ("lapor-orang-asing", "report-a-foreigner"),
        (
            "Ke mana melapor jika ada orang asing yang mencurigakan?",
            "Where do I report a suspicious foreigner?",
        ),
        [
            (
                "Hubungi kantor imigrasi terdekat, atau hotline WhatsApp Direktorat Jenderal Imigrasi +62 813-9967-9966 "
                "(Senin sampai Jumat, pukul 08.00 sampai 16.00). Nomor ini untuk melapor, bukan untuk mendaftar paspor.",
                "Contact the nearest immigration office, or the Directorate General of Immigration's WhatsApp "
                "hotline +62 813-9967-9966 (Monday to Friday, 08:00 to 16:00). The number is for reports, not for "
                "passport bookings.",
            )
        ],
        ["cek-kanal-resmi"],
    ),
    (
        "village",
        ("apa-itu-desa-binaan", "what-is-a-partner-village"),
        ("Apa itu desa binaan imigrasi?", "What is an immigration partner village (desa binaan)?"),
        [
            (
                "Desa yang bekerja sama dengan kantor imigrasi untuk mencegah perdagangan orang dan kerja ke luar "
                "negeri yang tidak prosedural. Petugas pembina desa (PIMPASA) memberi penyuluhan, dan perangkat desa "
                "mencatat setiap kegiatan edukasi.",
                "A village that works with the immigration office to prevent human trafficking and non-procedural "
                "work abroad. A village liaison officer (PIMPASA) gives guidance, and the village officials record "
                "every education session.",
            )
        ],
        ["desa-binaan", "modul-edukasi"],
    ),
    (
        "village",
        ("perangkat-desa-mencatat-kegiatan", "officials-record-sessions"),
        (
            "Bagaimana perangkat desa mencatat kegiatan penyuluhan?",
            "How do village officials record an education session?",
        ),
        [
            (
                "Masuk ke area perangkat desa dengan akun dari kantor imigrasi, lalu isi tanggal, tempat, modul yang "
                "dibahas dan jumlah peserta. Kantor memeriksa catatan sebelum tampil di halaman desa.",
                "Log in to the village officials' area with the account the immigration office gave you, then "
                "enter the date, place, modules covered and attendance. The office checks each record before it "
                "appears on the village's page.",
            )
        ],
        ["desa-binaan"],
    ),
    (
        "village",
        ("modul-penyuluhan", "education-modules"),
        (
            "Materi apa yang bisa dipakai untuk penyuluhan di desa?",
            "What material can we use for education in the village?",
        ),
        [
            (
                "Empat modul kami tentang paspor, calo dan penipuan, kerja ke luar negeri secara prosedural, dan "
                "peran perangkat desa. Setiap modul punya latihan singkat dan lembar materi PDF untuk dicetak.",
                "Our four modules on passports, brokers and scams, working abroad the procedural way, and the "
                "village officials' role. Each has a short self-check and a PDF handout to print.",
            )
        ],
        ["modul-edukasi"],
    ),
]
