"""From what a reader typed to what the search backend is asked."""

import difflib

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, transaction
from wagtail.models import Page
from wagtail.search.query import PlainText

from core import page_cache, text

VOCABULARY_TIMEOUT = 60 * 60
# Advanced when an editor's synonym is published, changed or removed: each process
# then reads the synonyms afresh before its next search (follow_synonyms).
SYNONYMS_VERSION = "search:synonyms-version"
_synonyms_seen = [None]


def synonyms_changed(**kwargs):
    # Now and again after the commit: a search in between may have read the old rows.
    page_cache.invalidate(SYNONYMS_VERSION)


def follow_synonyms():
    """Forget this process's analysis when the editors' synonyms changed anywhere."""
    version = page_cache.generation(SYNONYMS_VERSION)
    if version != _synonyms_seen[0]:
        text.forget_analysis()
        forget_vocabulary()
        _synonyms_seen[0] = version


def published_rules():
    """The synonyms editors published, as rules for core.text."""
    from .models import SearchSynonym

    try:
        with transaction.atomic():  # a savepoint: a missing table must not spoil the caller's transaction
            return [synonym.rule() for synonym in SearchSynonym.objects.filter(live=True).order_by("pk")]
    except DatabaseError:
        return []  # before search's migrations have run: the starter list alone


def backend_errors():
    """What a search server that is down raises: the site carries on without search.
    The Elasticsearch client is imported only when a search server is configured:
    it costs each worker about 30 MB."""
    errors = [ConnectionError, TimeoutError]
    if settings.SEARCH_URL and settings.SEARCH_ENGINE == "opensearch":
        from opensearchpy.exceptions import OpenSearchException

        errors += [OpenSearchException]  # connection errors, timeouts and answers with an error status
    elif settings.SEARCH_URL:
        from elastic_transport import ConnectionError as TransportConnectionError
        from elastic_transport import ConnectionTimeout
        from elasticsearch import ApiError, TransportError

        errors += [TransportConnectionError, ConnectionTimeout, TransportError, ApiError]
    return tuple(errors)


def vocabulary(locale):
    """Roots of every live page title in `locale` plus the synonyms list: what a
    misspelt word is corrected towards. Cached; publishing clears it."""
    return _title_vocabulary(locale)[0]


def _title_vocabulary(locale):
    """(roots, words): the roots `vocabulary` returns, and every word of the live titles
    and of the synonyms as written (folded), never a misspelling a synonym corrects, for
    "did you mean" offers that read as words, not roots. One cached read for both."""
    key = f"search:vocabulary:{locale.language_code}"
    cached = cache.get(key)
    if cached is None:
        language = locale.language_code
        # Each distinct word once: with 50,000 pages, analysing every title took seconds.
        typed = set()
        for title in Page.objects.live().filter(locale=locale).values_list("title", flat=True):
            typed.update(text.words(title))
        roots = {root for word in typed for root in text.token_roots(word, language)}
        analyzer = text.Analyzer.for_language(language)
        for targets in list(analyzer.roots.values()) + list(analyzer.phrases.values()):
            roots.update(targets)
        # Suggestions may also use the synonyms' words, but never a misspelling they correct.
        for rule in text.rules_for(language):
            for term in [rule.target] if rule.target else rule.terms:
                typed.update(text.words(term))
        cached = (frozenset(roots), frozenset(word for word in typed if len(word) >= 3 and not word.isdigit()))
        cache.set(key, cached, VOCABULARY_TIMEOUT)
    return cached


def forget_vocabulary(**kwargs):
    for language, _name in settings.LANGUAGES:
        cache.delete(f"search:vocabulary:{language}")


def indexed(roots):
    """The roots some indexed page holds, whatever its field: a word the site uses is
    never "corrected" (tahun is not tahu), even when no title has it. Counts are cached."""
    if settings.SEARCH_URL:
        return set()  # the search server corrects nothing: its own analyzers read the words
    from .ranking import statistics

    _total, frequencies = statistics(roots)
    return {root for root, count in frequencies.items() if count}


def split_run_together(query, language, known):
    """Words typed without their space ("perpanjangpaspor", "lostpassport") split
    where both halves are words the site knows (`known` roots); others stay as typed."""
    fixed = []
    for word in text.words(query):
        halves = None
        if len(word) >= 8 and not word.isdigit() and not set(text.token_roots(word, language)) <= known:
            splits = [(word[:i], word[i:]) for i in range(3, len(word) - 2)]
            for left, right in splits:
                sides = [set(text.token_roots(side, language)) for side in (left, right)]
                if all(side and side <= known for side in sides):
                    halves = f"{left} {right}"
                    break
        fixed.append(halves or word)
    return " ".join(fixed)


def roots(query, locale):
    follow_synonyms()
    language = locale.language_code
    known = vocabulary(locale)
    analysed = text.analyse(split_run_together(query, language, known), language)
    unknown = [root for root in dict.fromkeys(analysed) if root not in known and len(root) >= 4]
    if unknown:
        known = known | indexed(unknown)
    return text.correct(analysed, known)


def meaningful_roots(query_roots):
    """The roots worth asking for: each once, and without the words on nearly
    every page (paspor, passport) unless they are all the query has."""
    meaningful = list(dict.fromkeys(query_roots))
    language_common = set().union(*text.COMMON.values())
    if any(root not in language_common for root in meaningful):
        meaningful = [root for root in meaningful if root not in language_common]
    return meaningful


def backend_queries(query, query_roots):
    """What to ask the backend, most precise first; results are merged in that order.

    The database backend gets the roots (it has no stemmer for Indonesian): first
    pages with every meaningful root, then pages with any. Elasticsearch gets the
    words as typed and applies its own analyzers and ranking."""
    if settings.SEARCH_URL:
        return [query]
    meaningful = meaningful_roots(query_roots)
    if not meaningful:
        return []
    words = " ".join(meaningful)
    if len(meaningful) == 1:
        return [PlainText(words)]
    return [PlainText(words, operator="and"), PlainText(words, operator="or")]


def did_you_mean(query, locale):
    """For a search that found nothing: the query with each word the site does not know
    replaced by the closest title word ("pasprot hlang" -> "paspor hilang"), or None when
    no word could be bettered. Looser than the automatic correction in `roots`, because
    the reader chooses whether to follow it."""
    language = locale.language_code
    known, candidates = _title_vocabulary(locale)
    typed = text.words(query)
    roots = {word: set(text.token_roots(word, language)) for word in typed}
    unknown = {word for word in typed if len(word) >= 4 and not word.isdigit() and not roots[word] <= known}
    if unknown:
        in_pages = indexed(set().union(*(roots[word] for word in unknown)))
        unknown = {word for word in unknown if not roots[word] <= in_pages}
    suggestion, changed = [], False
    for word in typed:
        match = difflib.get_close_matches(word, candidates, n=1, cutoff=0.7) if word in unknown else []
        changed |= bool(match) and match[0] != word
        suggestion.append(match[0] if match else word)
    return " ".join(suggestion) if changed else None


def scrub(query):
    """The query as it may be logged: personal numbers and addresses replaced by '#'."""
    return text.without_personal_numbers(query).lower()[:100]
