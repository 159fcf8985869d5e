"""Each worker's proof of life. django-tasks' worker runs one task at a time in its
main thread, so a beat from that thread (the heartbeat task) stops while a long task
runs; a beat from a thread of its own says the process is alive whatever it is doing.
The heartbeat task puts back what a silent worker left RUNNING (tasks.reclaim_abandoned)."""

import datetime
import logging
import os
import socket
import threading

from django.db import connection
from django.utils import timezone

from .models import WorkerBeat

logger = logging.getLogger(__name__)
BEAT_EVERY = datetime.timedelta(seconds=10)
# A worker not seen for this long is dead: six beats missed, a busy database included.
SILENT_AFTER = datetime.timedelta(seconds=60)


def worker_id(pid=None):
    """A worker's name, saying where it runs: the task table records it for each task."""
    return f"{socket.gethostname()}-{pid or os.getpid()}"[:64]


def beat(worker_id):
    WorkerBeat.objects.update_or_create(worker_id=worker_id, defaults={"seen_at": timezone.now()})


def keep_beating(worker_id):
    """Beat now, then every BEAT_EVERY from a daemon thread, which dies with the process."""
    beat(worker_id)
    stop = threading.Event()

    def run():
        while not stop.wait(BEAT_EVERY.total_seconds()):
            try:
                beat(worker_id)
            except Exception:  # a database restart: beat again next time
                logger.warning("Worker %s could not record its beat", worker_id, exc_info=True)
            finally:
                connection.close()  # this thread's own connection, not kept open between beats

    threading.Thread(target=run, name="worker-beat", daemon=True).start()
    return stop
