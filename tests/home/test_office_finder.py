"""'Which office serves me?' (home/finder.py), on every site, in both languages and in the API.
The places and offices are built here; the demo's own work areas are tested in test_demo.py."""

import pytest
from wagtail.models import Locale

from home.models import Office, Region
from tests.factories import OfficeFactory, office_site
from tests.html import soup, text

pytestmark = pytest.mark.django_db


@pytest.fixture
def served_area():
    """Kabupaten Ujimakmur (99.01), served by Kantor Imigrasi Uji on uji.localhost,
    and Kota Ujisari (99.02), which no office here serves."""
    Region.objects.create(code="99.01", kind="kabupaten", name="Ujimakmur", province="Provinsi Uji")
    Region.objects.create(code="99.02", kind="kota", name="Ujisari", province="Provinsi Uji")
    office = OfficeFactory(code="uji", name="Kantor Imigrasi Uji", area_codes="99.01")
    english = office.copy_for_translation(Locale.objects.get(language_code="en"))
    english.name = "Uji Immigration Office"
    english.save()
    office_site(office, "uji.localhost")
    return office


def result(response):
    assert response.status_code == 200
    return soup(response).select_one(".check-result")


def test_a_chosen_regency_sends_the_reader_to_the_office_site_that_serves_it(client, served_area):
    found = result(client.get("/id/cari-kantor/", {"area": "99.01"}))
    assert "Kabupaten Ujimakmur" in found.h2.get_text()
    assert "Kantor Imigrasi Uji melayani wilayah Anda." in " ".join(found.get_text().split())
    assert found.find("a", string="Buka situs Kantor Imigrasi Uji")["href"] == "http://uji.localhost/id/"


def test_the_finder_answers_in_english_with_the_english_site(client, served_area):
    found = result(client.get("/en/office-finder/", {"area": "99.01"}))
    assert "Ujimakmur Regency" in found.h2.get_text()
    assert found.find("a", string="Go to the site of Uji Immigration Office")["href"] == "http://uji.localhost/en/"


@pytest.mark.parametrize("typed", ["Ujimakmur", "kabupaten ujimakmur", "Kab. Ujimakmur", "Ujimakmur Regency", "99.01"])
def test_a_typed_name_or_code_finds_the_regency(client, served_area, typed):
    assert "Kabupaten Ujimakmur" in result(client.get("/id/cari-kantor/", {"q": typed})).h2.get_text()


def test_a_typed_village_finds_its_regency_through_the_village_registry(client, served_area):
    from village_programs.models import Village

    Village.objects.create(
        code="99.01.01.2001",
        name="Ujicoba",
        kecamatan="Ujitengah",
        kabupaten="Kabupaten Ujimakmur",
        province="Provinsi Uji",
        office=served_area,
    )
    for typed in ("Desa Ujicoba", "Kecamatan Ujitengah"):
        found = result(client.get("/id/cari-kantor/", {"q": typed}))
        assert "Kantor Imigrasi Uji melayani wilayah Anda." in " ".join(found.get_text().split())


def test_on_the_serving_office_site_the_reader_is_told_so(client, served_area):
    found = result(client.get("/id/cari-kantor/", {"area": "99.01"}, HTTP_HOST="uji.localhost"))
    assert "Anda sedang berada di situsnya" in found.get_text()
    assert found.find("a", string="Buka situs Kantor Imigrasi Uji") is None


def test_an_area_no_office_here_serves_says_so_and_links_the_directorate_general(client, served_area):
    found = result(client.get("/id/cari-kantor/", {"area": "99.02"}))
    assert "Kota Ujisari" in found.h2.get_text()
    assert "Belum ada kantor di situs ini yang melayani wilayah ini." in found.get_text()
    assert found.find("a", href="https://www.imigrasi.go.id")
    assert "kantor imigrasi mana pun" in found.get_text()


def test_an_unknown_place_is_explained_and_nothing_else_is_claimed(client, served_area):
    found = result(client.get("/en/office-finder/", {"q": "Zzqqxx"}))
    assert found.h2.get_text(strip=True) == "We could not find this place"
    assert "serves your area" not in found.get_text()


def test_an_unknown_area_code_is_refused_in_the_readers_language(client, served_area):
    page = soup(client.get("/id/cari-kantor/", {"area": "77.77"}))
    assert page.select_one(".check-result") is None
    assert page.select_one(".errorlist")


def test_the_api_finds_the_office_by_area_and_by_name(client, served_area):
    answer = client.get("/api/v1/en/office-finder/", {"area": "99.01"}).json()
    assert answer["areas"] == [{"code": "99.01", "name": "Ujimakmur Regency"}]
    assert answer["offices"] == [
        {"id": "uji", "name": "Uji Immigration Office", "site_url": "http://uji.localhost/en/"}
    ]
    by_name = client.get("/api/v1/id/office-finder/", {"q": "ujimakmur"}).json()
    assert [office["id"] for office in by_name["offices"]] == ["uji"]
    nobody = client.get("/api/v1/id/office-finder/", {"area": "99.02"}).json()
    assert nobody["offices"] == [] and nobody["directory_url"] == "https://www.imigrasi.go.id"


def test_the_api_lists_every_office_when_asked_no_place(client, served_area):
    response = client.get("/api/v1/en/office-finder/")
    assert response.status_code == 200
    assert "uji" in [office["id"] for office in response.json()["offices"]]
    assert response.json()["areas"] == []


def test_every_site_links_the_finder_from_its_footer(client, served_area):
    for host in ("testserver", "uji.localhost"):
        for language, path in (("id", "/id/cari-kantor/"), ("en", "/en/office-finder/")):
            home = soup(client.get(f"/{language}/", HTTP_HOST=host, follow=True))
            assert home.select_one(f'footer a[href="{path}"]'), (host, language)


def test_offices_outside_the_work_area_are_not_offered(client, served_area):
    OfficeFactory(code="lain", name="Kantor Imigrasi Lain", area_codes="99.03")
    assert "Kantor Imigrasi Lain" not in text(client.get("/id/cari-kantor/", {"area": "99.01"}))
    assert Office.objects.filter(area_codes__contains="99.01").count() >= 1


@pytest.mark.parametrize("path", ["/api/v1/id/office-finder/", "/id/cari-kantor/"])
def test_control_characters_in_a_typed_name_read_as_spaces(client, served_area, path):
    """Schemathesis sent q with a NUL, which the API's schema allows: the form refused it and
    the API answered 400 "give an area code or a place name"."""
    response = client.get(path, {"q": "Uji\x00makmur\x04"})
    assert response.status_code == 200
    if path.startswith("/api/"):
        assert response.json()["query"] == "Uji makmur"
    else:
        assert result(response) is not None
