from django.core.management import call_command
from django.core.management.base import BaseCommand

from operations.models import WorkerBeat
from operations.tasks import start_jobs
from operations.worker import keep_beating, worker_id


class Command(BaseCommand):
    help = (
        "Run the background worker (django-tasks' database worker). At start it queues each app's "
        "repeating jobs, so work left by a worker that stopped is picked up."
    )

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=1.0, help="Seconds between polls of the queue.")
        parser.add_argument("--batch", action="store_true", help="Stop when the queue is empty.")
        parser.add_argument(
            "--reload",
            action="store_true",
            help="Restart on code changes (development only). Off by default, even with debug on: under "
            "the reloader a stop signal reaches the reloader, not the worker.",
        )

    def handle(self, *args, interval, batch, reload, **options):
        start_jobs()
        # The worker's name says where it runs; heartbeats are reported per worker (manage.py smoke).
        name = worker_id()
        worker_args = ["--interval", str(interval), "--worker-id", name, "--reload" if reload else "--no-reload"]
        if batch:
            worker_args.append("--batch")
        beating = keep_beating(name)
        try:
            # SIGTERM (systemd's stop) lets the current task finish; a second one stops at once.
            call_command("db_worker", *worker_args)
        finally:
            beating.set()
            WorkerBeat.objects.filter(worker_id=name).delete()  # stopped, not dead
