"""From what a reader typed to what the search backend is asked."""

import unicodedata

from django.conf import settings
from django.core.cache import cache
from wagtail.models import Page
from wagtail.search.query import PlainText

from core import text

VOCABULARY_TIMEOUT = 60 * 60


def backend_errors():
    """What a search server that is down raises: the site carries on without search.
    The Elasticsearch client is imported only when a search server is configured:
    it costs each worker about 30 MB."""
    errors = [ConnectionError, TimeoutError]
    if settings.SEARCH_URL:
        from elastic_transport import ConnectionError as TransportConnectionError
        from elastic_transport import ConnectionTimeout
        from elasticsearch import ApiError, TransportError

        errors += [TransportConnectionError, ConnectionTimeout, TransportError, ApiError]
    return tuple(errors)


def clean(value, limit):
    """A query as typed, without control characters (a NUL breaks full-text
    queries) and extra spaces, cut to `limit` characters."""
    kept = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in str(value))
    return " ".join(kept.split())[:limit]


def vocabulary(locale):
    """Roots of every live page title in `locale` plus the synonyms list: what a
    misspelt word is corrected towards. Cached; publishing clears it."""
    key = f"search:vocabulary:{locale.language_code}"
    words = cache.get(key)
    if words is None:
        language = locale.language_code
        # Each distinct word once: with 50,000 pages, analysing every title took seconds.
        typed = set()
        for title in Page.objects.live().filter(locale=locale).values_list("title", flat=True):
            typed.update(text.words(title))
        words = {root for word in typed for root in text.token_roots(word, language)}
        analyzer = text.Analyzer.for_language(language)
        for targets in list(analyzer.roots.values()) + list(analyzer.phrases.values()):
            words.update(targets)
        words = frozenset(words)
        cache.set(key, words, VOCABULARY_TIMEOUT)
    return words


def forget_vocabulary(**kwargs):
    for language, _name in settings.LANGUAGES:
        cache.delete(f"search:vocabulary:{language}")


def roots(query, locale):
    language = locale.language_code
    return text.correct(text.analyse(query, language), vocabulary(locale))


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


def scrub(query):
    """The query as it may be logged: personal numbers and addresses replaced by '#'."""
    return text.without_personal_numbers(query).lower()[:100]
