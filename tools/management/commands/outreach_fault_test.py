import datetime
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit

import requests
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import Count, Max
from django.utils import timezone, translation
from django_tasks_db.models import DBTaskResult

from home.models import Office
from operations.worker import worker_id
from tools.booking_standin import BookingStandIn
from tools.edge import free_port
from tools.management.commands.bench import percentile
from village_programs import outreach
from village_programs.models import Notice, OutboxEntry, OutreachRequest, OutreachStateChange, Village, VillageOfficer
from village_programs.notices import link

NOTIFIED_STATES = ["received", "scheduled", "declined", "completed"]

SECRET = "fault-test-secret"
# Jobs that reschedule themselves: each must be queued once, however often workers died.
REPEATING_JOBS = {
    "operations.tasks.worker_heartbeat",
    "operations.tasks.publish_scheduled_content",
    "operations.tasks.purge_personal_data",
    "village_programs.tasks.deliver_outreach",
}


LATE_NOTICE = datetime.timedelta(minutes=2)  # p95 of state change to e-mail
LATE_HEARTBEAT = datetime.timedelta(seconds=90)
DRAIN_BOUND = datetime.timedelta(minutes=10)  # last submission to last delivery
DELIVERY = "village_programs.tasks.deliver_outreach"


class Command(BaseCommand):
    help = (
        "Fault test for outreach delivery: submit COUNT requests over SUBMIT_SECONDS while the stand-in booking "
        "system fails, loses answers and hangs at random and sends signed status updates back to the site, and "
        "worker processes are killed (some in the middle of a delivery) and restarted until the outbox is drained. "
        "Then check that the booking system holds every request exactly once, that every notice reached the "
        "officer once and in time, and that the heartbeat kept time. Creates its own village, officer and requests."
    )

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=1000)
        parser.add_argument("--workers", type=int, default=3)
        parser.add_argument("--kills", type=int, default=12, help="At least this many SIGKILLs of a worker.")
        parser.add_argument(
            "--kill-every",
            type=float,
            default=None,
            help="Seconds between kills, drain included (by default SUBMIT_SECONDS / (KILLS + 1), so that "
            "KILLS fall within the submissions however fast the drain is).",
        )
        parser.add_argument("--callbacks", type=int, default=500, help="Status updates sent by the booking system.")
        parser.add_argument("--submit-seconds", type=float, default=120.0, help="Submissions are spread over this.")
        parser.add_argument("--timeout", type=int, default=1500, help="Seconds to wait for the run to settle.")
        parser.add_argument("--seed", type=int, default=7)

    def handle(self, *args, count, workers, kills, kill_every, callbacks, submit_seconds, timeout, seed, **options):
        self.chance = random.Random(seed)
        kill_every = kill_every or submit_seconds / (kills + 1)
        run_started = timezone.now()
        # Marks this run's requests, and its processes to find any left behind at the end.
        tag = f"fault-{os.getpid()}-{int(time.time())}"
        mail_file = Path(tempfile.mkdtemp(prefix="kanim-fault-")) / "mail.jsonl"
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
            "EMAIL_BACKEND": "tools.fault_mail.EmailBackend",
            "FAULT_MAIL_FILE": str(mail_file),
            "KANIM_FAULT_TEST": tag,
        }
        # The production lease (TASK_LEASE_SECONDS): a killed worker's task comes back
        # because the worker stopped beating, not because a short lease ran out.
        env.pop("TASK_LEASE_SECONDS", None)
        settings.BOOKING_API_URL, settings.BOOKING_API_SECRET = standin.url, SECRET
        village = self.village()
        officer = self.officer(village, tag)
        self.processes = []
        self.env = env
        site = self.start_site(env)
        sender = CallbackStream(standin, site.url, callbacks, submit_seconds, seed)
        kill_log = []  # (seconds, during a delivery, in the drain)

        try:
            self.processes = [self.start_worker() for _worker in range(workers)]
            started = time.monotonic()
            sender.start()
            day = (timezone.localdate() + datetime.timedelta(days=30)).isoformat()
            next_kill = started + kill_every
            submitted = 0
            last_submission = None
            backlog = []
            ours = OutreachRequest.objects.filter(place_address=tag)
            while time.monotonic() - started < timeout:
                now = time.monotonic()
                # Submit what is due by now: COUNT requests spread evenly over SUBMIT_SECONDS.
                while submitted < count and started + submitted * submit_seconds / count <= now:
                    with transaction.atomic():
                        request = OutreachRequest.objects.create(
                            village=village,
                            place_name="Balai Desa",
                            place_address=tag,
                            preferred_dates=[day],
                            expected_applicants=25,
                            services=["new"],
                            contact_name=f"Uji {submitted}",
                            contact_phone="+6281234567890",
                            created_by=officer,
                        )
                        outreach.submit(request, officer)
                    submitted += 1
                    last_submission = timezone.now()
                # Asked only once nothing more is coming, not at every turn of a loop that paces submissions.
                drained = submitted == count and sender.done() and not pending(ours)
                if now >= next_kill and not drained:
                    # Every other kill waits (a few seconds at most) for a worker in the middle of a delivery.
                    wait_for_delivery = len(kill_log) % 2 == 0 and now < next_kill + 5
                    during = self.kill_one(wait_for_delivery)
                    if during is not None:
                        kill_log.append((int(now - started), during, submitted == count))
                        next_kill = now + kill_every
                if int(now - started) // 10 > len(backlog):
                    running = DBTaskResult.objects.filter(status="RUNNING").count()
                    backlog.append((int(now - started), submitted, pending(ours), running))
                if drained and self.settled(officer):
                    break
                time.sleep(0.05 if submitted < count else 0.5)
            elapsed = time.monotonic() - started
        finally:
            sender.stop()
            for process in self.processes:
                os.killpg(process.pid, signal.SIGTERM)  # finish the current task, then stop
            for process in self.processes:
                process.wait(timeout=120)
            os.killpg(site.process.pid, signal.SIGTERM)
            site.process.wait(timeout=30)
            standin.stop()
        orphans = self.processes_marked(tag)
        failures = []

        # Every request held once by the booking system.
        expected = {str(request_id) for request_id in ours.values_list("request_id", flat=True)}
        held = {request_id for request_id in standin.received if request_id in expected}
        missing = expected - held
        attempts = sum(1 for call in standin.calls if call["headers"].get("idempotency-key") in expected)
        states = dict(ours.values_list("state").annotate(n=Count("id")).order_by())
        failed = ours.filter(state=OutreachRequest.State.DELIVERY_FAILED).count()
        if missing or failed or len(held) != count:
            failures.append("some requests were not delivered exactly once")
        last_delivery = OutboxEntry.objects.filter(request__in=ours).aggregate(at=Max("delivered_at"))["at"]
        drain = last_delivery - last_submission if last_delivery and last_submission else None
        if drain is None or drain > DRAIN_BOUND:
            failures.append(f"the outbox was not drained within {DRAIN_BOUND} of the last submission")

        # Every notice e-mailed once, soon after its change.
        notices = Notice.objects.filter(user=officer)
        changes = OutreachStateChange.objects.filter(request__in=ours, state__in=NOTIFIED_STATES).count()
        mails = Counter(map(mail_key, read_lines(mail_file)))
        with translation.override(officer.village_officer.language):
            wanted = Counter((str(notice.get_kind_display()), link(notice)) for notice in notices)
        unsent = notices.filter(emailed_at__isnull=True).count()
        doubled = sum(max(mails[key] - n, 0) for key, n in wanted.items())
        delays = [
            (emailed - created).total_seconds()
            for created, emailed in notices.values_list("created_at", "emailed_at")
            if emailed
        ] or [float("nan")]
        if notices.count() != changes or unsent or mails != wanted:
            failures.append("notices were not each e-mailed exactly once")
        if percentile(delays, 0.95) > LATE_NOTICE.total_seconds():
            failures.append(f"notice e-mails p95 later than {LATE_NOTICE}")

        # The heartbeat kept time; nothing was left running.
        beats = DBTaskResult.objects.filter(
            task_path="operations.tasks.worker_heartbeat", status="SUCCESSFUL", started_at__gte=run_started
        ).values_list("run_after", "started_at")
        late = max(((begun - due).total_seconds() for due, begun in beats), default=None)
        if late is None or late > LATE_HEARTBEAT.total_seconds():
            failures.append(f"the heartbeat ran more than {LATE_HEARTBEAT} late")
        repeating = DBTaskResult.objects.filter(status="READY").values("task_path").annotate(n=Count("id"))
        duplicates = sum(row["n"] - 1 for row in repeating if row["task_path"] in REPEATING_JOBS)
        still_running = DBTaskResult.objects.filter(status="RUNNING").count()
        failed_tasks = DBTaskResult.objects.filter(status="FAILED", enqueued_at__gte=run_started)
        deadlocks = failed_tasks.filter(traceback__icontains="deadlock detected").count()
        if duplicates or still_running or orphans:
            failures.append("the task table or the processes were not left clean")

        during_delivery = sum(1 for _at, during, _drain in kill_log if during)
        in_drain = sum(1 for _at, _during, drain_phase in kill_log if drain_phase)
        if len(kill_log) < kills or during_delivery < 3 or not in_drain:
            failures.append("too few kills, during deliveries or in the drain, to prove anything")

        answers = Counter(sender.answers)
        if set(answers) - {200}:
            failures.append("some status updates from the booking system were not accepted")
        self.stdout.write(
            f"Requests submitted: {len(expected)} over {submit_seconds:.0f} s\n"
            f"Held by the booking system: {len(held)} distinct request_ids, each once (keyed by Idempotency-Key)\n"
            f"Missing: {len(missing)}\n"
            f"HTTP attempts: {attempts} ({attempts - len(held)} resends after failures, lost answers, killed workers)\n"
            f"Status updates from the booking system: {len(sender.answers)} ({dict(sender.kinds)}), "
            f"answers {dict(answers)}\n"
            f"States on the site: {states}\n"
            f"Last delivery {drain.total_seconds() if drain else float('nan'):.0f} s after the last submission; "
            f"run {elapsed:.0f} s\n"
            f"Kills: {len(kill_log)} ({during_delivery} during a delivery, {in_drain} after the last submission) "
            f"at {[at for at, _during, _drain in kill_log]} s\n"
            f"Notices: {notices.count()} for {changes} state changes; e-mails {sum(mails.values())}, "
            f"{unsent} unsent, {doubled} doubled; state change to e-mail p50 {percentile(delays, 0.5):.0f} s, "
            f"p95 {percentile(delays, 0.95):.0f} s, max {max(delays):.0f} s\n"
            f"Heartbeats: {len(beats)}, at most {late if late is not None else float('nan'):.0f} s late\n"
            f"(s, submitted, pending deliveries, running tasks): {backlog[:: max(len(backlog) // 12, 1)]}\n"
            f"Task table: {duplicates} duplicate repeating jobs, {still_running} RUNNING rows, "
            f"{failed_tasks.count()} failed tasks ({deadlocks} deadlocks, each queued again)\n"
            f"Processes left behind: {len(orphans)}\n"
        )
        if failures:
            raise CommandError("Fault test FAILED: " + "; ".join(failures) + ".")
        self.stdout.write(
            self.style.SUCCESS("Fault test passed: every request delivered once, every notice e-mailed once, in time.")
        )

    def start_worker(self):
        # Its own process group: a kill reaches the worker and anything it started.
        return subprocess.Popen(
            [sys.executable, "manage.py", "run_worker", "--interval", "0.2"],
            cwd=settings.BASE_DIR,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )

    def start_site(self, env):
        """The site under gunicorn, where the booking system's status updates arrive."""
        port = free_port()
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "config.wsgi:application", "-b", f"127.0.0.1:{port}", "-w", "2"],
            cwd=settings.BASE_DIR,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        site = SimpleNamespace(url=f"http://127.0.0.1:{port}", process=process)
        deadline = time.monotonic() + 60
        while True:
            try:
                requests.get(site.url + "/alive/", timeout=2)
                return site
            except requests.ConnectionError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise CommandError("The site did not start under gunicorn.") from None
                time.sleep(0.3)

    def kill_one(self, delivering_only):
        """SIGKILL one worker and start another: the one running the delivery task if
        any does, else any. Returns whether the killed worker was delivering; None when
        `delivering_only` and no worker was (nobody killed)."""
        delivering = set()
        for worker_ids in DBTaskResult.objects.filter(status="RUNNING", task_path=DELIVERY).values_list(
            "worker_ids", flat=True
        ):
            if worker_ids:
                delivering.add(worker_ids[-1])
        names = [worker_id(process.pid) for process in self.processes]
        targets = [index for index, name in enumerate(names) if name in delivering]
        if delivering_only and not targets:
            return None
        index = self.chance.choice(targets) if targets else self.chance.randrange(len(names))
        os.killpg(self.processes[index].pid, signal.SIGKILL)
        self.processes[index].wait()
        self.processes[index] = self.start_worker()
        return names[index] in delivering

    def settled(self, officer):
        """Nothing left to do: every notice e-mailed, no task running."""
        return (
            not Notice.objects.filter(user=officer, emailed_at__isnull=True).exists()
            and not DBTaskResult.objects.filter(status="RUNNING").exists()
        )

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

    def officer(self, village, tag):
        user = get_user_model().objects.create_user(tag, email=f"{tag}@example.test", password=None)
        officer = VillageOfficer.objects.create(user=user, language="id", email_notices=True)
        officer.villages.add(village)
        return user


