"""The ranked SQLite search backend: see search/database.py.

The one override of modelsearch's SQLite internals (`_do_search`, `_do_count` of its
results); tests/search/test_library_overrides.py fails if modelsearch changes them."""

from modelsearch.backends.database.sqlite.query import MatchExpression
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteAutocompleteQueryCompiler,
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchResults,
    normalize,
)
from modelsearch.query import MatchAll, Not, Phrase, PlainText
from modelsearch.utils import get_descendants_content_types_pks

from core.library_versions import require

require("modelsearch", ">=1.3,<1.4", __name__)

# How many of the best full-text matches are looked at before the page filters
# (live, public, language) apply. Far more than anyone pages through.
CANDIDATES = 2000


class Ranked:
    """For Wagtail's SQLite query compilers (search and autocomplete)."""

    def build_search_query_content(self, query, config=None):
        # modelsearch puts each term in FTS5 double quotes without escaping the
        # ones typed, so a '"' in any search box (the admin's too) was a syntax
        # error. FTS5 escapes a quote inside a string by doubling it.
        if isinstance(query, PlainText) and '"' in query.query_string:
            query = PlainText(query.query_string.replace('"', '""'), operator=query.operator, boost=query.boost)
        elif isinstance(query, Phrase) and '"' in query.query_string:
            query = Phrase(query.query_string.replace('"', '""'))
        return super().build_search_query_content(query, config)

    def ranked(self, config):
        """[(pk, score)] best first, or None when Wagtail's own path should answer."""
        query = normalize(self.query)
        if not self.order_by_relevance or isinstance(query, (MatchAll, Not)):
            return None
        match = MatchExpression(self.fields or self.FTS_TABLE_FIELDS, self.build_search_query(query, config))
        entries = (
            SQLiteFTSIndexEntry.objects.filter(match)
            .filter(index_entry__content_type__in=get_descendants_content_types_pks(self.queryset.model))
            .annotate(score=self._build_rank_expression(self.get_search_vectors(), config))
            .order_by("score")
            .values_list("index_entry__object_id", "score")[:CANDIDATES]
        )
        scores = {}
        for object_id, score in entries:
            scores.setdefault(str(object_id), score)
        allowed = self.queryset.filter(pk__in=list(scores)).values_list("pk", flat=True)
        # FTS5's bm25 is lower for better matches.
        return sorted(((pk, scores[str(pk)]) for pk in allowed), key=lambda pair: (pair[1], -pair[0]))


class RankedQueryCompiler(Ranked, SQLiteSearchQueryCompiler):
    pass


class RankedAutocompleteQueryCompiler(Ranked, SQLiteAutocompleteQueryCompiler):
    pass


class RankedResults(SQLiteSearchResults):
    def _ranked(self):
        if not hasattr(self, "_ranked_cache"):
            compiler = self.query_compiler
            self._ranked_cache = compiler.ranked(compiler.get_config(self.backend))
        return self._ranked_cache

    def _do_search(self):
        ranked = self._ranked()
        if ranked is None:
            return super()._do_search()
        window = ranked[self.start : self.stop]
        objects = self.query_compiler.queryset.in_bulk([pk for pk, _score in window])
        results = []
        for pk, score in window:
            if pk in objects:
                if self._score_field:
                    setattr(objects[pk], self._score_field, score)
                results.append(objects[pk])
        return results

    def _do_count(self):
        ranked = self._ranked()
        if ranked is None:
            return super()._do_count()
        return len(ranked[self.start : self.stop])


class RankedSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = RankedQueryCompiler
    autocomplete_query_compiler_class = RankedAutocompleteQueryCompiler
    results_class = RankedResults
