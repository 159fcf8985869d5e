import pytest

from tests.html import soup, text
from tests.packs import demo_site

# The packs tested as content (tests/demo_references.py): the national documents, fees and modules.
pytestmark = [pytest.mark.django_db, pytest.mark.content]

ADULT = [
    "KTP elektronik (e-KTP)",
    "Kartu Keluarga (KK)",
    "Salah satu: akta kelahiran, akta perkawinan atau buku nikah, ijazah, atau surat baptis",
    "Penetapan ganti nama dari pengadilan",
    "Surat keputusan pewarganegaraan",
]
CHILD = [
    "KTP kedua orang tua",
    "Kartu Keluarga (KK)",
    "Akta kelahiran atau surat baptis anak",
    "Buku nikah atau akta perkawinan orang tua",
    "Paspor orang tua",
    "Surat pernyataan orang tua bermeterai Rp10.000",
    "Surat kuasa bermeterai dari orang tua yang tidak hadir",
    "Akta cerai dan putusan hak asuh anak",
]
OLD = ["Paspor lama"]
LOST = ["Surat keterangan hilang dari kepolisian", "Surat keterangan dari kelurahan atau desa"]
DAMAGED = ["Paspor yang rusak", "Surat keterangan dari kelurahan atau desa"]

CASES = [
    # need, applicant, passport, same_day, delivery, documents, total, app allowed, priority
    ("new", "adult", "e5", False, False, ADULT, "Rp650.000", True, False),
    ("new", "adult", "e10", False, False, ADULT, "Rp950.000", True, False),
    ("new", "child", "e5", False, False, CHILD, "Rp650.000", True, True),
    ("replacement", "adult", "e5", False, False, ADULT + OLD, "Rp650.000", True, False),
    ("replacement", "child", "o5", False, True, CHILD + OLD, "Rp370.000", True, True),
    ("lost", "adult", "e5", False, True, ADULT + LOST, "Rp1.670.000", False, False),
    ("damaged", "adult", "e10", False, False, ADULT + DAMAGED, "Rp1.450.000", False, False),
    ("new", "elderly", "e10", True, False, ADULT, "Rp1.950.000", True, True),
    ("new", "pregnant", "o5", False, True, ADULT, "Rp370.000", True, True),
    ("lost", "disability", "o10", False, False, ADULT + LOST, "Rp1.650.000", False, True),
    ("damaged", "child", "e5", False, False, CHILD + DAMAGED, "Rp1.150.000", False, True),
]


def ask(client, need, applicant, passport, same_day=False, delivery=False, language="id", **extra):
    params = {"need": need, "applicant": applicant, "passport": passport, **extra}
    if same_day:
        params["same_day"] = "on"
    if delivery:
        params["delivery"] = "on"
    path = "/id/cek-persyaratan/" if language == "id" else "/en/check-requirements/"
    return client.get(path, params)


def issue_ordinary_passports():
    """The demo's office issues only e-passports (facts.md section 1); these cases need an office that does not."""
    for office in demo_site.office().get_translations(inclusive=True):
        office.issues_ordinary_passports = True
        office.save()


@pytest.mark.parametrize("need, applicant, passport, same_day, delivery, documents, total, app, priority", CASES)
def test_checklist_lists_the_exact_documents_and_total(
    client, need, applicant, passport, same_day, delivery, documents, total, app, priority
):
    if passport.startswith("o"):
        issue_ordinary_passports()
    response = ask(client, need, applicant, passport, same_day, delivery)
    assert response.status_code == 200
    page = soup(response)
    shown = [item.strong.get_text(strip=True) for item in page.select(".checklist ul.documents > li")]
    assert shown == documents
    assert page.select_one(".checklist .total").get_text(strip=True) == total
    body = text(response)
    assert ("M-Paspor" in body and "dapat memesan" in body) is app
    assert ("layanan prioritas" in body) is priority


def test_lost_with_delivery_has_every_fee_line(client):
    page = soup(ask(client, "lost", "adult", "e5", delivery=True))
    lines = {
        row.th.contents[0].strip(): row.td.select_one(".amount").get_text()
        for row in page.select(".checklist tbody tr")
    }
    assert lines == {
        "E-paspor, berlaku 5 tahun": "Rp650.000",
        "Biaya paspor hilang": "Rp1.000.000",
        "Pengiriman paspor oleh PT Pos (Kantor Imigrasi Karawang)": "Rp20.000",
    }


