from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class QueryLog(models.Model):
    """How often a query was asked on a day, and how many results it found.
    Only the words, with numbers that could identify a person removed."""

    query = models.CharField(max_length=100, verbose_name=_("query"))
    language = models.CharField(max_length=10, verbose_name=_("language"))
    day = models.DateField(verbose_name=_("day"))
    hits = models.PositiveIntegerField(default=0, verbose_name=_("hits"))
    results = models.PositiveIntegerField(
        default=0, help_text=_("Results found the last time it was asked."), verbose_name=_("results")
    )

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
