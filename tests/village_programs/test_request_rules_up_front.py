"""An officer is told the office's rules before filling in a request, not only in the
errors after sending it (issue #33): visiting days, the fewest applicants, the earliest
date, and the date picker starts there."""

import datetime

import pytest
from django.utils import timezone

from home.models import Office
from tests import world
from tests.factories import VillageOfficerFactory
from tests.html import soup, text
from village_programs.models import Village

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "path", "days"),
    [("id", "/id/desa/permintaan/baru/", "Selasa, Kamis"), ("en", "/en/village/requests/new/", "Tuesday, Thursday")],
)
def test_the_request_form_names_the_offices_rules_before_it_is_sent(client, language, path, days):
    office = Office.objects.get(code=world.OFFICE, locale__language_code="id")
    office.outreach_weekdays = "1,3"
    office.save()
    officer = VillageOfficerFactory(villages=[Village.objects.get(code=world.VILLAGE)])
    client.force_login(officer.user)

    page = client.get(path, HTTP_HOST=world.HOST)
    rules = soup(page).select_one(".visit-rules").get_text(" ", strip=True)
    assert days in rules and "25" in rules
    earliest = timezone.localdate() + datetime.timedelta(days=14)
    assert soup(page).select_one('input[name="date_1"]')["min"] == earliest.isoformat()
    assert str(earliest.year) in text(page)
