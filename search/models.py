from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin

from core import text
from home.models import revisions_relation, workflow_states_relation


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


class SearchSynonym(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model):
    """Words readers type that the site words differently ("pungli" for "pungutan
    liar"), added by an editor from the searches that found nothing and published
    after review. Read with search/synonyms.txt, the starter list, by both database
    backends from the next search on (search.query.follow_synonyms)."""

    language = models.CharField(
        max_length=10,
        choices=[(code, name) for code, name in settings.LANGUAGES],
        default=settings.LANGUAGE_CODE,
        verbose_name=_("language"),
    )
    typed = models.CharField(
        max_length=200,
        help_text=_("What readers type, e.g. 'pungli'. Several ways of writing it: separate them with commas."),
        verbose_name=_("readers type"),
    )
    meant = models.CharField(
        max_length=200,
        help_text=_("The words our pages use for it, e.g. 'pungutan liar'."),
        verbose_name=_("search for"),
    )

    _revisions = revisions_relation("searchsynonym")
    workflow_states = workflow_states_relation("searchsynonym")

    panels = [FieldPanel("language"), FieldPanel("typed"), FieldPanel("meant")]

    class Meta:
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")

    def __str__(self):
        return f"{self.typed} → {self.meant}"

    @property
    def revisions(self):
        return self._revisions

    def typed_terms(self):
        return [term.strip() for term in self.typed.split(",") if text.words(term)]

    def clean(self):
        super().clean()
        if not self.typed_terms():
            raise ValidationError({"typed": _("Write at least one word readers type.")})
        if not text.words(self.meant):
            raise ValidationError({"meant": _("Write the words our pages use.")})
        if any(text.words(term) == text.words(self.meant) for term in self.typed_terms()):
            raise ValidationError({"meant": _("These are the same words readers type: write the ones our pages use.")})

    def rule(self):
        return text.Rule(self.language, self.typed_terms(), self.meant)
