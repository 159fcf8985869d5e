"""An official is told the truth before they need to ask (issue #33): who resets a
forgotten password, and whether e-mail notices can reach them at all."""

import pytest

from tests import world
from tests.factories import UserFactory, VillageOfficerFactory
from tests.html import soup, text
from village_programs.models import Village

pytestmark = pytest.mark.django_db


def test_the_login_page_says_who_resets_a_forgotten_password(site_client):
    page = soup(site_client.get("/id/desa/masuk/"))
    assert "Lupa kata sandi?" in page.get_text()
    assert "hanya kantor yang dapat" in page.get_text()
    assert page.find("a", string="Hubungi kami")  # the office's contact page
    assert "Forgot your password?" in text(site_client.get("/en/village/login/"))


def test_my_data_says_no_notices_reach_an_account_without_e_mail(site_client):
    officer = VillageOfficerFactory(
        user=UserFactory(username="tanpa-email", email=""), villages=[Village.objects.get(code=world.VILLAGE)]
    )
    officer.email_notices = True
    officer.save()
    site_client.force_login(officer.user)
    readable = text(site_client.get("/id/desa/data-saya/"))
    assert "tidak: akun Anda tidak punya alamat e-mail" in readable
