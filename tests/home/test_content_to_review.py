"""The "Content to review" report (issue 14): per office, what an editor must
check with the office, with when it was last confirmed and who published it."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone
from wagtail.models import Page

from education.models import RequirementPage
from home.models import NationalLibraryPage, Office, OfficeTeam
from tests import world
from tests.factories import OfficialChannelFactory, UserFactory, VillageFactory
from tests.html import soup

pytestmark = pytest.mark.django_db
URL = "/admin/reports/content-to-review/"


def logged_in(*groups):
    user = UserFactory(first_name="Rina", last_name="Reviewer")
    user.groups.add(*groups)
    client = Client()
    client.force_login(user)
    return user, client


def rows_by_office(response):
    page = soup(response)
    return {
        heading.get_text(strip=True): [
            [cell.get_text(" ", strip=True) for cell in row.select("td")]
            for row in heading.find_next("table").select("tbody tr")
        ]
        for heading in page.select(".nice-padding h2")
    }


def national_requirement(library, title, service):
    page = library.add_child(
        instance=RequirementPage(
            title=title,
            slug=service,
            intro="Uji.",
            service=service,
            applicant="adult",
            channel="m_paspor",
            processing_time="Uji.",
        )
    )
    return page


def test_reviewers_find_what_to_check_per_office():
    reviewer, client = logged_in(Group.objects.get(name="Reviewers"))
    library = Page.get_first_root_node().add_child(instance=NationalLibraryPage(title="Nasional", slug="nasional"))
    page = national_requirement(library, "Paspor rusak kena banjir", "damaged")
    page.last_reviewed = datetime.date(2025, 5, 2)
    page.next_review_due = timezone.localdate() - datetime.timedelta(days=3)
    page.save_revision(user=reviewer).publish(user=reviewer)
    checked = national_requirement(library, "Paspor hilang di jalan", "lost")
    checked.next_review_due = timezone.localdate() + datetime.timedelta(days=30)
    checked.save_revision(user=reviewer).publish(user=reviewer)
    ours = Office.objects.get(code=world.OFFICE, locale__language_code="id")
    OfficialChannelFactory(office=ours, kind="whatsapp", value="0812 1111 2222", verified_on=None)
    VillageFactory(office=ours, name="Cibodas", editor_note="KODE SEMENTARA: ganti dengan kode Kemendagri.")

    response = client.get(URL)
    assert response.status_code == 200
    by_office = rows_by_office(response)
    rows = by_office[ours.name]
    # A national page is listed once, as national, not again under each office showing it.
    assert not any(row[0].startswith("Paspor rusak kena banjir") for row in rows)
    national = by_office["Nasional: tampil di situs setiap kantor"]
    damaged = next(row for row in national if row[0].startswith("Paspor rusak kena banjir"))
    assert "Tanggal tinjauan terlewati" in damaged[1]
    assert damaged[2] == "2 Mei 2025" and damaged[3] == "Rina Reviewer"
    channel = next(row for row in rows if "0812 1111 2222" in row[0] or "6281211112222" in row[0])
    assert "Belum dikonfirmasi" in channel[1] and channel[2] == "belum pernah"
    assert any(row[0].startswith("Desa ") and "KODE SEMENTARA" in row[1] for row in rows)  # a village code to confirm
    # Pages within their review date are not listed.
    assert not any(row[0].startswith("Paspor hilang di jalan") for row in rows + national)


def test_an_office_team_sees_its_own_office_only(offices):
    other = offices["other"]
    OfficialChannelFactory(office=other, kind="whatsapp", value="0812 3333 4444", verified_on=None)
    team = OfficeTeam.objects.get(office=other, group__name__startswith="Reviewers").group
    _user, client = logged_in(team)
    offices = rows_by_office(client.get(URL))
    assert list(offices) == [other.name]


def test_the_report_is_in_the_reports_menu():
    _user, client = logged_in(Group.objects.get(name="Editors"))
    assert URL in client.get("/admin/").content.decode()
    _user, officer_like = logged_in()
    assert officer_like.get(URL).status_code in (302, 403)
