"""One address of every public page type, in both languages, with forms filled
in and left empty: what the HTML checker and axe-core both go through. A new
page type added here is checked by both."""

PUBLIC_PAGES = [
    "/id/",
    "/en/",
    "/id/syarat-paspor/",
    "/id/syarat-paspor/paspor-anak/",
    "/en/passport-requirements/lost-passport/",
    "/id/biaya-paspor/",
    "/en/services-and-schedules/",
    "/id/waspada-penipuan/",
    "/en/scam-warnings/fake-whatsapp/",
    "/id/cek-persyaratan/",
    "/id/cek-persyaratan/?need=lost&applicant=child&passport=e5&delivery=on",
    "/en/check-requirements/?need=new&applicant=child&passport=e10",
    "/id/cek-persyaratan/?need=lost&applicant=adult&passport=e5&print=1",
    "/id/cek-kanal-resmi/?q=0813-9967-9966",
    "/en/check-official-channels/?q=imigrasi-go-id.com",
    "/id/modul-edukasi/",
    "/en/education-modules/passports-and-their-requirements/",
    "/id/desa-binaan/",
    "/id/desa-binaan/desa-citeko/",
    "/id/cari/?q=paspor+hilang",
    "/en/search/?q=lost+passport&type=faq",
    "/en/search/?q=zzzz",
    "/id/tanya-jawab/",
    "/en/faq/",
    "/id/tanya-jawab/biaya-e-paspor/",
    "/en/faq/e-passport-fee/?feedback=thanks",
    "/id/tidak-ada/",
    "/id/desa/masuk/",
    "/id/kontak/",
    "/en/contact/",
    "/en/if-you-were-scammed/",
]

# Pages of the officer area, for a logged-in village officer.
OFFICER_PAGES = [
    "/id/desa/",
    "/en/village/",
    "/id/desa/sesi/baru/",
    "/en/village/sessions/new/",
    "/id/desa/permintaan/baru/",
    "/en/village/requests/new/",
    "/id/desa/pemberitahuan/",
    "/en/village/notices/",
    "/id/desa/data-saya/",
    "/en/village/my-data/",
    "/id/desa/offline/",
    "/en/village/offline/",
]
