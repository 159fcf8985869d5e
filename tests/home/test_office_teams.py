"""Two offices on one deployment (issue 14): each office's team edits its own
pages, offices, banners and events, and gets 403 on the other office's."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from core import roles
from education.models import ServiceEvent
from home.models import AlertBanner, OfficeTeam
from tests import world
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def refused(response):
    """Wagtail's admin answers a refused request with 403, or for a page it may
    not open with a redirect to the dashboard and "Sorry, you do not have permission"."""
    return response.status_code == 403 or (response.status_code == 302 and response.url == "/admin/")


def team_member(office, role):
    user = UserFactory()
    user.groups.add(OfficeTeam.objects.get(office=office, group__name__startswith=role).group)
    client = Client()
    client.force_login(user)
    return client


def a_page_of(hostname):
    home = Site.objects.get(hostname=hostname).root_page
    return Page.objects.descendant_of(home).live().first()


def banner_of(office):
    return AlertBanner.objects.create(
        locale=office.locale,
        office=office,
        message=f"Peringatan {office.code}",
        active=True,
        expires_at=timezone.now() + datetime.timedelta(days=2),
    )


def event_of(office):
    starts = timezone.now() + datetime.timedelta(days=8)
    return ServiceEvent.objects.create(
        locale=office.locale,
        office=office,
        kind=ServiceEvent.Kind.VILLAGE,
        title=f"Layanan keliling {office.code}",
        place="Balai desa",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=4),
    )


@pytest.mark.parametrize("role", ["Editors", "Reviewers"])
def test_an_office_team_edits_its_own_pages_only(offices, role):
    ours = team_member(offices["own"], role)
    own, other = a_page_of(world.HOST), a_page_of("kedua.localhost")
    assert ours.get(f"/admin/pages/{own.pk}/edit/").status_code == 200
    assert refused(ours.get(f"/admin/pages/{other.pk}/edit/"))
    english = other.get_translation(Locale.objects.get(language_code="en"))
    assert refused(ours.get(f"/admin/pages/{english.pk}/edit/"))
    title = other.title
    assert refused(ours.post(f"/admin/pages/{other.pk}/edit/", {"title": "Diubah kantor lain"}))
    other.refresh_from_db()
    assert other.title == title


@pytest.mark.parametrize("role", ["Editors", "Reviewers"])
def test_an_office_team_edits_its_own_snippets_only(offices, role):
    ours = team_member(offices["own"], role)
    for make in (banner_of, event_of, lambda office: office):
        own, other = make(offices["own"]), make(offices["other"])
        meta = own._meta
        base = f"/admin/snippets/{meta.app_label}/{meta.model_name}"
        assert ours.get(f"{base}/edit/{own.pk}/").status_code == 200, meta.model_name
        assert refused(ours.get(f"{base}/edit/{other.pk}/")), meta.model_name
        assert refused(ours.post(f"{base}/edit/{other.pk}/", {"action-publish": "1"}))
        listing = ours.get(f"{base}/?locale=id").content.decode()
        assert f"{base}/edit/{own.pk}/" in listing and f"{base}/edit/{other.pk}/" not in listing
    if role == "Reviewers":
        other = banner_of(offices["other"])
        assert refused(ours.post(f"/admin/snippets/home/alertbanner/delete/{other.pk}/"))
        assert AlertBanner.objects.filter(pk=other.pk).exists()


def test_a_team_makes_banners_for_its_own_office_only(offices):
    ours = team_member(offices["own"], "Editors")

    def add(office):
        data = {
            "message": f"Banner baru untuk {office.code}",
            "office": office.pk,
            "level": "warning",
            "expires_at": (timezone.localtime() + datetime.timedelta(days=3)).strftime("%Y-%m-%d %H:%M"),
        }
        return ours.post("/admin/snippets/home/alertbanner/add/?locale=id", data)

    assert add(offices["other"]).status_code == 200  # the form again, with the error
    assert not AlertBanner.objects.filter(message="Banner baru untuk kedua").exists()
    assert add(offices["own"]).status_code == 302
    assert AlertBanner.objects.filter(message="Banner baru untuk contoh").exists()
    # Not even a team's reviewer publishes a banner for every office's site.
    national = {
        "message": "Banner nasional",
        "level": "warning",
        "expires_at": "2030-01-01 10:00",
        "action-publish": "1",
    }
    reviewer = team_member(offices["own"], "Reviewers")
    assert reviewer.post("/admin/snippets/home/alertbanner/add/?locale=id", national).status_code == 200
    assert not AlertBanner.objects.filter(message="Banner nasional", live=True).exists()


def test_staff_on_no_team_see_every_office(offices):
    client = Client()
    user = UserFactory()
    user.groups.add(OfficeTeam.objects.first().group.__class__.objects.get(name="Editors"))
    client.force_login(user)
    other = banner_of(offices["other"])
    assert client.get(f"/admin/snippets/home/alertbanner/edit/{other.pk}/").status_code == 200


def test_no_view_of_another_offices_snippet_lets_a_team_in(offices):
    """History, usage and locking too, not only the edit form."""
    ours = team_member(offices["own"], "Reviewers")
    other = banner_of(offices["other"])
    other.save_revision()
    base = "/admin/snippets/home/alertbanner"
    for view in ("history", "usage", "lock", "unlock"):
        path = f"{base}/{view}/{other.pk}/"
        response = ours.post(path) if view in ("lock", "unlock") else ours.get(path)
        assert refused(response), (view, response.status_code)
    other.refresh_from_db()
    assert not other.locked


def test_a_team_cannot_approve_another_offices_snippet_in_the_workflow(offices):
    from wagtail.models import Workflow

    ours = team_member(offices["own"], "Reviewers")
    other = banner_of(offices["other"])
    other.save_revision().publish()
    other.message = "Diubah, menunggu tinjauan"
    other.save_revision()
    author = UserFactory()
    Workflow.objects.get(name=roles.WORKFLOW).start(other, author)
    state = other.current_workflow_task_state
    response = ours.post(f"/admin/snippets/home/alertbanner/workflow/action/{other.pk}/approve/{state.pk}/")
    assert refused(response)
    other.refresh_from_db()
    assert other.message == "Peringatan kedua" and other.workflow_in_progress


@pytest.mark.parametrize("role", ["Editors", "Reviewers"])
def test_an_office_team_changes_its_own_fees_only_and_never_a_national_one(offices, role):
    """One office team's fee change cannot reach another office's site, nor every site through a national fee."""
    from education.models import Fee, FeeRate
    from tests.factories import FeeFactory

    mine, theirs = offices["own"], offices["other"]
    ours = team_member(mine, role)
    own = FeeFactory(office=mine, name="Pengiriman kantor ini", rate=20_000)
    other = FeeFactory(office=theirs, name="Pengiriman kantor lain", rate=25_000)
    national = FeeFactory(name="Biaya nasional", rate=650_000)
    if role == "Reviewers":  # only reviewers rename a fee: a name goes live when saved
        assert ours.get(f"/admin/snippets/education/fee/edit/{own.pk}/").status_code == 200
    for fee in (other, national):
        assert refused(ours.get(f"/admin/snippets/education/fee/edit/{fee.pk}/")), fee.name
        assert refused(ours.post(f"/admin/snippets/education/fee/edit/{fee.pk}/", {"name": "Diubah"}))
        rate = FeeRate.objects.get(fee=fee)
        assert refused(ours.get(f"/admin/snippets/education/feerate/edit/{rate.pk}/")), fee.name
        assert refused(ours.post(f"/admin/snippets/education/feerate/edit/{rate.pk}/", {"amount": "1"}))
        assert Fee.objects.get(pk=fee.pk).name == fee.name
        assert FeeRate.objects.get(pk=rate.pk).amount == rate.amount
    rates = ours.get("/admin/snippets/education/feerate/").content.decode()
    assert "Pengiriman kantor ini" in rates
    assert "Pengiriman kantor lain" not in rates and "Biaya nasional" not in rates
    new_rate = ours.get("/admin/snippets/education/feerate/add/").content.decode()
    assert "Pengiriman kantor ini" in new_rate
    assert "Pengiriman kantor lain" not in new_rate and "Biaya nasional" not in new_rate
    # A new amount for another office's fee is refused by the form, and nothing is saved.
    before = FeeRate.objects.count()
    response = ours.post(
        "/admin/snippets/education/feerate/add/",
        {"fee": other.pk, "amount": "30000", "legal_basis": "Uji", "effective_from": "2026-12-01"},
    )
    assert response.status_code in (200, 403)
    assert FeeRate.objects.count() == before
