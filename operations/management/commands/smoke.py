"""Check a running deployment: each dependency in one line, and a non-zero exit
with a plain message when one is down.

    manage.py smoke                          # this machine's settings
    manage.py smoke https://paspor.example   # and the public site over HTTP
"""

import datetime
import time
import urllib.request

import requests
from django.conf import settings
from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.utils import timezone

from operations.tasks import HEARTBEAT_EVERY, backlogs, queue_overview, worker_heartbeat

# A worker that has not run its heartbeat task for this long is taken for stopped.
HEARTBEAT_LATE = HEARTBEAT_EVERY * 3


class Command(BaseCommand):
    help = "Check the database, cache, search backend, task worker and booking system of a running site."

    def add_arguments(self, parser):
        parser.add_argument("url", nargs="?", help="The site's public address, to fetch its home page too.")

    def handle(self, *args, url=None, **options):
        checks = [
            ("database", self.database),
            ("cache", self.cache),
            ("search", self.search),
            ("task worker", self.worker),
            ("task queue", self.queue),
            ("booking system", self.booking),
        ]
        if url:
            checks.append(("public site", lambda: self.site(url)))
        failures = []
        for name, check in checks:
            try:
                message = check()
            except Exception as error:  # every failure is reported, in plain words
                message = None
                failures.append(name)
                self.stdout.write(f"FAIL  {name}: {error}")
            if message is not None:
                self.stdout.write(f"ok    {name}: {message}")
        if failures:
            raise CommandError("Down: " + ", ".join(failures))

    def database(self):
        started = time.monotonic()
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        return f"{connection.vendor}, answered in {(time.monotonic() - started) * 1000:.0f} ms"

    def cache(self):
        key = f"smoke:{time.time()}"
        cache.set(key, "ok", 30)
        if cache.get(key) != "ok":
            raise RuntimeError("a value written to the cache could not be read back")
        cache.delete(key)
        backend = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
        note = "" if settings.CACHES["default"]["BACKEND"].endswith("RedisCache") else " (local to each process)"
        return backend + note

    def search(self):
        from wagtail.models import Page

        list(Page.objects.live().search("paspor")[:1])
        return "Elasticsearch at " + settings.SEARCH_URL.split("@")[-1] if settings.SEARCH_URL else "database"

    def worker(self):
        from django_tasks_db.models import DBTaskResult

        last = (
            DBTaskResult.objects.filter(task_path=worker_heartbeat.module_path, status="SUCCESSFUL")
            .order_by("-finished_at")
            .values_list("finished_at", flat=True)
            .first()
        )
        if last is None:
            raise RuntimeError("no worker has ever run here: start `manage.py run_worker` (kanim-worker.service)")
        age = timezone.now() - last
        if age > HEARTBEAT_LATE:
            minutes = int(age / datetime.timedelta(minutes=1))
            raise RuntimeError(f"the last heartbeat was {minutes} minutes ago: is kanim-worker running?")
        return f"last heartbeat {int(age.total_seconds())} s ago"

    def queue(self):
        overview = queue_overview()
        for job in overview["jobs"]:
            waited = f", oldest due {int(job['waited'].total_seconds())} s" if job["waited"] else ""
            self.stdout.write(
                f"      {job['task_path']}: {job['queued']} queued ({job['due']} due), "
                f"{job['running']} running, {job['failed']} failed today{waited}"
            )
        for worker, seen in overview["workers"]:
            ago = int((timezone.now() - seen).total_seconds())
            self.stdout.write(f"      worker {worker}: last heartbeat {ago} s ago")
        for label, waiting, since in backlogs():
            age = f", oldest since {timezone.localtime(since):%Y-%m-%d %H:%M}" if since else ""
            self.stdout.write(f"      {label}: {waiting} waiting{age}")
        waited = overview["waited"]
        if waited is not None and waited.total_seconds() > settings.TASK_QUEUE_LATE_SECONDS:
            raise RuntimeError(
                f"the oldest due task has waited {int(waited.total_seconds())} s: are the workers keeping up?"
            )
        return "no task waiting" if waited is None else f"oldest due task waited {int(waited.total_seconds())} s"

    def booking(self):
        if not settings.BOOKING_API_URL:
            return "not configured: requests go to the office queue in the admin"
        response = requests.get(settings.BOOKING_API_URL, timeout=settings.BOOKING_API_TIMEOUT)
        if response.status_code >= 500:
            raise RuntimeError(f"{settings.BOOKING_API_URL} answered {response.status_code}")
        return f"{settings.BOOKING_API_URL} reachable (HTTP {response.status_code})"

    def site(self, url):
        with urllib.request.urlopen(url.rstrip("/") + "/id/", timeout=10) as response:
            return f"{url} answered {response.status}"
