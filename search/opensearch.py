"""OpenSearch with the same Indonesian and English analysis as Elasticsearch
(the mixins of search/elasticsearch.py), through opensearch-py 2.x and
modelsearch's `opensearch2` backend. Chosen by SEARCH_ENGINE=opensearch.

opensearch-py 2.x rather than 3.x: the 3.x client pulls grpcio and protobuf into
every installation, for an API this backend does not use."""

from wagtail.search.backends.opensearch2 import (
    OpenSearch2AutocompleteQueryCompiler,
    OpenSearch2Mapping,
    OpenSearch2SearchBackend,
    OpenSearch2SearchQueryCompiler,
)

from .elasticsearch import LanguageBackend, LanguageMapping, LanguageQuery


class Mapping(LanguageMapping, OpenSearch2Mapping):
    pass


class SearchQueryCompiler(LanguageQuery, OpenSearch2SearchQueryCompiler):
    mapping_class = Mapping


class AutocompleteQueryCompiler(OpenSearch2AutocompleteQueryCompiler):
    mapping_class = Mapping


class SearchBackend(LanguageBackend, OpenSearch2SearchBackend):
    mapping_class = Mapping
    query_compiler_class = SearchQueryCompiler
    autocomplete_query_compiler_class = AutocompleteQueryCompiler
