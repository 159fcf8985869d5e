"""Delivery by real worker processes, against the site's own database and a
stand-in booking system on 127.0.0.1."""

import subprocess
import sys

import pytest

from tools.booking_standin import BookingStandIn

SECRET = "worker-test-secret"

CREATE = """
import datetime, uuid
from django.db import transaction
from django.utils import timezone
from village_programs import outreach
from village_programs.models import OutreachRequest, Village
village = Village.objects.get(code="98.01.01.2001")
day = (timezone.localdate() + datetime.timedelta(days=30)).isoformat()
for n in range({count}):
    with transaction.atomic():
        request = OutreachRequest.objects.create(
            village=village, place_name="Balai Desa", place_address="Sukamaju", preferred_dates=[day],
            expected_applicants=30, services=["new"], contact_name="Tes {tag}", contact_phone="+6281234567890",
        )
        outreach.submit(request, None)
"""

COUNT_RECEIVED = (
    "from village_programs.models import OutreachRequest;"
    "print(OutreachRequest.objects.filter(contact_name='Tes {tag}', state='received').count())"
)


@pytest.fixture
def standin():
    server = BookingStandIn(SECRET).start()
    yield server
    server.stop()


def booking_env(standin):
    return {
        "BOOKING_API_URL": standin.url,
        "BOOKING_API_SECRET": SECRET,
        "BOOKING_API_TIMEOUT": "5",
        "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
    }


def test_the_worker_command_delivers_through_django_tasks(site_process, standin):
    env = booking_env(standin)
    site_process.manage("shell", "-c", CREATE.format(count=3, tag="worker"), env=env)
    assert standin.calls == []  # nothing is sent from the web request itself
    site_process.manage("run_worker", "--batch", "--interval", "0.1", env=env)
    assert len({call["headers"]["idempotency-key"] for call in standin.calls}) == 3
    assert site_process.manage("shell", "-c", COUNT_RECEIVED.format(tag="worker"), env=env).split()[-1] == "3"


def test_two_concurrent_workers_deliver_each_request_once(site_process, standin):
    if not site_process.database_url.startswith("postgres"):
        pytest.skip("Row locking between workers is a PostgreSQL feature; run with DATABASE_URL=postgres://...")
    env = booking_env(standin)
    site_process.manage("shell", "-c", CREATE.format(count=60, tag="pair"), env=env)
    deliver = "from village_programs.outbox import deliver_due; print(deliver_due())"
    workers = [
        subprocess.Popen(
            [sys.executable, "manage.py", "shell", "-c", deliver],
            cwd=site_process.cwd,
            env={**site_process.env, **env},
            stdout=subprocess.PIPE,
            text=True,
        )
        for _worker in range(2)
    ]
    done = [int(worker.communicate(timeout=300)[0].strip().splitlines()[-1]) for worker in workers]
    keys = [call["headers"]["idempotency-key"] for call in standin.calls]
    assert sum(done) == 60 and all(count > 0 for count in done), done
    assert len(keys) == 60 and len(set(keys)) == 60
    assert site_process.manage("shell", "-c", COUNT_RECEIVED.format(tag="pair"), env=env).split()[-1] == "60"


BEATS = (
    "from operations.models import WorkerBeat; print('beats:', *WorkerBeat.objects.values_list('worker_id', flat=True))"
)


def test_a_worker_beats_while_it_runs_and_says_goodbye_when_stopped(site_process):
    """What reclaim_abandoned() reads: a live worker's beat, gone after a clean stop
    (SIGTERM), left to go stale after a kill. The stopped one runs with debug on: under
    an autoreloader a stop signal reached the reloader while the real worker carried on,
    so the worker is one process even then."""
    import os
    import signal
    import time
    from pathlib import Path

    from operations.worker import worker_id

    def start(**env):
        return subprocess.Popen(
            [sys.executable, "manage.py", "run_worker", "--interval", "0.5"],
            cwd=site_process.cwd,
            env={**site_process.env, "TASKS_BACKEND": "operations.task_backend.FairDatabaseBackend", **env},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )

    def beating(worker):
        names = site_process.manage("shell", "-c", BEATS).split("beats:")[-1].split()
        return worker_id(worker.pid) in names

    stopped, killed = start(DJANGO_DEBUG="on"), start()
    try:
        deadline = time.monotonic() + 60
        while not (beating(stopped) and beating(killed)):
            assert time.monotonic() < deadline and stopped.poll() is None and killed.poll() is None
            time.sleep(0.5)
        assert Path(f"/proc/{stopped.pid}/task/{stopped.pid}/children").read_text().split() == []
        os.kill(stopped.pid, signal.SIGTERM)  # the process alone, not its group: no reloader to pass it on
        os.killpg(killed.pid, signal.SIGKILL)
        assert stopped.wait(timeout=60) in (0, 1)
        killed.wait(timeout=10)
        assert not beating(stopped)
        assert beating(killed)  # its row stays and stops being renewed: reclaim_abandoned judges it
    finally:
        for worker in (stopped, killed):
            if worker.poll() is None:
                os.killpg(worker.pid, signal.SIGKILL)
