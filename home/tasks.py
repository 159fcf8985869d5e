"""Shared background tasks, the helper that keeps self-rescheduling tasks
single, and the list of what the worker starts: each app registers its own
repeating jobs (in AppConfig.ready), so the worker imports no feature app."""

import datetime

from django.core.management import call_command
from django.db.models import Q
from django.utils import timezone
from django_tasks import task

PUBLISH_EVERY = datetime.timedelta(minutes=5)
HEARTBEAT_EVERY = datetime.timedelta(minutes=1)


_started_by_worker = []


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

        queued = DBTaskResult.objects.filter(task_path=task_to_run.module_path, status="READY").filter(
            Q(run_after__lte=when) | Q(run_after=get_date_max())
        )
        if queued.exists():
            return None
    return task_to_run.using(run_after=when).enqueue()


@task()
def publish_scheduled_content():
    """Wagtail's scheduled publishing (pages and fee rates set to go live later), every few minutes."""
    call_command("publish_scheduled")
    enqueue_once(publish_scheduled_content, timezone.now() + PUBLISH_EVERY)


@task()
def worker_heartbeat():
    """Proof of life for `manage.py smoke`: a worker that runs this every minute is alive."""
    enqueue_once(worker_heartbeat, timezone.now() + HEARTBEAT_EVERY)


@start_with_worker
def start_home_jobs():
    enqueue_once(publish_scheduled_content)
    enqueue_once(worker_heartbeat)
