"""Shared background tasks, the helper that keeps self-rescheduling tasks
single, and the list of what the worker starts: each app registers its own
repeating jobs (in AppConfig.ready), so the worker imports no feature app."""

import datetime
import os

from django.conf import settings
from django.core.management import call_command
from django.db.models import Q
from django.utils import timezone
from django_tasks import task

PUBLISH_EVERY = datetime.timedelta(minutes=5)
HEARTBEAT_EVERY = datetime.timedelta(minutes=1)
PURGE_EVERY = datetime.timedelta(days=1)
# The order the worker serves due tasks in (docs/architecture.md, "Background work"):
# proof of life and the reclaim of dead workers' tasks first, so a backlog never makes
# a live worker look dead; then what a person waits for (a request reaching the
# booking system, an officer's notice); then index upkeep after edits (Wagtail's own
# tasks, default priority 0); repeating housekeeping last.
LIVENESS = 50
PEOPLE_WAIT = 10
REPEATING = -10


_started_by_worker = []
_backlogs = []


def report_backlog(count):
    """Register `count()` -> (label, waiting, oldest waiting time or None), shown
    beside the task queue (manage.py smoke, the admin's task report)."""
    _backlogs.append(count)
    return count


def backlogs():
    return [count() for count in _backlogs]


def start_with_worker(start):
    """Register `start()`, which (re)schedules a repeating job; the worker calls it when it starts."""
    _started_by_worker.append(start)
    return start


def start_jobs():
    for start in _started_by_worker:
        start()


def enqueue_once(task_to_run, when=None):
    """Enqueue `task_to_run` to run at `when` (now by default), unless one is
    already queued to run by then. Tasks that reschedule themselves would
    otherwise multiply with every trigger."""
    when = when or timezone.now()
    # The task's own backend, not django-tasks' `default_task_backend`: that is a
    # connection proxy, whose class says nothing about the backend behind it.
    backend = task_to_run.get_backend()
    if not backend.supports_defer:
        # A backend that runs tasks at once (tests, a site without a worker) cannot wait.
        return task_to_run.enqueue() if when <= timezone.now() else None
    from django_tasks_db.backend import DatabaseBackend

    if isinstance(backend, DatabaseBackend):
        # django-tasks has no "is it queued?" call; its database backend's table answers it.
        from django_tasks_db.models import DBTaskResult, get_date_max

        # A row dated at the end of time is one the stock backend stored "without a run time".
        queued = DBTaskResult.objects.filter(task_path=task_to_run.module_path, status="READY").filter(
            Q(run_after__lte=when) | Q(run_after=get_date_max())
        )
        if queued.exists():
            return None
    return task_to_run.using(run_after=when).enqueue()


def enqueue_unless_queued(task_to_run, *args):
    """Enqueue `task_to_run(*args)` unless the same call is already waiting: a burst
    of saves (a booking system scheduling twenty visits) re-indexes a page once."""
    from django_tasks_db.backend import DatabaseBackend
    from django_tasks_db.models import DBTaskResult

    if isinstance(task_to_run.get_backend(), DatabaseBackend):
        waiting = DBTaskResult.objects.filter(
            task_path=task_to_run.module_path, status="READY", args_kwargs={"args": list(args), "kwargs": {}}
        )
        if waiting.exists():
            return None
    return task_to_run.enqueue(*args)


def reindex(pages):
    """Queue a search re-index of `pages` (those showing a row that changed), as
    Wagtail queues its own after an edit: the worker does it once the save commits,
    once per page however many rows change before it gets there."""
    from modelsearch.tasks import insert_or_update_object_task

    for page in pages:
        enqueue_unless_queued(insert_or_update_object_task, page._meta.app_label, page._meta.model_name, str(page.pk))


@task(priority=REPEATING)
def publish_scheduled_content():
    """Wagtail's scheduled publishing (pages and fee rates set to go live later), every few minutes."""
    call_command("publish_scheduled")
    enqueue_once(publish_scheduled_content, timezone.now() + PUBLISH_EVERY)


@task(priority=LIVENESS)
def worker_heartbeat():
    """Proof of life for `manage.py smoke`: a worker that runs this every minute
    is alive. It also puts back in the queue what dead workers left running."""
    reclaim_abandoned()
    enqueue_once(worker_heartbeat, timezone.now() + HEARTBEAT_EVERY)


