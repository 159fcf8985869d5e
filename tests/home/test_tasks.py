"""Repeating background jobs stay single: enqueueing one that is already queued does nothing."""

import datetime

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from home.tasks import enqueue_once, start_jobs, worker_heartbeat

pytestmark = pytest.mark.django_db

DATABASE_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


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
    assert "home.tasks.worker_heartbeat" in queued
    assert "home.tasks.publish_scheduled_content" in queued
    assert "village_programs.tasks.deliver_outreach" in queued
