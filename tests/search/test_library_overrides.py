"""The search internals our backends override (search/sqlite_ranked.py, search/elasticsearch.py)."""

import inspect

import pytest
from django.db import connection
from wagtail.search.backends.elasticsearch9 import Elasticsearch9SearchQueryCompiler


def parameters(method):
    return list(inspect.signature(method).parameters)


@pytest.mark.skipif(connection.vendor != "sqlite", reason="modelsearch's SQLite backend loads only on SQLite")
def test_modelsearch_still_fetches_and_counts_sqlite_results_where_we_rank_them():
    from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchResults

    assert parameters(SQLiteSearchResults._do_search) == ["self"]
    assert parameters(SQLiteSearchResults._do_count) == ["self"]


def test_wagtail_still_remaps_elasticsearch_fields_in_one_place():
    assert parameters(Elasticsearch9SearchQueryCompiler._remap_fields) == ["self", "fields"]
    # Our override reads each remapped field's name and boost.
    source = inspect.getsource(Elasticsearch9SearchQueryCompiler._remap_fields)
    assert "boost" in source
