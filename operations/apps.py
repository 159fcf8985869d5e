from django.apps import AppConfig


class OperationsConfig(AppConfig):
    name = "operations"
    verbose_name = "Background work and upkeep"

    def ready(self):
        from django_tasks.signals import task_finished

        from .tasks import retry_after_deadlock

        task_finished.connect(retry_after_deadlock, dispatch_uid="retry_after_deadlock")
