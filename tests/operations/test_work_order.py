"""Work people wait for is not held up by upkeep (issue #31): delivery waits for a
lease instead of spinning, and a burst of event saves re-indexes only the pages
that show the events, once."""

import datetime

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from modelsearch.tasks import insert_or_update_object_task

from education.models import ServicesPage
from home.models import Office
from tests import world
from tests.factories import ServiceEventFactory, UserFactory
from village_programs import outbox
from village_programs.models import OutreachRequest, Village
from village_programs.tasks import deliver_outreach

pytestmark = pytest.mark.django_db
DATABASE_BACKEND = {"default": {"BACKEND": "operations.task_backend.FairDatabaseBackend"}}


def test_delivery_waits_for_the_lease_another_worker_holds(settings):
    settings.TASKS = DATABASE_BACKEND
    request = OutreachRequest.objects.create(
        village=Village.objects.get(code=world.VILLAGE),
        place_name="Balai desa",
        place_address="Jl. Desa 1",
        expected_applicants=30,
        contact_name="Ibu Sari",
        contact_phone="081234567890",
        created_by=UserFactory(),
    )
    outbox.add(request)
    held = outbox.claim("another-worker")

    deliver_outreach.call()

    queued = DBTaskResult.objects.filter(task_path=deliver_outreach.module_path, status="READY")
    assert [row.run_after for row in queued] == [held.locked_until]
    assert held.locked_until > timezone.now() + datetime.timedelta(seconds=1)


def test_a_burst_of_events_reindexes_only_the_pages_that_show_them_once(settings):
    from tests.factories import OfficeFactory, office_site

    other_home = office_site(OfficeFactory(code="kantor-lain"), "lain.localhost")
    other_home.add_child(instance=ServicesPage(title="Jadwal", slug="jadwal", intro="Lain.")).save_revision().publish()
    settings.TASKS = DATABASE_BACKEND
    office = Office.objects.get(code=world.OFFICE, locale__language_code="id")
    for _ in range(5):
        ServiceEventFactory(office=office)

    updates = DBTaskResult.objects.filter(task_path=insert_or_update_object_task.module_path, status="READY")
    services = [args for args in (row.args_kwargs["args"] for row in updates) if args[1] == "servicespage"]
    ours = ServicesPage.objects.get(url_path__endswith=world.path("services").removeprefix("/id"), locale=office.locale)
    assert services == [["education", "servicespage", str(ours.pk)]]
    assert ServicesPage.objects.live().count() > 2  # other offices' pages were left alone
