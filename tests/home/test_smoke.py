"""manage.py smoke: one line per dependency, non-zero with a plain message when one is down."""

import datetime

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from operations.tasks import worker_heartbeat
from tests.conftest import free_port

pytestmark = pytest.mark.django_db


def heartbeat(minutes_ago):
    finished = timezone.now() - datetime.timedelta(minutes=minutes_ago)
    DBTaskResult.objects.create(
        task_path=worker_heartbeat.module_path,
        status="SUCCESSFUL",
        args_kwargs={"args": [], "kwargs": {}},
        queue_name="default",
        backend_name="default",
        priority=0,
        run_after=finished,
        started_at=finished,
        finished_at=finished,
    )


def run_smoke(capsys, *args):
    try:
        call_command("smoke", *args)
        error = None
    except CommandError as exc:
        error = str(exc)
    return capsys.readouterr().out, error


def test_all_up(capsys):
    heartbeat(0.5)
    out, error = run_smoke(capsys)
    assert error is None, out
    assert "ok    database" in out and "ok    cache" in out and "ok    search: database" in out
    assert "ok    task worker: last heartbeat" in out
    assert "ok    booking system: not configured" in out


def test_a_stopped_worker_is_reported(capsys):
    heartbeat(10)
    out, error = run_smoke(capsys)
    assert "FAIL  task worker: the last heartbeat was 10 minutes ago" in out
    assert error == "Down: task worker"


def test_no_worker_ever(capsys):
    out, error = run_smoke(capsys)
    assert "no worker has ever run here" in out and error == "Down: task worker"


def test_unreachable_booking_system_and_search_server(capsys):
    heartbeat(0.5)
    dead = f"http://127.0.0.1:{free_port()}"
    backends = {"default": {"BACKEND": "search.elasticsearch", "URLS": [dead], "TIMEOUT": 2}}
    with override_settings(
        BOOKING_API_URL=dead, BOOKING_API_TIMEOUT=2, WAGTAILSEARCH_BACKENDS=backends, SEARCH_URL=dead
    ):
        out, error = run_smoke(capsys)
    assert "FAIL  booking system" in out and "FAIL  search" in out
    assert error == "Down: search, booking system"
