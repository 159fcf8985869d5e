"""Site search on the database backend: the database finds, Python ranks.

One query asks the full-text index (FTS5 on SQLite, the GIN-indexed search
vectors on PostgreSQL) for the best candidates among the site's live pages in
the reader's language, with their stored title and text. They are then ranked
here, the same way on both databases, so a reader gets the same answer whichever
one the office runs:

- BM25 over the page's roots (home/text.py), with inverse document frequency
  from the index, so a rare word counts for more than a common one;
- a word in the title counts more, and a title made of the query's words most;
- pages with every word of the query come before pages with some;
- the reader's intent: a question about money puts the fee page first, a
  question about a day or a place puts services and schedules first.

Elasticsearch ranks by itself (search/elasticsearch.py) and does not come here."""

import functools
import math
from dataclasses import dataclass
from functools import lru_cache

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.models import Page
from wagtail.search.models import IndexEntry

from core import page_cache, text

from .fts import fts_table

# How many of the index's matches are ranked here: far more than anyone reads.
CANDIDATES = 200
# On SQLite: FTS5's best matches, of which the site's pages in the reader's language are kept.
FTS_BEST = 500
# On PostgreSQL: the best title matches, pages with every word and with some words in their text.
TITLE_CANDIDATES, TEXT_CANDIDATES = 100, 100
# BM25's usual constants.
K1, B = 1.2, 0.75
# A query word in the title, and a title made of nothing but query words.
TITLE_WEIGHT, TITLE_COVERAGE_WEIGHT = 3.0, 2.0
# Document frequencies change only when pages are published; an hour is fresh enough.
STATISTICS_TIMEOUT = 60 * 60

# Words that say what the reader wants to know, as typed (before stop words go).
# They choose the type of page that comes first; the other words choose among those.
INTENTS = {
    "fees": {
        "id": {"biaya", "tarif", "harga", "ongkos", "pnbp"},
        "en": {"fee", "fees", "cost", "costs", "price", "prices", "charge", "tariff", "much"},
    },
    "schedules": {
        "id": {"jadwal", "sabtu", "minggu", "buka", "jam", "mall", "mal", "plaza"},
        "en": {"schedule", "schedules", "saturday", "saturdays", "weekend", "open", "opening", "hours", "mall"},
    },
    "requirements": {
        "id": {"syarat", "persyaratan", "persaratan", "syaratnya", "dokumen", "berkas"},
        "en": {"requirement", "requirements", "document", "documents"},
    },
}
# Words that make a query a question. A topic ("paspor anak", "calo") is best
# answered by its own page; a question may be answered by a FAQ entry.
QUESTION_WORDS = {
    "id": {"apa", "apakah", "bagaimana", "gimana", "berapa", "kapan", "bisakah", "siapa", "dimana", "mana", "kenapa"},
    "en": {"what", "how", "can", "do", "does", "is", "are", "who", "where", "when", "why", "must", "should", "which"},
}
# A FAQ entry's score when the query is a topic, not a question.
FAQ_ON_TOPIC = 0.75
# How to pay is a question about a procedure, not about amounts: "where to pay the
# fee" wants the payment answer, not the fee table.
NOT_ABOUT_AMOUNTS = {"bayar", "membayar", "pembayaran", "pay", "paying", "payment"}


@text.forget_with_analysis
@functools.cache
def intent_roots_for(search_type, language):
    return frozenset(text.analyse(" ".join(INTENTS[search_type].get(language, ())), language))


