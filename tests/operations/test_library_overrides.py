"""django-tasks-db's internals that operations/task_backend.py overrides."""

import inspect

from django_tasks_db.backend import DatabaseBackend

from operations.task_backend import FairDatabaseBackend


def test_the_stock_backend_still_builds_its_row_where_we_step_in():
    method = DatabaseBackend._task_to_db_task
    assert list(inspect.signature(method).parameters) == ["self", "task", "args", "kwargs"]
    # The stock backend stores "no run time" as the end of time; the fair queue depends on
    # replacing it before that happens.
    assert "run_after" in inspect.getsource(method)
    assert FairDatabaseBackend._task_to_db_task is not method
