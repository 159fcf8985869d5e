"""One address of every public page type, in both languages, with forms filled
in and left empty: what the HTML checker and axe-core both go through. A new
page type added here is checked by both."""

from tests import world

PUBLIC_PAGES = [
    world.path("home"),
    world.path("home", "en"),
    world.path("requirements"),
    world.path("new_passport"),
    world.path("lost_passport", "en"),
    world.path("fees"),
    world.path("services", "en"),
    world.path("scams"),
    world.path("fake_whatsapp", "en"),
    world.path("checklist"),
    world.path("checklist") + "?need=lost&applicant=child&passport=e5&delivery=on",
    world.path("checklist", "en") + "?need=new&applicant=child&passport=e10",
    world.path("checklist") + "?need=lost&applicant=adult&passport=e5&print=1",
    world.path("checker") + "?q=0813-9967-9966",
    world.path("checker", "en") + "?q=imigrasi-go-id.com",
    world.path("modules"),
    world.path("module", "en"),
    world.path("villages"),
    world.path("village"),
    "/id/cari/?q=paspor+hilang",
    "/en/search/?q=lost+passport&type=faq",
    "/en/search/?q=zzzz",
    world.path("faq"),
    world.path("faq", "en"),
    world.path("question"),
    world.path("question", "en") + "?feedback=thanks",
    "/id/tidak-ada/",
    "/id/desa/masuk/",
    world.path("contact"),
    world.path("contact", "en"),
    world.path("scammed", "en"),
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
