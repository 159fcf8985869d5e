from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class QueryLog(models.Model):
    """How often a query was asked on a day, and how many results it found.
    Only the words, with numbers that could identify a person removed."""

    query = models.CharField(max_length=100)
    language = models.CharField(max_length=10)
    day = models.DateField()
    hits = models.PositiveIntegerField(default=0)
    results = models.PositiveIntegerField(default=0, help_text=_("Results found the last time it was asked."))

    class Meta:
        verbose_name = _("search query")
        constraints = [
            models.UniqueConstraint(fields=["query", "language", "day"], name="one_log_row_per_query_and_day")
        ]
        indexes = [models.Index(fields=["day", "language"])]

    def __str__(self):
        return self.query

    @classmethod
    def record(cls, query, language, results):
        if not query:
            return
        row, _created = cls.objects.get_or_create(query=query, language=language, day=timezone.localdate())
        cls.objects.filter(pk=row.pk).update(hits=F("hits") + 1, results=results)
