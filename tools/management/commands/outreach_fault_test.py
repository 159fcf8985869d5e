import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from home.models import Office
from tools.booking_standin import BookingStandIn
from village_programs import outreach
from village_programs.models import OutboxEntry, OutreachRequest, Village

SECRET = "fault-test-secret"
# Jobs that reschedule themselves: each must be queued once, however often workers died.
REPEATING_JOBS = {
    "operations.tasks.worker_heartbeat",
    "operations.tasks.publish_scheduled_content",
    "operations.tasks.purge_personal_data",
    "village_programs.tasks.deliver_outreach",
}


class Command(BaseCommand):
    help = (
        "Fault test for outreach delivery: submit COUNT requests while the stand-in booking system fails, "
        "loses answers and hangs at random, and worker processes are killed and restarted; then check that "
        "the booking system holds every request exactly once. Creates its own village and requests."
    )

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=1000)
        parser.add_argument("--workers", type=int, default=3)
        parser.add_argument("--kills", type=int, default=12, help="How many times a worker is killed (SIGKILL).")
        parser.add_argument("--timeout", type=int, default=900, help="Seconds to wait for delivery.")
        parser.add_argument("--seed", type=int, default=7)

    def handle(self, *args, count, workers, kills, timeout, seed, **options):
        chance = random.Random(seed)
        run_started = timezone.now()
        # Marks this run's requests, and its processes to find any left behind at the end.
        tag = f"fault-{os.getpid()}-{int(time.time())}"
        # At least as rough as a real booking system on a bad day: 30 % errors, 5 % of
        # answers lost and 5 % of connections dropped after the request was held, 3 %
        # hanging past the client's timeout.
        standin = BookingStandIn(
            SECRET,
            fail_rate=0.30,
            lose_answer_rate=0.05,
            drop_rate=0.05,
            hang_rate=0.03,
            hang_seconds=2.5,
            seed=seed,
        ).start()
        env = {
            **os.environ,
            "BOOKING_API_URL": standin.url,
            "BOOKING_API_SECRET": SECRET,
            "BOOKING_API_TIMEOUT": "1",
            "BOOKING_RETRY_FIRST_SECONDS": "0.5",
            "LOG_LEVEL": "ERROR",
            # Killed workers leave tasks RUNNING; the heartbeat puts them back after this lease.
            "TASK_LEASE_SECONDS": "20",
            "KANIM_FAULT_TEST": tag,
        }
        settings.BOOKING_API_URL, settings.BOOKING_API_SECRET = standin.url, SECRET
        village = self.village()
        processes = []

        def start_worker():
            # Its own process group: a kill reaches the worker and anything it started.
            return subprocess.Popen(
                [sys.executable, "manage.py", "run_worker", "--interval", "0.2"],
                cwd=settings.BASE_DIR,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )

        try:
            processes = [start_worker() for _worker in range(workers)]
            started = time.monotonic()
            day = (timezone.localdate() + timezone.timedelta(days=30)).isoformat()
            for number in range(count):
                with transaction.atomic():
                    request = OutreachRequest.objects.create(
                        village=village,
                        place_name="Balai Desa",
                        place_address=tag,
                        preferred_dates=[day],
                        expected_applicants=25,
                        services=["new"],
                        contact_name=f"Uji {number}",
                        contact_phone="+6281234567890",
                    )
                    outreach.submit(request, None)
                if kills and number % max(count // (kills + 1), 1) == 0 and number:
                    self.kill_one(processes, chance, start_worker)
                    kills -= 1
            ours = OutreachRequest.objects.filter(place_address=tag)
            backlog = []
            while time.monotonic() - started < timeout:
                pending = OutboxEntry.objects.filter(request__in=ours, status=OutboxEntry.Status.PENDING).count()
                running = DBTaskResult.objects.filter(status="RUNNING").count()
                backlog.append((int(time.monotonic() - started), pending, running))
                if not pending and not running and not kills:
                    break
                if kills:
                    self.kill_one(processes, chance, start_worker)
                    kills -= 1
                time.sleep(2)
            elapsed = time.monotonic() - started
        finally:
            for process in processes:
                os.killpg(process.pid, signal.SIGTERM)  # finish the current task, then stop
            for process in processes:
                process.wait(timeout=60)
            standin.stop()
        orphans = self.processes_marked(tag)

        expected = {str(request_id) for request_id in ours.values_list("request_id", flat=True)}
        held = {request_id for request_id in standin.received if request_id in expected}
        missing = expected - held
        attempts = sum(1 for call in standin.calls if call["headers"].get("idempotency-key") in expected)
        states = dict(ours.values_list("state").annotate(n=Count("id")).order_by())
        failed = ours.filter(state=OutreachRequest.State.DELIVERY_FAILED).count()
        repeating = DBTaskResult.objects.filter(status="READY").values("task_path").annotate(n=Count("id"))
        duplicates = sum(row["n"] - 1 for row in repeating if row["task_path"] in REPEATING_JOBS)
        still_running = DBTaskResult.objects.filter(status="RUNNING").count()
        failed_tasks = DBTaskResult.objects.filter(status="FAILED", enqueued_at__gte=run_started)
        deadlocks = failed_tasks.filter(traceback__icontains="deadlock detected").count()
        samples = backlog[:: max(len(backlog) // 12, 1)]
        self.stdout.write(
            f"Requests submitted: {len(expected)}\n"
            f"Held by the booking system: {len(held)} distinct request_ids, each once (keyed by Idempotency-Key)\n"
            f"Missing: {len(missing)}\n"
            f"HTTP attempts: {attempts} ({attempts - len(held)} resends after failures, lost answers, killed workers)\n"
            f"States on the site: {states}\n"
            f"Time: {elapsed:.0f} s\n"
            f"Pending deliveries and running tasks over time (s, pending, running): {samples}\n"
            f"Task table: {duplicates} duplicate repeating jobs, {still_running} RUNNING rows, "
            f"{failed_tasks.count()} failed tasks ({deadlocks} deadlocks, each queued again)\n"
            f"Processes left behind: {len(orphans)}\n"
        )
        if missing or failed or len(held) != count:
            raise CommandError("Fault test FAILED: some requests were not delivered exactly once.")
        if duplicates or still_running or orphans:
            raise CommandError("Fault test FAILED: the task table or the processes were not left clean.")
        self.stdout.write(self.style.SUCCESS("Fault test passed: every request delivered, none lost, none doubled."))

    def kill_one(self, processes, chance, start_worker):
        index = chance.randrange(len(processes))
        os.killpg(processes[index].pid, signal.SIGKILL)
        processes[index].wait()
        processes[index] = start_worker()

    def processes_marked(self, marker):
        """Processes still running with this run's marker in their environment (Linux)."""
        found = []
        for environ in Path("/proc").glob("[0-9]*/environ"):
            try:
                if f"KANIM_FAULT_TEST={marker}".encode() in environ.read_bytes():
                    found.append(environ.parent.name)
            except OSError:
                continue
        return found

    def village(self):
        office = Office.objects.filter(code="karawang").order_by("locale_id").first() or Office.objects.first()
        if office is None:
            raise CommandError("Load the demo (manage.py load_demo) or create an office first.")
        village, _created = Village.objects.get_or_create(
            code="99.99.99.2999",
            defaults={
                "name": "Uji Ketahanan",
                "kecamatan": "Uji",
                "kabupaten": "Uji",
                "province": "Uji",
                "office": office,
                "editor_note": "Made by outreach_fault_test; safe to delete.",
            },
        )
        return village
