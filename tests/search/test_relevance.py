"""Readers' own words must land on the right page: each query finds its page in
the top three, on SQLite and on PostgreSQL alike."""

import pytest

from tests.html import soup

from .relevance_cases import CASES

SEARCH_PATHS = {"id": "/id/cari/", "en": "/en/search/"}


def top_slugs(client, language, query, count=3):
    page = soup(client.get(SEARCH_PATHS[language], {"q": query}))
    hrefs = [link["href"] for link in page.select(".result h2 a")][:count]
    return [href.rstrip("/").rsplit("/", 1)[-1] for href in hrefs]


@pytest.mark.django_db
def test_readers_queries_find_their_page_in_the_top_three(client, capsys):
    assert len(CASES) >= 30
    misses, first = [], 0
    for language, query, expected in CASES:
        found = top_slugs(client, language, query)
        if found[:1] == [expected]:
            first += 1
        if expected not in found:
            misses.append(f"{language} {query!r}: expected {expected}, got {found}")
    with capsys.disabled():
        print(f"\nsearch relevance: {first}/{len(CASES)} at rank 1 ({first / len(CASES):.0%}), {len(misses)} missed")
    assert not misses, "\n".join(misses)
