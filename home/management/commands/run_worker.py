from django.core.management import call_command
from django.core.management.base import BaseCommand

from home.tasks import enqueue_once, publish_scheduled_content, worker_heartbeat
from village_programs.outreach import schedule_delivery


class Command(BaseCommand):
    help = (
        "Run the background worker (django-tasks' database worker). At start it queues the periodic "
        "jobs and a delivery run, so work left by a worker that stopped is picked up."
    )

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=1.0, help="Seconds between polls of the queue.")
        parser.add_argument("--batch", action="store_true", help="Stop when the queue is empty.")

    def handle(self, *args, interval, batch, **options):
        schedule_delivery()
        enqueue_once(publish_scheduled_content)
        enqueue_once(worker_heartbeat)
        worker_args = ["--interval", str(interval)]
        if batch:
            worker_args.append("--batch")
        call_command("db_worker", *worker_args)
