"""django-tasks' database backend, with a fair queue.

The stock backend stores a task enqueued without a run time as due at the end of
time, so it sorts after every dated task: under a backlog of delivery retries,
Wagtail's search and reference-index updates waited for the whole drain. Here a
task without a run time is due now, and the queue's own order (priority, then
run time) serves it in turn. Repeating jobs run at a lower priority than work
someone is waiting for (operations/tasks.py).

The one override of django-tasks-db's internals (`_task_to_db_task`);
tests/operations/test_library_overrides.py fails if the library changes it."""

from django.utils import timezone
from django_tasks_db.backend import DatabaseBackend

from core.library_versions import require

require("django-tasks-db", ">=0.13,<0.14", __name__)


class FairDatabaseBackend(DatabaseBackend):
    def _task_to_db_task(self, task, args, kwargs):
        if task.run_after is None:
            task = task.using(run_after=timezone.now())
        return super()._task_to_db_task(task, args, kwargs)
