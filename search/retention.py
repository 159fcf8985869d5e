"""The query log is kept for QUERY_LOG_RETENTION_DAYS: enough for the editors'
reports, not a record of what readers asked for ever."""

from django.conf import settings

from operations.retention import cutoff, purger

from .models import QueryLog


@purger
def purge_query_log(dry_run):
    old = QueryLog.objects.filter(day__lt=cutoff(settings.QUERY_LOG_RETENTION_DAYS).date())
    count = old.count()
    if not dry_run:
        old.delete()
    return f"{count} search query log row(s)"
