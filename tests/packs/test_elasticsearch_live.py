"""The relevance cases against a live Elasticsearch or OpenSearch cluster.

Runs only when SEARCH_URL is set (e.g. SEARCH_URL=http://127.0.0.1:9200 make test):
no Elasticsearch server can be installed on the project's own machines, where
tests/search/test_elasticsearch.py checks what the client library sends instead."""

import os

import pytest
from django.core.management import call_command
from django.test import override_settings
from wagtail.search.backends import get_search_backend

from .relevance_cases import CASES, answers
from .test_relevance import top_slugs

SEARCH_URL = os.environ.get("SEARCH_URL", "")
SEARCH_ENGINE = os.environ.get("SEARCH_ENGINE", "elasticsearch")

pytestmark = [
    pytest.mark.skipif(
        not SEARCH_URL, reason="SEARCH_URL is not set: no live Elasticsearch to test against (set it to run these)"
    ),
    pytest.mark.django_db,
]


@pytest.fixture
def live_backend():
    backends = {
        "default": {"BACKEND": f"search.{SEARCH_ENGINE}", "URLS": [SEARCH_URL], "INDEX_PREFIX": "kanim_test_"},
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=backends, SEARCH_URL=SEARCH_URL, SEARCH_ENGINE=SEARCH_ENGINE):
        call_command("update_index", verbosity=0)
        backend = get_search_backend("default")
        yield backend
        for index in ("kanim_test_wagtailcore_page",):
            backend.es.indices.delete(index=f"{index}*", ignore_unavailable=True)


def test_index_has_the_language_analyzers(live_backend):
    settings = live_backend.es.indices.get_settings(index="kanim_test_wagtailcore_page*")
    analysis = next(iter(settings.values()))["settings"]["index"]["analysis"]
    assert {"id", "id_search", "en", "en_search"} <= set(analysis["analyzer"])


def test_relevance_cases_on_elasticsearch(live_backend, client, capsys):
    misses, first = [], 0
    for language, query, expected in CASES:
        found = top_slugs(client, language, query)
        first += found[:1] and found[0] in answers(expected)
        if not set(found) & set(answers(expected)):
            misses.append(f"{language} {query!r}: expected {answers(expected)[0]}, got {found}")
    with capsys.disabled():
        print(f"\n{SEARCH_ENGINE} relevance: {first}/{len(CASES)} at rank 1, {len(misses)} missed")
    assert not misses, "\n".join(misses)
