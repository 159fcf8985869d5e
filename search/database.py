"""Wagtail's database search backend, with relevance ranking that scales on SQLite.

Wagtail's SQLite backend scores each candidate page with a correlated subquery
that runs the full-text MATCH again, so a common word over a few thousand pages
takes seconds. Here the full-text index is asked once for the best-ranked
entries with their scores; the page query then only filters those. PostgreSQL
and SQLite without FTS5 use Wagtail's backend unchanged.

Settings: WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.database"}}."""

from django.db import connection
from modelsearch.backends.database import SearchBackend as wagtail_database_backend


def SearchBackend(params):  # Wagtail calls the module's SearchBackend
    backend = wagtail_database_backend(dict(params))
    if connection.vendor != "sqlite" or backend.__class__.__name__ != "SQLiteSearchBackend":
        return backend
    # Imported only on SQLite: the module's models exist only there.
    from .sqlite_ranked import RankedSQLiteSearchBackend

    return RankedSQLiteSearchBackend(params)
