"""The four demo education modules, in (Indonesian, English) pairs. Amounts are
never written here: lessons point readers to the fee page, which has them."""

MODULE_INDEX = {
    "slug": ("modul-edukasi", "education-modules"),
    "title": ("Modul edukasi keimigrasian", "Immigration education modules"),
    "intro": (
        "Bahan ajar untuk perangkat desa, warga dan pelajar: paspor yang benar, bahaya calo dan penipuan, "
        "dan bekerja ke luar negeri secara aman.",
        "Teaching material for village officials, residents and students: getting a passport the right way, "
        "the danger of brokers and scams, and working abroad safely.",
    ),
}

MODULES = [
    {
        "code": "M1",
        "slug": ("paspor-dan-persyaratannya", "passports-and-their-requirements"),
        "title": ("Paspor dan persyaratannya", "Passports and what they require"),
        "intro": (
            "Apa itu paspor, siapa yang membutuhkannya, dokumen apa yang dibawa, dan bagaimana mengurusnya sendiri.",
            "What a passport is, who needs one, which documents to bring, and how to apply without help.",
        ),
        "audience": ("officials", "residents"),
        "minutes": 60,
        "objectives": [
            (
                "Menjelaskan kegunaan paspor dan siapa yang menerbitkannya.",
                "Explain what a passport is for and who issues it.",
            ),
            (
                "Menyebutkan dokumen untuk paspor dewasa dan anak.",
                "List the documents for an adult's and a child's passport.",
            ),
            (
                "Menunjukkan cara memesan di M-Paspor dan membayar dengan kode billing.",
                "Show how to book in M-Paspor and pay with a billing code.",
            ),
        ],
        "lessons": [
            {
                "heading": ("Paspor adalah dokumen negara", "A passport is a state document"),
                "text": [
                    (
                        "Paspor membuktikan kewarganegaraan Anda saat bepergian ke luar negeri. Hanya kantor imigrasi "
                        "yang menerbitkannya, dan sejak 2006 Anda boleh mengurusnya di kantor mana pun.",
                        "A passport proves your citizenship when you travel abroad. Only immigration offices issue it, "
                        "and since 2006 you may apply at any office.",
                    ),
                ],
                "key": (
                    "Paspor hanya diterbitkan kantor imigrasi, tidak pernah oleh perorangan.",
                    "Passports are issued only by immigration offices, never by individuals.",
                ),
                "check": (
                    ("Di kantor imigrasi mana saya boleh membuat paspor?", "At which immigration office may I apply?"),
                    (
                        "Di kantor imigrasi mana pun, apa pun alamat di KTP Anda.",
                        "At any immigration office, whatever the address on your ID card.",
                    ),
                ),
            },
            {
                "heading": ("Dokumen, pemesanan dan biaya", "Documents, booking and fees"),
                "text": [
                    (
                        "Orang dewasa membawa e-KTP, Kartu Keluarga, dan salah satu dari akta kelahiran, buku nikah, "
                        "ijazah atau surat baptis. Anak membawa dokumen kedua orang tua, dan kedua orang tua ikut datang.",
                        "Adults bring their e-KTP, family card, and one of a birth certificate, marriage book, school "
                        "diploma or baptism certificate. Children bring their parents' documents, and both parents come.",
                    ),
                    (
                        "Jadwal dipesan di aplikasi M-Paspor. Biaya dibayar dengan kode billing di bank, kantor pos atau "
                        "mitra resmi; daftar biaya ada di halaman Biaya resmi paspor.",
                        "Slots are booked in the M-Paspor app. Fees are paid with a billing code at a bank, post office "
                        "or official partner; the amounts are on the Official passport fees page.",
                    ),
                ],
                "key": (
                    "Biaya resmi hanya dibayar dengan kode billing, tidak pernah kepada orang.",
                    "Official fees are paid only with a billing code, never to a person.",
                ),
                "check": (
                    ("Siapa yang harus hadir saat anak membuat paspor?", "Who must come when a child applies?"),
                    (
                        "Kedua orang tua. Jika salah satu tidak bisa, ia memberi surat kuasa bermeterai.",
                        "Both parents. If one cannot, they give a power of attorney on a duty stamp.",
                    ),
                ),
            },
        ],
    },
    {
        "code": "M2",
        "slug": ("calo-pungli-dan-penipuan", "brokers-illegal-fees-and-scams"),
        "title": ("Calo, pungutan liar dan penipuan", "Brokers, illegal fees and scams"),
        "intro": (
            "Cara mengenali calo, nomor WhatsApp palsu dan tautan tiruan, dan cara melaporkannya.",
            "How to recognise brokers, fake WhatsApp numbers and copycat links, and how to report them.",
        ),
        "audience": ("officials", "residents", "students"),
        "minutes": 45,
        "objectives": [
            ("Mengenali tanda-tanda calo dan penipuan daring.", "Recognise the signs of brokers and online scams."),
            ("Memeriksa apakah sebuah nomor atau situs resmi.", "Check whether a number or website is official."),
            ("Tahu ke mana melapor.", "Know where to report."),
        ],
        "lessons": [
            {
                "heading": ("Calo dan pungutan liar", "Brokers and illegal fees"),
                "text": [
                    (
                        "Calo menjanjikan paspor cepat atau pasti jadi dengan bayaran tambahan. Semua layanan bisa diurus "
                        "sendiri, dan hanya pemegang kode pemesanan yang masuk ruang layanan.",
                        "Brokers promise a fast or guaranteed passport for extra money. Everything can be done yourself, "
                        "and only people with a booking code enter the service area.",
                    ),
                ],
                "key": (
                    "Anda tidak perlu perantara untuk membuat paspor.",
                    "You never need a middleman for a passport.",
                ),
                "check": (
                    (
                        "Seseorang menawarkan paspor tanpa wawancara. Apa yang Anda lakukan?",
                        "Someone offers a passport with no interview. What do you do?",
                    ),
                    (
                        "Tolak, lalu laporkan ke kanal pengaduan kantor imigrasi.",
                        "Refuse, and report it to the immigration office's complaint channels.",
                    ),
                ),
            },
            {
                "heading": ("WhatsApp dan tautan palsu", "Fake WhatsApp numbers and links"),
                "text": [
                    (
                        "Penipu memasang nomor WhatsApp di ulasan peta atau halaman media sosial palsu, lalu meminta "
                        "transfer. Kantor imigrasi tidak menerima pendaftaran lewat WhatsApp.",
                        "Scammers post WhatsApp numbers in map reviews or on fake social media pages, then ask for "
                        "transfers. Immigration offices take no applications on WhatsApp.",
                    ),
                ],
                "key": (
                    "Periksa setiap nomor dan alamat di halaman Cek Kanal Resmi.",
                    "Check every number and address on the official-channel checker.",
                ),
                "check": (
                    ("Apakah alamat imigrasi.go.id.contoh.com resmi?", "Is imigrasi.go.id.example.com official?"),
                    (
                        "Tidak. Alamat resmi berakhir dengan imigrasi.go.id; yang ini berakhir dengan nama lain.",
                        "No. Official addresses end in imigrasi.go.id; this one ends in another name.",
                    ),
                ),
            },
        ],
    },
    {
        "code": "M3",
        "slug": ("bekerja-ke-luar-negeri-secara-prosedural", "working-abroad-the-procedural-way"),
        "title": (
            "Bekerja ke luar negeri secara prosedural dan bahaya perdagangan orang",
            "Working abroad the procedural way, and the danger of human trafficking",
        ),
        "intro": (
            "Mengapa berangkat lewat jalur resmi melindungi pekerja, dan bagaimana perdagangan orang menjerat korbannya.",
            "Why the official route protects workers, and how human trafficking traps its victims.",
        ),
        "audience": ("officials", "residents"),
        "minutes": 60,
        "objectives": [
            (
                "Membedakan penempatan resmi dan tidak prosedural.",
                "Tell official placement from non-procedural departure.",
            ),
            ("Mengenali tawaran kerja yang menjebak.", "Recognise job offers that are traps."),
            (
                "Tahu bahwa berbohong soal tujuan perjalanan membuat permohonan ditolak.",
                "Know that lying about the purpose of travel gets an application refused.",
            ),
        ],
        "lessons": [
            {
                "heading": ("Jalur resmi melindungi", "The official route protects"),
                "text": [
                    (
                        "Pekerja migran yang berangkat lewat jalur resmi mendapat paspor 24 halaman tanpa biaya dan "
                        "perlindungan selama bekerja. Yang berangkat dengan visa wisata tidak terlindungi.",
                        "Migrant workers who leave through the official route get a free 24-page passport and protection "
                        "while they work. Those who leave on tourist visas are not protected.",
                    ),
                ],
                "key": (
                    "Bekerja ke luar negeri dengan visa wisata adalah jalan menuju eksploitasi.",
                    "Working abroad on a tourist visa is a road to exploitation.",
                ),
                "check": (
                    (
                        "Mengapa petugas menanyakan tujuan perjalanan?",
                        "Why does the officer ask about the purpose of travel?",
                    ),
                    (
                        "Untuk mencegah pekerja berangkat tanpa perlindungan dan mencegah perdagangan orang.",
                        "To stop workers leaving without protection and to prevent human trafficking.",
                    ),
                ),
            },
            {
                "heading": ("Tawaran kerja yang menjebak", "Job offers that are traps"),
                "text": [
                    (
                        "Korban dijanjikan pekerjaan kantor bergaji tinggi di Kamboja, Myanmar atau Thailand, lalu "
                        "dipaksa bekerja untuk penipuan daring. Tanyakan setiap tawaran ke Dinas Tenaga Kerja.",
                        "Victims are promised well-paid office jobs in Cambodia, Myanmar or Thailand, then forced to "
                        "work for online scams. Check every offer with the local manpower office.",
                    ),
                ],
                "key": (
                    "Gaji tinggi tanpa kontrak tertulis adalah tanda bahaya.",
                    "High pay with no written contract is a warning sign.",
                ),
                "check": (
                    ("Apa tanda tawaran kerja yang berbahaya?", "What marks a dangerous job offer?"),
                    (
                        "Gaji sangat tinggi, berangkat dengan visa wisata, dan tidak ada kontrak tertulis.",
                        "Very high pay, travel on a tourist visa, and no written contract.",
                    ),
                ),
            },
        ],
    },
    {
        "code": "M4",
        "slug": ("peran-perangkat-desa", "the-village-officials-role"),
        "title": ("Perangkat desa sebagai titik kontak pertama", "The village official as first point of contact"),
        "intro": (
            "Apa yang dilakukan perangkat desa ketika warga bertanya soal paspor atau mendapat tawaran kerja ke luar negeri.",
            "What village officials do when residents ask about passports or receive job offers abroad.",
        ),
        "audience": ("officials",),
        "minutes": 45,
        "objectives": [
            (
                "Menjawab pertanyaan warga dengan informasi resmi.",
                "Answer residents' questions with official information.",
            ),
            (
                "Mencatat sesi edukasi dan meminta layanan paspor keliling.",
                "Record education sessions and request the mobile passport service.",
            ),
            (
                "Meneruskan laporan mencurigakan ke kantor imigrasi.",
                "Pass suspicious reports on to the immigration office.",
            ),
        ],
        "lessons": [
            {
                "heading": ("Menjadi sumber informasi yang benar", "Being the source of correct information"),
                "text": [
                    (
                        "Warga sering bertanya kepada perangkat desa lebih dulu. Arahkan mereka ke situs ini, ke daftar "
                        "periksa, dan ke kanal resmi kantor, bukan ke kenalan yang mengaku bisa membantu.",
                        "Residents often ask village officials first. Point them to this site, the checklist and the "
                        "office's official channels, not to acquaintances who claim they can help.",
                    ),
                ],
                "key": (
                    "Perangkat desa adalah garda terdepan melawan calo dan perdagangan orang.",
                    "Village officials are the first line against brokers and human trafficking.",
                ),
                "check": (
                    (
                        "Warga bertanya berapa biaya paspor. Di mana jawabannya?",
                        "A resident asks what a passport costs. Where is the answer?",
                    ),
                    (
                        "Di halaman Biaya resmi paspor di situs kantor imigrasi.",
                        "On the Official passport fees page of the immigration office's site.",
                    ),
                ),
            },
            {
                "heading": ("Mencatat dan meminta layanan", "Recording and requesting"),
                "text": [
                    (
                        "Setelah setiap sesi, catat tanggal, tempat, modul dan jumlah peserta di area perangkat desa. "
                        "Jika banyak warga ingin membuat paspor, minta layanan paspor keliling ke desa.",
                        "After each session, record the date, place, modules and attendance in the officer area. If "
                        "many residents want a passport, ask for the mobile passport service to come to the village.",
                    ),
                ],
                "key": (
                    "Catatan yang rapi membantu kantor merencanakan layanan ke desa Anda.",
                    "Tidy records help the office plan services for your village.",
                ),
                "check": (
                    (
                        "Kapan desa bisa meminta layanan paspor keliling?",
                        "When can a village ask for the mobile passport service?",
                    ),
                    (
                        "Ketika jumlah warga yang ingin membuat paspor mencapai batas minimal kantor.",
                        "When enough residents want a passport to reach the office's minimum.",
                    ),
                ),
            },
        ],
    },
]
