from django.core.management import call_command
from django.core.management.base import BaseCommand

from home.tasks import start_jobs


class Command(BaseCommand):
    help = (
        "Run the background worker (django-tasks' database worker). At start it queues each app's "
        "repeating jobs, so work left by a worker that stopped is picked up."
    )

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=1.0, help="Seconds between polls of the queue.")
        parser.add_argument("--batch", action="store_true", help="Stop when the queue is empty.")

    def handle(self, *args, interval, batch, **options):
        start_jobs()
        worker_args = ["--interval", str(interval)]
        if batch:
            worker_args.append("--batch")
        call_command("db_worker", *worker_args)