def read_lines(path):
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def mail_key(mail):
    """(subject, the path the e-mail's "Details" link leads to): one notice's mail."""
    details = re.search(r"https?://\S+", mail["body"]).group(0)
    return mail["subject"], urlsplit(details).path


def pending(ours):
    return OutboxEntry.objects.filter(request__in=ours, status=OutboxEntry.Status.PENDING).count()


class CallbackStream:
    """The booking system's side of the run: status updates for requests it holds, sent
    to the site while requests are still arriving (held ones are scheduled or declined,
    scheduled ones completed or moved to another day), spread over the submissions."""

    def __init__(self, standin, site_url, total, seconds, seed):
        self.standin, self.site_url, self.total, self.seconds = standin, site_url, total, seconds
        self.chance = random.Random(seed + 1)
        self.states = {}  # request_id -> what the booking system last told the site
        self.answers = []  # HTTP status of each update
        self.kinds = Counter()
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def start(self):
        self.thread.start()

    def stop(self):
        self.stopping.set()
        self.thread.join(timeout=60)

    def done(self):
        return len(self.answers) >= self.total or not self.thread.is_alive()

    def run(self):
        started = time.monotonic()
        while len(self.answers) < self.total and not self.stopping.is_set():
            due = started + 5 + len(self.answers) * self.seconds / self.total
            if self.stopping.wait(max(due - time.monotonic(), 0)):
                return
            with self.standin.lock:
                held = [
                    request_id
                    for request_id in self.standin.received
                    if self.states.get(request_id, "received") in ("received", "scheduled")
                ]
            if not held:
                continue
            request_id = self.chance.choice(held)
            state = self.states.get(request_id, "received")
            roll = self.chance.random()
            if state == "received" and roll < 0.25 or state == "scheduled" and roll < 0.1:
                update = {"status": "declined", "reason": "Kuota bulan ini sudah penuh."}
            elif state == "scheduled" and roll < 0.6:
                update = {"status": "completed"}
            else:
                day = timezone.now() + datetime.timedelta(days=self.chance.randint(20, 60))
                update = {
                    "status": "scheduled",
                    "scheduled_for": day.replace(hour=2, minute=0, second=0, microsecond=0).isoformat(),
                    "place": f"Balai Desa, meja {self.chance.randint(1, 9)}",
                    "quota": 50,
                }
            try:
                status = self.standin.send_update(self.site_url, request_id, **update).status_code
            except requests.RequestException:
                status = "no answer"
            self.answers.append(status)
            self.kinds[update["status"]] += 1
            if status == 200:
                self.states[request_id] = update["status"]
