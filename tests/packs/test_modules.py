import pytest

from tests.html import soup, text

# The packs tested as content (tests/demo_references.py): the national documents, fees and modules.
pytestmark = [pytest.mark.django_db, pytest.mark.content]


@pytest.mark.parametrize(
    "path, titles",
    [
        ("/id/modul-edukasi/", ["M1 · Paspor dan persyaratannya", "M2 · Calo, pungutan liar dan penipuan"]),
        ("/en/education-modules/", ["M1 · Passports and what they require", "M2 · Brokers, illegal fees and scams"]),
    ],
)
def test_module_index_lists_the_four_modules(client, path, titles):
    links = [a.get_text(strip=True) for a in soup(client.get(path)).select(".card-list a")]
    assert len(links) == 4
    assert links[:2] == titles


def test_module_page_teaches_with_objectives_key_messages_and_self_checks(client):
    page = soup(client.get("/en/education-modules/brokers-illegal-fees-and-scams/"))
    assert page.h1.get_text() == "Brokers, illegal fees and scams"
    assert "Village officials, Residents, School students" in page.get_text()
    assert "45 minutes" in page.get_text()
    assert page.select(".key-message")[0].get_text() == "You never need a middleman for a passport."
    question = page.select_one("details.self-check")
    assert question.summary.get_text() == "Someone offers a passport with no interview. What do you do?"
    assert "Refuse" in question.p.get_text()


def test_module_handouts_download_and_print(client):
    page = soup(client.get("/id/modul-edukasi/paspor-dan-persyaratannya/"))
    pdf_link = next(
        a["href"] for a in page.select("a") if "(PDF" in a.parent.get_text() and a["href"].startswith("/documents/")
    )
    response = client.get(pdf_link)
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    handout = soup(client.get("/id/modul-edukasi/paspor-dan-persyaratannya/handout/"))
    assert handout.select_one("header.site-header") is None
    assert "Ingat" in handout.get_text() and "Uji diri" in handout.get_text()
    assert "Paspor hanya diterbitkan kantor imigrasi, tidak pernah oleh perorangan." in handout.get_text()


def test_programme_index_and_village_page_in_both_languages(client):
    assert "Desa Citeko" in text(client.get("/id/desa-binaan/"))
    body = text(client.get("/en/village-programme/desa-citeko/"))
    assert "The first immigration-supported village in Purwakarta Regency" in body
    assert "Pilot" in body