@dataclass
class Question:
    """What the ranking needs to know about what the reader typed."""

    language: str
    roots: list  # every root, "paspor" included: for how well a title fits
    meaningful: list  # the roots asked of the index (search.query.meaningful_roots)
    wanted_type: str | None = None
    intent_roots: frozenset = frozenset()
    is_question: bool = True

    @classmethod
    def read(cls, query, roots, meaningful, language):
        typed = set(text.words(query))
        wanted_type, intent_roots = None, frozenset()
        for search_type in INTENTS:
            # Compared as roots, so a phrase the synonyms turn into one word
            # ("travel document" is an SPLP) is not read as its parts.
            said = set(roots) & intent_roots_for(search_type, language)
            if search_type == "fees" and language == "en" and "much" in typed:
                said.add("much")
            if said and not (search_type == "fees" and typed & NOT_ABOUT_AMOUNTS):
                wanted_type, intent_roots = search_type, frozenset(said)
                break
        is_question = bool(typed & QUESTION_WORDS.get(language, set()))
        return cls(language, list(roots), list(meaningful), wanted_type, intent_roots, is_question)

    @property
    def scoring_roots(self):
        """The words that choose among pages of the wanted type: the intent's own
        words ("biaya", "syarat") only when the query has nothing else."""
        rest = [root for root in dict.fromkeys(self.meaningful) if root not in self.intent_roots]
        return rest or list(dict.fromkeys(self.meaningful))


@dataclass
class Candidate:
    pk: int
    title: str
    body: str
    content_type_id: int
    score: float = 0.0
    complete: bool = False  # has every word of the query

    @property
    def specific_class(self):
        """As on a Page: the search page needs only this and the pk until it shows a result."""
        return model_for(self.content_type_id)


@functools.cache
def model_for(content_type_id):
    # Content types never change while the site runs; asked once per candidate, twice per search.
    return ContentType.objects.get_for_id(content_type_id).model_class()


def type_of(candidate):
    """The search filter a candidate falls under (BasePage.search_type)."""
    return getattr(candidate.specific_class, "search_type", "other")


@dataclass(frozen=True)
class Scope:
    """The pages a search may return: live, public, in one language, on one site.
    Checked inside the full-text query, each candidate's page row looked up by
    primary key: asking for every page of the language first (a subquery of
    25,000 ids at 50,000 pages) cost more than the search itself."""

    locale_id: int
    path_prefix: str = ""  # the site's home page: its pages' paths start with it
    private_prefixes: tuple = ()  # pages under a view restriction (Wagtail's PageQuerySet.public)

    @classmethod
    def of(cls, home, locale):
        return cls(locale.pk, home.path if home else "", page_cache.private_paths())

    def sql(self):
        """A condition true when the page of the index entry `e` is in scope, and its parameters."""
        conditions = ["p.live", "p.locale_id = %s", "p.depth > 1", "p.path LIKE %s"]
        parameters = [self.locale_id, self.path_prefix + "%"]
        for prefix in self.private_prefixes:
            conditions.append("p.path NOT LIKE %s")
            parameters.append(prefix + "%")
        # A scalar subquery, which PostgreSQL never turns into a join: a hash join
        # would read every page of the language first.
        return (
            f"(SELECT {' AND '.join(conditions)} FROM {Page._meta.db_table} p WHERE p.id = {_page_id('e.object_id')})",
            parameters,
        )


def _page_types():
    # Snippets (fees) are indexed too, and their ids are not page ids.
    return sorted(get_descendants_content_types_pks(Page))


def _page_id(column):
    """The page id stored in the index's text column `column`, as an integer (NULL when it is not a number)."""
    if connection.vendor == "postgresql":
        return f"(CASE WHEN {column} ~ '^[0-9]+$' THEN {column}::integer END)"
    return f"CAST({column} AS INTEGER)"


def candidates(scope, roots):
    """The index's best matches for any of `roots` among the pages in `scope`, with their text."""
    if not roots:
        return []
    page_types = _page_types()
    if connection.vendor == "postgresql":
        return _postgres_candidates(scope, page_types, roots)
    return _sqlite_candidates(scope, page_types, roots)


