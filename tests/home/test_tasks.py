"""Repeating background jobs stay single: enqueueing one that is already queued does nothing."""

import datetime

import pytest
from django.utils import timezone
from django_tasks import task
from django_tasks_db.models import DBTaskResult

from operations.tasks import enqueue_once, reclaim_abandoned, start_jobs, worker_heartbeat

pytestmark = pytest.mark.django_db


@task()
def index_update():
    """Stands in for Wagtail's search and reference-index updates."""


DATABASE_BACKEND = {"default": {"BACKEND": "operations.task_backend.FairDatabaseBackend"}}


def test_enqueueing_a_repeating_job_twice_leaves_one_row(settings):
    settings.TASKS = DATABASE_BACKEND
    later = timezone.now() + datetime.timedelta(minutes=1)
    enqueue_once(worker_heartbeat, later)
    enqueue_once(worker_heartbeat, later)
    assert DBTaskResult.objects.filter(task_path=worker_heartbeat.module_path, status="READY").count() == 1


def test_a_worker_starting_twice_leaves_one_of_each_job(settings):
    settings.TASKS = DATABASE_BACKEND
    start_jobs()
    start_jobs()
    queued = list(DBTaskResult.objects.filter(status="READY").values_list("task_path", flat=True))
    assert sorted(queued) == sorted(set(queued))
    assert "operations.tasks.worker_heartbeat" in queued
    assert "operations.tasks.publish_scheduled_content" in queued
    assert "village_programs.tasks.deliver_outreach" in queued

    assert "operations.tasks.purge_personal_data" in queued


def test_enqueueing_a_repeating_job_twice_on_the_immediate_backend_runs_it_once(settings):
    from django_tasks.signals import task_finished

    runs = []

    def count(sender, task_result, **kwargs):
        runs.append(task_result.task.module_path)

    task_finished.connect(count)
    try:
        enqueue_once(worker_heartbeat)
    finally:
        task_finished.disconnect(count)
    # It ran once and, unable to wait a minute, did not queue itself again.
    assert runs == ["operations.tasks.worker_heartbeat"]
    assert not DBTaskResult.objects.exists()


def test_the_worker_serves_liveness_then_what_people_wait_for_then_index_upkeep(settings):
    """Proof of life first, so no backlog makes a live worker look dead; a request
    on its way to the booking system and an officer's notice before index upkeep
    (Wagtail queues its updates without a run time, default priority); housekeeping
    last. Order among the due ones, whatever their run times."""
    from operations.tasks import publish_scheduled_content
    from village_programs.notices import send_notice
    from village_programs.tasks import deliver_outreach

    settings.TASKS = DATABASE_BACKEND
    earlier = timezone.now() - datetime.timedelta(minutes=5)
    housekeeping = publish_scheduled_content.using(run_after=earlier - datetime.timedelta(hours=1)).enqueue()
    update = index_update.enqueue()
    notice = send_notice.using(run_after=earlier).enqueue(1)
    delivery = deliver_outreach.using(run_after=earlier).enqueue()
    heartbeat = worker_heartbeat.enqueue()

    served = [str(pk) for pk in DBTaskResult.objects.ready().values_list("pk", flat=True)]
    assert served == [str(r.id) for r in (heartbeat, notice, delivery, update, housekeeping)]


def test_an_update_already_waiting_is_not_queued_again(settings):
    from operations.tasks import enqueue_unless_queued

    settings.TASKS = DATABASE_BACKEND
    for _ in range(3):
        enqueue_unless_queued(index_update, "education", "servicespage", "7")
    enqueue_unless_queued(index_update, "education", "servicespage", "8")
    waiting = DBTaskResult.objects.filter(task_path=index_update.module_path, status="READY")
    assert sorted(row.args_kwargs["args"][-1] for row in waiting) == ["7", "8"]

    DBTaskResult.objects.filter(task_path=index_update.module_path).update(status="SUCCESSFUL")
    enqueue_unless_queued(index_update, "education", "servicespage", "7")  # done: the next change needs it again
    assert waiting.all().count() == 1


def test_a_worker_starting_again_the_same_day_does_not_purge_again(settings):
    from operations.tasks import purge_personal_data

    settings.TASKS = DATABASE_BACKEND
    an_hour_ago = timezone.now() - datetime.timedelta(hours=1)
    finished = purge_personal_data.using(run_after=an_hour_ago).enqueue()
    DBTaskResult.objects.filter(pk=finished.id).update(status="SUCCESSFUL", finished_at=an_hour_ago)

    start_jobs()
    start_jobs()

    queued = DBTaskResult.objects.get(task_path=purge_personal_data.module_path, status="READY")
    assert queued.run_after == an_hour_ago + datetime.timedelta(days=1)


def test_a_task_enqueued_without_a_run_time_is_due_now(settings):
    settings.TASKS = DATABASE_BACKEND
    from django_tasks import task_backends

    result = task_backends["default"].enqueue(worker_heartbeat.using(run_after=None), (), {})
    row = DBTaskResult.objects.get(pk=result.id)
    assert row.run_after <= timezone.now()
    assert DBTaskResult.objects.ready().filter(pk=row.pk).exists()


