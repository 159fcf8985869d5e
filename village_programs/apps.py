from django.apps import AppConfig


class VillageProgramsConfig(AppConfig):
    name = "village_programs"
    verbose_name = "Village programme"

    def ready(self):
        from operations.tasks import report_backlog, start_with_worker

        from . import retention  # noqa: F401 (registers its purges)
        from .notices import schedule_digest
        from .tasks import schedule_delivery

        # Requests left undelivered by a worker that stopped go out when one starts.
        start_with_worker(schedule_delivery)
        # Office staff hear each morning what waits for their review.
        start_with_worker(schedule_digest)
        from .outbox import backlog

        report_backlog(backlog)