def _sqlite_best(scope, page_types, matches, order, limit, columns="e.object_id"):
    """One statement: for each of `matches` in turn, FTS5 ranks its matches by
    itself (the cheap part) and the first of its best FTS_BEST in scope are kept,
    until there are `limit` (SQLite stops there: a later match is not ranked).
    Best first within each match."""
    table, fts = IndexEntry._meta.db_table, fts_table()
    in_scope, scope_parameters = scope.sql()
    types = ", ".join(str(int(pk)) for pk in page_types)
    part = (
        f"SELECT * FROM (SELECT {columns} FROM "
        f"(SELECT rowid, {order.format(fts=fts)} AS score FROM {fts} WHERE {fts} MATCH %s "
        f"ORDER BY score LIMIT {FTS_BEST}) AS best JOIN {table} e ON e.id = best.rowid "
        f"WHERE e.content_type_id IN ({types}) AND {in_scope} ORDER BY best.score LIMIT %s)"
    )
    parameters = []
    for match in matches:
        parameters += [match, *scope_parameters, limit]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM ({' UNION ALL '.join([part] * len(matches))}) LIMIT %s", [*parameters, limit])
        return cursor.fetchall()


def _postgres_candidates(scope, page_types, roots):
    """One statement in parts: the best title matches (short vectors, cheap to
    rank), pages whose text has every word, and (when fewer than 100 have) pages
    whose text has some of them;
    the text parts unranked: ranking every long text that matches a common word is
    what made search slow, and the ranking here reads the text anyway."""
    # Roots are [a-z0-9]+ (core.text.WORD): safe in a raw tsquery.
    any_word, every_word = " | ".join(roots), " & ".join(roots)
    table = IndexEntry._meta.db_table
    in_scope, scope_parameters = scope.sql()
    select = f"SELECT e.object_id, e.title_text, e.body_text, e.content_type_id FROM {table} e"
    where = "e.content_type_id = ANY(%s) AND {column} @@ to_tsquery('simple', %s) AND " + in_scope
    statement = (
        f"WITH every_word AS MATERIALIZED ({select} WHERE {where.format(column='e.body')} LIMIT {TEXT_CANDIDATES}) "
        f"({select} WHERE {where.format(column='e.title')} "
        f"ORDER BY ts_rank(e.title, to_tsquery('simple', %s)) DESC LIMIT {TITLE_CANDIDATES})"
        " UNION ALL SELECT * FROM every_word"
    )
    parameters = [page_types, every_word, *scope_parameters, page_types, any_word, *scope_parameters, any_word]
    if len(roots) > 1:
        # Pages with some of the words: weak matches, but all a query may have; not
        # read at all when there are enough pages with every word (a one-time filter).
        statement += (
            f" UNION ALL ({select} WHERE (SELECT count(*) FROM every_word) < {TEXT_CANDIDATES} "
            f"AND {where.format(column='e.body')} LIMIT {TEXT_CANDIDATES})"
        )
        parameters += [page_types, any_word, *scope_parameters]
    found = {}
    with connection.cursor() as cursor:
        cursor.execute(statement, parameters)
        for pk, title, body, content_type in cursor.fetchall():
            found.setdefault(int(pk), Candidate(int(pk), title, body, content_type))
    return list(found.values())


def _sqlite_candidates(scope, page_types, roots):
    """FTS5's best matches (bm25, with inverse document frequency) among the
    pages in scope, with their stored title and text."""
    quoted = [f'"{root}"' for root in roots]
    # Pages with every word first: when there are enough of them, pages with some
    # are not ranked at all (FTS5 ranking 30,000 pages that share one common word
    # was most of a search's time at 50,000 pages).
    matches = ["{title body}: (" + " AND ".join(quoted) + ")"]
    if len(roots) > 1:
        matches.append("{title body}: (" + " OR ".join(quoted) + ")")
    order = "bm25({fts}, 0, 1.0, " + str(TITLE_WEIGHT) + ")"
    rows = _sqlite_best(
        scope, page_types, matches, order, CANDIDATES, "e.object_id, e.title, e.body, e.content_type_id"
    )
    found = {}
    for pk, title, body, content_type in rows:
        found.setdefault(int(pk), Candidate(int(pk), title, body or "", content_type))
    return list(found.values())