def test_a_task_left_running_by_a_dead_worker_is_queued_again_after_its_lease(settings):
    settings.TASKS = DATABASE_BACKEND
    settings.TASK_LEASE_SECONDS = 60
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    stale, fresh = (worker_heartbeat.using(run_after=tomorrow).enqueue() for _ in range(2))
    five_minutes_ago = timezone.now() - datetime.timedelta(minutes=5)
    DBTaskResult.objects.filter(pk=stale.id).update(status="RUNNING", started_at=five_minutes_ago)
    DBTaskResult.objects.filter(pk=fresh.id).update(status="RUNNING", started_at=timezone.now())
    assert reclaim_abandoned() == 1
    assert DBTaskResult.objects.get(pk=stale.id).status == "READY"
    assert DBTaskResult.objects.get(pk=fresh.id).status == "RUNNING"  # still within its lease
    assert DBTaskResult.objects.ready().filter(pk=stale.id).exists()


def test_a_task_of_a_worker_gone_silent_is_queued_again_at_once_and_a_live_workers_never(settings):
    """Production's lease is 15 minutes, longer than any task. A killed worker stops
    beating: its task goes back within a minute. A live worker keeps beating: its task
    is left to it, however long it runs."""
    from operations.models import WorkerBeat
    from operations.worker import SILENT_AFTER, beat

    settings.TASKS = DATABASE_BACKEND
    settings.TASK_LEASE_SECONDS = 900
    now = timezone.now()
    tomorrow = now + datetime.timedelta(days=1)
    killed, alive = (worker_heartbeat.using(run_after=tomorrow).enqueue() for _ in range(2))
    DBTaskResult.objects.filter(pk=killed.id).update(
        status="RUNNING", started_at=now - datetime.timedelta(minutes=2), worker_ids=["host-101"]
    )
    DBTaskResult.objects.filter(pk=alive.id).update(
        status="RUNNING", started_at=now - datetime.timedelta(hours=1), worker_ids=["host-101", "host-202"]
    )
    beat("host-101")
    beat("host-202")
    WorkerBeat.objects.filter(worker_id="host-101").update(seen_at=now - SILENT_AFTER - datetime.timedelta(seconds=1))

    assert reclaim_abandoned() == 1
    assert DBTaskResult.objects.get(pk=killed.id).status == "READY"
    assert DBTaskResult.objects.get(pk=alive.id).status == "RUNNING"


def test_the_queue_is_visible_to_those_allowed(admin_client, client, settings):
    settings.TASKS = DATABASE_BACKEND
    from django.contrib.auth.models import Group, User

    start_jobs()
    page = admin_client.get("/admin/tasks/").content.decode()
    assert "operations.tasks.worker_heartbeat" in page and "outbox" in page
    editor = User.objects.create_user("editor-tasks", password="editor-tasks-2026")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get("/admin/tasks/").status_code in (302, 403)


def test_smoke_fails_when_the_oldest_due_task_waits_too_long(settings):
    import io

    import pytest as _pytest
    from django.core.management import CommandError, call_command

    settings.TASKS = DATABASE_BACKEND
    settings.TASK_QUEUE_LATE_SECONDS = 60
    worker_heartbeat.using(run_after=timezone.now() - datetime.timedelta(minutes=30)).enqueue()
    out = io.StringIO()
    with _pytest.raises(CommandError):
        call_command("smoke", stdout=out)
    assert "FAIL  task queue: the oldest due task has waited" in out.getvalue()


@task()
def deadlocking_update(pk):
    """Fails as PostgreSQL fails one of two deadlocked reference-index updates."""
    from django.db import OperationalError

    raise OperationalError("deadlock detected\\nDETAIL:  Process 4242 waits for ShareLock on transaction 99")


def run_one(row):
    from django_tasks_db.management.commands.db_worker import Worker

    worker = Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    )
    row.claim("test-worker")
    worker.run_task(row)


def test_a_deadlocked_index_update_is_queued_again(settings):
    settings.TASKS = DATABASE_BACKEND
    first = deadlocking_update.enqueue(7)
    run_one(DBTaskResult.objects.get(pk=first.id))
    rows = DBTaskResult.objects.filter(task_path=deadlocking_update.module_path)
    assert rows.get(pk=first.id).status == "FAILED"
    (retry,) = rows.filter(status="READY")
    assert retry.args_kwargs == {"args": [7], "kwargs": {}}


def test_other_failures_are_not_retried(settings):
    settings.TASKS = DATABASE_BACKEND
    first = failing_update.enqueue()
    run_one(DBTaskResult.objects.get(pk=first.id))
    assert not DBTaskResult.objects.filter(status="READY", task_path=failing_update.module_path).exists()


@task()
def failing_update():
    raise ValueError("a bug, not a deadlock")