@pytest.mark.parametrize("need", ["lost", "damaged"])
def test_the_same_day_service_is_not_offered_for_a_lost_or_damaged_passport(client, need):
    response = ask(client, need, "adult", "e5", same_day=True)
    assert "Layanan selesai hari yang sama tidak tersedia untuk paspor hilang atau rusak" in text(response)
    assert soup(response).select_one(".checklist") is None


def test_the_answer_is_in_english_on_the_english_site(client):
    page = soup(ask(client, "lost", "adult", "e5", delivery=True, language="en"))
    assert page.select_one(".checklist .total").get_text(strip=True) == "IDR 1,670,000"
    documents = [item.strong.get_text(strip=True) for item in page.select(".checklist ul.documents > li")]
    assert documents[0] == "Electronic identity card (e-KTP)"
    assert "Police report of the loss" in documents


@pytest.mark.parametrize("passport", ["e10", "o10"])
def test_a_ten_year_passport_for_a_child_is_explained_not_answered(client, passport):
    issue_ordinary_passports()
    response = ask(client, "new", "child", passport)
    body = text(response)
    assert "Paspor 10 tahun hanya untuk WNI berusia 17 tahun ke atas atau sudah menikah" in body
    assert soup(response).select_one(".checklist") is None


def test_missing_answers_get_a_message_in_the_readers_language(client):
    response = client.get("/id/cek-persyaratan/", {"need": "lost"})
    assert "Periksa kembali jawaban Anda" in text(response)
    assert soup(response).select_one(".checklist") is None
    response = client.get("/en/check-requirements/", {"need": "lost", "applicant": "alien", "passport": "e5"})
    assert "Please check your answers" in text(response)


def test_the_checklist_follows_an_edit_to_a_national_document(client):
    from education.models import RequirementPage

    # The national page, written once (home/national.py); the demo's site shows a copy of it.
    base = demo_site.national(RequirementPage).get(service="new", applicant="adult")
    documents = list(base.documents.all())
    documents[0].name = "KTP elektronik yang masih berlaku"
    base.documents = documents
    base.save_revision().publish()
    page = soup(ask(client, "lost", "adult", "e5"))
    assert page.select(".checklist ul.documents > li strong")[0].get_text() == "KTP elektronik yang masih berlaku"


def test_an_office_that_issues_only_e_passports_offers_only_those(client):
    page = soup(client.get("/id/cek-persyaratan/"))
    offered = [radio["value"] for radio in page.select('input[name="passport"]')]
    assert offered == ["e5", "e10"]
    response = ask(client, "new", "adult", "o5")
    assert soup(response).select_one(".checklist") is None
    assert "Periksa kembali jawaban Anda" in text(response)


def test_result_has_print_view_share_link_and_next_saturdays(client):
    response = ask(client, "new", "adult", "e5")
    page = soup(response)
    print_link = page.find("a", string="Tampilan cetak")["href"]
    assert "print=1" in print_link
    assert page.find("a", string="Bagikan lewat WhatsApp")["href"].startswith("https://wa.me/?text=")
    assert len(page.select(".checklist ul.dates li")) == 3
    printed = client.get("/id/cek-persyaratan/" + print_link)
    printable = soup(printed)
    assert printable.select_one("header.site-header") is None
    assert printable.select_one(".checklist .total").get_text(strip=True) == "Rp650.000"


def test_editors_choose_which_fee_is_a_checklist_line(client):
    """The checklist adds the fee an editor marks for a line, not a code fixed in the program."""
    from education.models import Fee
    from tests.factories import FeeFactory

    Fee.objects.filter(checklist_use="same_day").update(checklist_use="")
    FeeFactory(name="Layanan kilat", checklist_use="same_day", rate=1_500_000)
    page = soup(ask(client, "new", "adult", "e5", same_day=True))
    lines = {
        row.th.contents[0].strip(): row.td.select_one(".amount").get_text()
        for row in page.select(".checklist tbody tr")
    }
    assert lines == {"E-paspor, berlaku 5 tahun": "Rp650.000", "Layanan kilat": "Rp1.500.000"}
    assert page.select_one(".checklist .total").get_text(strip=True) == "Rp2.150.000"


def test_a_line_no_fee_fills_yet_is_named_and_left_out_of_the_total(client):
    from education.models import Fee

    Fee.objects.filter(checklist_use="same_day").update(checklist_use="")
    page = soup(ask(client, "new", "adult", "e5", same_day=True))
    rows = [row.th.contents[0].strip() for row in page.select(".checklist tbody tr")]
    assert rows == ["E-paspor, berlaku 5 tahun", "Layanan percepatan (selesai hari yang sama)"]
    assert page.select_one(".checklist .total").get_text(strip=True).startswith("Rp650.000")