def statistics(roots):
    """(number of indexed entries, {root: entries containing it}), cached."""
    keys = {root: f"search:df:{root}" for root in roots}
    found = cache.get_many([*keys.values(), "search:entries"])
    total = found.get("search:entries")
    if total is None:
        total = IndexEntry.objects.count()
        cache.set("search:entries", total, STATISTICS_TIMEOUT)
    frequencies = {}
    for root, key in keys.items():
        if key not in found:
            found[key] = _document_frequency(root)
            cache.set(key, found[key], STATISTICS_TIMEOUT)
        frequencies[root] = found[key]
    return max(total, 1), frequencies


def _document_frequency(root):
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery

        return IndexEntry.objects.filter(body=SearchQuery(root, search_type="raw", config="simple")).count()
    fts = fts_table()
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {fts} WHERE {fts} MATCH %s", ['{body}: "' + root + '"'])
        return cursor.fetchone()[0]


@text.forget_with_analysis
@lru_cache(maxsize=20_000)
def roots_of_title(title, language):
    return frozenset(text.analyse(title, language))


def rank(found, question):
    """`found` ordered best first: pages of the wanted type that fit, then pages
    with every word, then by score."""
    wanted = question.scoring_roots
    all_roots = set(question.roots)
    total, frequencies = statistics(wanted)
    idf = {root: math.log(1 + (total - frequencies[root] + 0.5) / (frequencies[root] + 0.5)) for root in wanted}
    tokens = [candidate.body.split() for candidate in found]
    average = max(sum(map(len, tokens)) / len(tokens), 1) if tokens else 1
    types = {}
    for candidate, body in zip(found, tokens, strict=True):
        length = len(body)
        title_roots = roots_of_title(candidate.title, question.language)
        score, matched = 0.0, 0
        for root in wanted:
            in_title = root in title_roots
            frequency = body.count(root)
            matched += bool(in_title or frequency)
            saturation = frequency * (K1 + 1) / (frequency + K1 * (1 - B + B * length / average))
            score += idf[root] * (saturation + TITLE_WEIGHT * in_title)
        if title_roots:
            score += TITLE_COVERAGE_WEIGHT * len(title_roots & all_roots) / len(title_roots)
        page_type = type_of(candidate)
        if not question.is_question and page_type == "faq":
            score *= FAQ_ON_TOPIC
        # Pages with every word before pages with some, without a cliff between them.
        candidate.score = score * matched / len(wanted)
        candidate.complete = matched == len(wanted)
        types[candidate.pk] = page_type
    return sorted(
        found, key=lambda candidate: (types[candidate.pk] == question.wanted_type, candidate.score), reverse=True
    )


def suggestions(scope, typed, limit):
    """Pages whose title words start with what has been typed ("biaya pa"), best
    first: the last word as a prefix, the others whole. One indexed query."""
    typed_words = text.words(typed)
    if not typed_words:
        return []
    page_types = _page_types()
    if connection.vendor == "postgresql":
        # Words are [a-z0-9]+ (core.text.WORD): safe in a raw tsquery.
        prefix = " & ".join(typed_words) + ":*"
        in_scope, parameters = scope.sql()
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT e.object_id FROM {IndexEntry._meta.db_table} e WHERE e.content_type_id = ANY(%s) "
                f"AND e.autocomplete @@ to_tsquery('simple', %s) AND {in_scope} "
                f"ORDER BY ts_rank(e.autocomplete, to_tsquery('simple', %s)) DESC, e.title_text LIMIT %s",
                [page_types, prefix, *parameters, prefix, limit],
            )
            return [int(pk) for (pk,) in cursor.fetchall()]
    match = "{autocomplete}: " + " ".join(f'"{word}"' for word in typed_words) + "*"
    return [int(pk) for (pk,) in _sqlite_best(scope, page_types, [match], "bm25({fts})", limit)]
