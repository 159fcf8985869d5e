from django.db import models
from django.utils.translation import gettext_lazy as _


class WorkerBeat(models.Model):
    """A running worker's proof of life, renewed every few seconds by a thread of its
    own (operations/worker.py), even while its task runs for minutes. A task RUNNING
    under a worker that has gone silent is queued again at once, rather than after a
    lease long enough for the slowest task."""

    worker_id = models.CharField(max_length=64, primary_key=True, verbose_name=_("worker"))
    seen_at = models.DateTimeField(db_index=True, verbose_name=_("last seen"))

    class Meta:
        verbose_name = _("worker")
        verbose_name_plural = _("workers")

    def __str__(self):
        return self.worker_id
