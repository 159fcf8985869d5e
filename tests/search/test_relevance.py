"""Readers' own words must land on the right page: at rank one for at least 90 %
of the cases and in the top three for every one, on SQLite and on PostgreSQL."""

import os

import pytest
from django.core.management import call_command
from django.test import override_settings

from core import text
from search.query import forget_vocabulary
from tests.html import soup

from .relevance_cases import CASES, answers

SEARCH_PATHS = {"id": "/id/cari/", "en": "/en/search/"}
RANK_ONE_TARGET = 0.9


def top_slugs(client, language, query, count=3):
    page = soup(client.get(SEARCH_PATHS[language], {"q": query}))
    hrefs = [link["href"] for link in page.select(".result h2 a")][:count]
    return [href.rstrip("/").rsplit("/", 1)[-1] for href in hrefs]


def run_cases(client):
    """(rows for the printed table, cases at rank one, cases missing from the top three)."""
    rows, first, misses = [], 0, []
    for language, query, expected in CASES:
        found = top_slugs(client, language, query)
        ok = answers(expected)
        rank = next((position for position, slug in enumerate(found, start=1) if slug in ok), None)
        first += rank == 1
        if rank is None:
            misses.append(f"{language} {query!r}: expected {ok[0]}, got {found}")
        rows.append(f"| {language} | {query} | {' / '.join(ok)} | {rank or 'missed'} |")
    return rows, first, misses


@pytest.mark.django_db
def test_readers_queries_find_their_page(client, capsys, settings):
    settings.SEARCH_RATE_LIMIT = (10_000, 60)  # one reader asking a hundred questions in a minute
    assert len(CASES) >= 80
    rows, first, misses = run_cases(client)
    share = first / len(CASES)
    with capsys.disabled():
        vendor = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
        print(f"\nsearch relevance ({vendor}): {first}/{len(CASES)} at rank 1 ({share:.0%}), {len(misses)} missed")
        if os.environ.get("SEARCH_RELEVANCE_TABLE"):
            print("| language | query | page | rank |\n|---|---|---|---|\n" + "\n".join(rows))
    assert not misses, "\n".join(misses)
    assert share >= RANK_ONE_TARGET, f"only {share:.0%} at rank 1"


@pytest.mark.skipif(
    not os.environ.get("SEARCH_STEMMER_COMPARISON"),
    reason="a measurement, not a check: SEARCH_STEMMER_COMPARISON=1 compares the stemmers (docs/search.md)",
)
@pytest.mark.django_db
@pytest.mark.parametrize("stemmer", ["builtin", "snowball", "sastrawi"])
def test_compare_stemmers(client, capsys, stemmer):
    with override_settings(SEARCH_STEMMER=stemmer, SEARCH_RATE_LIMIT=(10_000, 60)):
        text.forget_analysis()
        forget_vocabulary()
        try:
            call_command("update_index", verbosity=0)
            _rows, first, misses = run_cases(client)
        finally:
            text.forget_analysis()
            forget_vocabulary()
    with capsys.disabled():
        print(f"\n{stemmer}: {first}/{len(CASES)} at rank 1, {len(misses)} not in the top 3")
