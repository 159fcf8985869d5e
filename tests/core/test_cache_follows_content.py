"""What changes no public page leaves the page cache alone (issue #31): officers'
drafts, deliveries, notices and preferences happen all day, and each used to
empty the cache of every office's site."""

import pytest
from wagtail.users.models import UserProfile

from education.models import EducationModulePage
from tests import world
from tests.factories import TrainingSessionFactory, UserFactory, VillageOfficerFactory
from village_programs import sessions
from village_programs.models import Notice, OutboxEntry, OutreachRequest, TrainingSession, Village

pytestmark = pytest.mark.django_db


def cached(site_client, key):
    site_client.get(world.path(key))
    return site_client.get(world.path(key))["X-Page-Cache"] == "hit"


def a_request(village, user):
    return OutreachRequest.objects.create(
        village=village,
        place_name="Balai desa",
        place_address="Jl. Desa 1",
        expected_applicants=30,
        contact_name="Ibu Sari",
        contact_phone="081234567890",
        created_by=user,
    )


def test_officers_daily_writes_leave_public_pages_cached(site_client):
    village = Village.objects.get(code=world.VILLAGE)
    officer = VillageOfficerFactory(villages=[village])
    assert cached(site_client, "fees") and cached(site_client, "village")

    session = TrainingSessionFactory(village=village, status=TrainingSession.Status.DRAFT)
    session.status = TrainingSession.Status.SUBMITTED
    session.save()
    session.modules.set(EducationModulePage.taught()[:1])
    request = a_request(village, officer.user)
    entry = OutboxEntry.objects.create(request=request)
    entry.attempts = 2
    entry.save()
    Notice.objects.create(user=officer.user, kind=Notice.Kind.REQUEST_RECEIVED, request=request)
    officer.language = "en"
    officer.save()
    profile = UserProfile.get_for_user(officer.user)  # an editor's or officer's admin language
    profile.preferred_language = "en"
    profile.save()

    for key in ("fees", "village"):
        response = site_client.get(world.path(key))
        assert response["X-Page-Cache"] == "hit", key


def test_approving_a_session_renews_its_village_page(site_client):
    village = Village.objects.get(code=world.VILLAGE)
    session = TrainingSessionFactory(village=village, women=7, men=4)
    before = site_client.get(world.path("village")).content.decode()
    assert site_client.get(world.path("village"))["X-Page-Cache"] == "hit"

    sessions.approve(session, UserFactory())

    response = site_client.get(world.path("village"))
    assert response["X-Page-Cache"] == "miss"
    assert response.content.decode() != before


def test_an_approved_session_taken_away_renews_the_page(site_client):
    village = Village.objects.get(code=world.VILLAGE)
    session = TrainingSessionFactory(village=village, status=TrainingSession.Status.APPROVED)
    assert cached(site_client, "village")

    TrainingSession.objects.get(pk=session.pk).delete()

    assert site_client.get(world.path("village"))["X-Page-Cache"] == "miss"
