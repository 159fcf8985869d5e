"""Background tasks, run by `manage.py run_worker` (django-tasks, database backend)."""

from django_tasks import task

from operations.tasks import PEOPLE_WAIT, enqueue_once

from . import outbox


def schedule_delivery(when=None):
    """Run the delivery task at `when` (now by default), unless it is queued by then already."""
    enqueue_once(deliver_outreach, when)


@task(priority=PEOPLE_WAIT)
def deliver_outreach():
    """Deliver the outreach requests that are due, then come back when the next one is
    (for an entry another worker holds, when its lease ends: never in a loop)."""
    outbox.deliver_due()
    following = outbox.next_due()
    if following is not None:
        schedule_delivery(following)
