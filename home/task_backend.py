"""django-tasks' database backend, with a fair queue.

The stock backend stores a task enqueued without a run time as due at the end of
time, so it sorts after every dated task: under a backlog of delivery retries,
Wagtail's search and reference-index updates waited for the whole drain. Here a
task without a run time is due now, and the queue's own order (priority, then
run time) serves it in turn. Repeating jobs run at a lower priority than work
someone is waiting for (home/tasks.py)."""

from django.utils import timezone
from django_tasks_db.backend import DatabaseBackend


class FairDatabaseBackend(DatabaseBackend):
    def _task_to_db_task(self, task, args, kwargs):
        if task.run_after is None:
            task = task.using(run_after=timezone.now())
        return super()._task_to_db_task(task, args, kwargs)
