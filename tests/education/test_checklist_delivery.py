"""The checklist offers delivery only where the office has a delivery fee, and names no
carrier the office does not use (the label said "by PT Pos" on every office's site)."""

import pytest

from education.models.fees import ChecklistUse
from home.models import Office
from tests import world
from tests.factories import FeeFactory
from tests.html import soup, text

pytestmark = pytest.mark.django_db


def test_delivery_is_offered_with_the_offices_own_carrier(site_client):
    assert "delivery" not in [field["name"] for field in soup(site_client.get(world.path("checklist"))).select("input")]

    office = Office.objects.get(code=world.OFFICE, locale__language_code="id")
    FeeFactory(office=office, name="Pengiriman oleh kurir kantor", checklist_use=ChecklistUse.DELIVERY, rate=15_000)
    form = soup(site_client.get(world.path("checklist")))
    assert form.select_one('input[name="delivery"]') is not None
    assert "PT Pos" not in text(site_client.get(world.path("checklist")))

    answers = {"need": "new", "applicant": "adult", "passport": "e5", "delivery": "on"}
    result = text(site_client.get(world.path("checklist"), answers))
    assert "Pengiriman oleh kurir kantor" in result and "PT Pos" not in result