@task(priority=REPEATING)
def purge_personal_data():
    """Retention (UU PDP), daily: what each app keeps too long goes (home/retention.py)."""
    call_command("purge_personal_data", stdout=open(os.devnull, "w"))
    enqueue_once(purge_personal_data, timezone.now() + PURGE_EVERY)


def reclaim_abandoned():
    """Tasks a dead worker left RUNNING go back to the queue: at once when their worker
    has stopped beating (operations/worker.py), after the lease when it never beat (a
    stock db_worker). A live worker's task is never taken from it, however long it runs.
    Returns how many."""
    from django_tasks_db.models import DBTaskResult

    from .models import WorkerBeat
    from .worker import SILENT_AFTER

    now = timezone.now()
    WorkerBeat.objects.filter(seen_at__lt=now - datetime.timedelta(days=1)).delete()
    running = DBTaskResult.objects.filter(status="RUNNING").values_list("pk", "worker_ids", "started_at")
    running = [(pk, worker_ids[-1] if worker_ids else "", started_at) for pk, worker_ids, started_at in running]
    seen = dict(
        WorkerBeat.objects.filter(worker_id__in={owner for _pk, owner, _at in running}).values_list(
            "worker_id", "seen_at"
        )
    )
    expired = now - datetime.timedelta(seconds=settings.TASK_LEASE_SECONDS)
    abandoned = [
        pk
        for pk, owner, started_at in running
        if (seen[owner] < now - SILENT_AFTER if owner in seen else started_at is None or started_at < expired)
    ]
    return DBTaskResult.objects.filter(pk__in=abandoned, status="RUNNING").update(
        status="READY", run_after=now, started_at=None
    )


def last_finished(task_to_run):
    """When `task_to_run` last ran to the end, or None (database backend only)."""
    from django_tasks_db.backend import DatabaseBackend
    from django_tasks_db.models import DBTaskResult

    if not isinstance(task_to_run.get_backend(), DatabaseBackend):
        return None
    finished = DBTaskResult.objects.filter(task_path=task_to_run.module_path, status="SUCCESSFUL")
    return finished.order_by("-finished_at").values_list("finished_at", flat=True).first()


@start_with_worker
def start_home_jobs():
    reclaim_abandoned()
    enqueue_once(publish_scheduled_content)
    enqueue_once(worker_heartbeat)
    # Daily means daily however often workers start (a deploy, a crash loop).
    purged = last_finished(purge_personal_data)
    enqueue_once(purge_personal_data, purged + PURGE_EVERY if purged else None)


def queue_overview():
    """Per job: tasks queued, due, running and failed (last day), and how long
    the oldest due one has waited; and each worker's last beat (operations/worker.py)."""
    from django.db.models import Count, Min, Q
    from django_tasks_db.models import DBTaskResult

    now = timezone.now()
    day_ago = now - datetime.timedelta(days=1)
    jobs = (
        DBTaskResult.objects.values("task_path")
        .annotate(
            queued=Count("id", filter=Q(status="READY")),
            due=Count("id", filter=Q(status="READY", run_after__lte=now)),
            running=Count("id", filter=Q(status="RUNNING")),
            failed=Count("id", filter=Q(status="FAILED", finished_at__gte=day_ago)),
            oldest_due=Min("run_after", filter=Q(status="READY", run_after__lte=now)),
        )
        .filter(Q(queued__gt=0) | Q(running__gt=0) | Q(failed__gt=0))
        .order_by("task_path")
    )
    from .models import WorkerBeat

    workers = WorkerBeat.objects.filter(seen_at__gte=day_ago).order_by("-seen_at").values_list("worker_id", "seen_at")
    oldest = DBTaskResult.objects.filter(status="READY", run_after__lte=now).aggregate(Min("run_after"))
    return {
        "jobs": [{**job, "waited": now - job["oldest_due"] if job["oldest_due"] else None} for job in jobs],
        "workers": list(workers),
        "oldest_due": oldest["run_after__min"],
        "waited": now - oldest["run_after__min"] if oldest["run_after__min"] else None,
    }


def retry_after_deadlock(sender, task_result, **kwargs):
    """Two workers updating Wagtail's reference index for one object can deadlock
    on PostgreSQL, and one task fails. The update is idempotent: queue it again."""
    from django_tasks import TaskResultStatus

    if task_result.status != TaskResultStatus.FAILED:
        return
    if any("deadlock detected" in error.traceback.lower() for error in task_result.errors):
        retry_at = timezone.now() + datetime.timedelta(seconds=1)
        task_result.task.using(run_after=retry_at).enqueue(*task_result.args, **task_result.kwargs)
