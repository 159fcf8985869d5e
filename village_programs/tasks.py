"""Background tasks, run by `manage.py run_worker` (django-tasks, database backend)."""

from django_tasks import task

from . import outreach


@task()
def deliver_outreach():
    """Deliver the outreach requests that are due, then come back when the next one is."""
    outreach.deliver_due()
    following = outreach.next_due()
    if following is not None:
        outreach.schedule_delivery(following)
