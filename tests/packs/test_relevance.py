"""Readers' own words must land on the right page: at rank one for at least 90 %
of the cases and in the top three for every one, on SQLite and on PostgreSQL; and the
fresh queries (relevance_fresh.py), tuning and held-out halves, above their floors."""

import os

import pytest
from django.core.management import call_command
from django.test import override_settings

from core import text
from search.query import forget_vocabulary
from tests.html import soup

from .relevance_cases import CASES, answers
from .relevance_fresh import HELD_OUT, TUNING

SEARCH_PATHS = {"id": "/id/cari/", "en": "/en/search/"}
RANK_ONE_TARGET = 0.9
pytestmark = pytest.mark.django_db


def top_slugs(client, language, query, count=3):
    page = soup(client.get(SEARCH_PATHS[language], {"q": query}))
    hrefs = [link["href"] for link in page.select(".result h2 a")][:count]
    return [href.rstrip("/").rsplit("/", 1)[-1] for href in hrefs]


def run_cases(client, cases=CASES):
    """(rows for the printed table, cases at rank one, cases missing from the top three)."""
    rows, first, misses = [], 0, []
    for language, query, expected in cases:
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


# Floors under the fresh halves, a little below what they scored on 2026-12-08 with the
# second block of queries (tuning 113/165 at rank 1 and 150/165 in the top 3; held-out
# 87/139 and 113/139): a change that makes search worse on queries nobody tuned for fails
# here. Raise them as search improves.
FRESH_FLOORS = {"fresh tuning half": (0.65, 0.88), "held-out half": (0.60, 0.78)}


@pytest.mark.django_db
@pytest.mark.parametrize("name, cases", [("fresh tuning half", TUNING), ("held-out half", HELD_OUT)])
def test_fresh_queries_stay_above_their_floor(client, capsys, settings, name, cases):
    settings.SEARCH_RATE_LIMIT = (10_000, 60)
    rows, first, misses = run_cases(client, cases)
    found = len(cases) - len(misses)
    with capsys.disabled():
        print(f"\n{name}: {first}/{len(cases)} at rank 1, {found}/{len(cases)} in the top 3")
        # The held-out half's failures are not printed: reading them is tuning on them.
        if os.environ.get("SEARCH_RELEVANCE_TABLE") and cases is TUNING:
            print("| language | query | page | rank |\n|---|---|---|---|\n" + "\n".join(rows))
    rank_one, top_three = FRESH_FLOORS[name]
    assert first / len(cases) >= rank_one, f"{name}: only {first}/{len(cases)} at rank 1"
    assert found / len(cases) >= top_three, f"{name}: only {found}/{len(cases)} in the top 3"


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
