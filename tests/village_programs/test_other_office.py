"""An officer is served by the site of the office whose villages they look after: on
another office's site they are sent there, never shown an officer area under the wrong
office's name (each office's site shows its own office only)."""

import pytest

from tests.factories import PASSWORD, OfficeFactory, office_site
from tests.html import soup
from village_programs.models import Village

pytestmark = pytest.mark.django_db


@pytest.fixture
def second_site(db):
    office = OfficeFactory(code="kedua", name="Kantor Imigrasi Uji Kedua")
    office_site(office, "kedua.localhost")
    return office


def test_signing_in_on_another_offices_site_sends_the_officer_to_their_own(client, sukamaju_officer, second_site):
    client.defaults["HTTP_HOST"] = "kedua.localhost"
    response = client.post("/id/desa/masuk/", {"username": "sukamaju-officer", "password": PASSWORD})
    assert response.status_code == 403
    main = soup(response).select_one("main")
    assert "Desa Anda dilayani kantor lain" in main.get_text()
    assert "Kantor Imigrasi Contoh" in main.get_text()
    assert main.select_one("a[href='http://contoh.localhost/id/desa/masuk/']") is not None
    # Not signed in: the officer area of this site stays closed.
    assert "_auth_user_id" not in client.session
    assert client.get("/id/desa/").status_code == 302


def test_on_their_own_offices_site_the_officer_signs_in(client, sukamaju_officer, second_site):
    response = client.post("/id/desa/masuk/", {"username": "sukamaju-officer", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/id/desa/").status_code == 200


def test_an_officer_whose_village_moves_to_another_office_is_signed_out_and_sent_there(
    client, sukamaju_officer, second_site
):
    client.force_login(sukamaju_officer.user)
    assert client.get("/en/village/").status_code == 200
    Village.objects.filter(code="98.01.01.2001").update(office=second_site)
    response = client.get("/en/village/")
    assert response.status_code == 403
    main = soup(response).select_one("main")
    assert "Your villages are served by another office" in main.get_text()
    assert main.select_one("a[href='http://kedua.localhost/en/village/login/']") is not None
    assert "_auth_user_id" not in client.session
