"""Elasticsearch 9 with Indonesian and English analysis, and the mixins that give
OpenSearch the same (search/opensearch.py).

Wagtail keeps all pages in one index. Every catch-all text field gets one
sub-field per language, analysed by that language's stemmer and stop words
with the synonyms (search/synonyms.txt and the editors' published ones) applied
at query time; a query reads the sub-field of the reader's language. Settings:
WAGTAILSEARCH_BACKENDS with "BACKEND": "search.elasticsearch" or "search.opensearch"
(config/settings/base.py chooses by SEARCH_ENGINE when SEARCH_URL is set).

Two backends, because the products no longer accept each other's clients: the
Elasticsearch 9 client refuses a server that does not say it is Elasticsearch
(tests/search/test_elasticsearch.py shows it against an OpenSearch stand-in).

The one override of modelsearch's Elasticsearch-family internals (`_remap_fields`,
shared by both products' query compilers); tests/search/test_library_overrides.py
fails if modelsearch changes it."""

from copy import deepcopy

from django.conf import settings
from django.utils.translation import get_language
from wagtail.search.backends.elasticsearch9 import (
    Elasticsearch9AutocompleteQueryCompiler,
    Elasticsearch9Mapping,
    Elasticsearch9SearchBackend,
    Elasticsearch9SearchQueryCompiler,
)

from core import text
from core.library_versions import require

require("modelsearch", ">=1.3,<1.4", __name__)

# Elasticsearch's built-in stop word lists for each site language.
ENGINE_LANGUAGES = {"id": "indonesian", "en": "english"}
# Its stemmers, chosen as the database backend's were (docs/search.md): a light English
# stemmer, as Porter makes "officer" and "office" one word; for Indonesian the engine's own,
# as PySastrawi's dictionary stemmer is not an Elasticsearch filter.
ENGINE_STEMMERS = {"id": "indonesian", "en": "light_english"}


def site_languages():
    return [code for code, _name in settings.LANGUAGES if code in ENGINE_LANGUAGES]


def synonym_rules(language):
    """synonyms.txt in the Solr format Elasticsearch reads, for one language."""
    lines = []
    for rule in text.rules_for(language):
        terms = ", ".join(rule.terms)
        lines.append(f"{terms} => {rule.target}" if rule.target else terms)
    return lines


def analysis():
    """Analyzers per language: `<lang>` for indexing, `<lang>_search` adds synonyms for queries."""
    filters, analyzers = {}, {}
    for language in site_languages():
        name = ENGINE_LANGUAGES[language]
        filters[f"{language}_stop"] = {"type": "stop", "stopwords": f"_{name}_"}
        filters[f"{language}_stemmer"] = {"type": "stemmer", "language": ENGINE_STEMMERS[language]}
        filters[f"{language}_synonyms"] = {
            "type": "synonym_graph",
            "synonyms": synonym_rules(language),
            "lenient": True,
        }
        base = ["lowercase", "asciifolding"]
        analyzers[language] = {
            "type": "custom",
            "tokenizer": "standard",
            "filter": [*base, f"{language}_stop", f"{language}_stemmer"],
        }
        analyzers[f"{language}_search"] = {
            "type": "custom",
            "tokenizer": "standard",
            "filter": [*base, f"{language}_synonyms", f"{language}_stop", f"{language}_stemmer"],
        }
    return {"analysis": {"filter": filters, "analyzer": analyzers}}


def index_settings():
    """What the backend adds to Wagtail's own index settings."""
    return {"settings": analysis()}


def language_subfields():
    return {
        language: {"type": "text", "analyzer": language, "search_analyzer": f"{language}_search"}
        for language in site_languages()
    }


def is_catch_all(field_name):
    return field_name == "_all_text" or field_name.startswith("_all_text_boost_")


class LanguageMapping:
    """Mixin for a modelsearch Elasticsearch-family mapping."""

    def get_mapping(self):
        mapping = super().get_mapping()
        for name, field_mapping in mapping["properties"].items():
            if is_catch_all(name):
                field_mapping["fields"] = language_subfields()
        return mapping


class LanguageQuery:
    """Mixin for a modelsearch Elasticsearch-family search query compiler."""

    def _remap_fields(self, fields):
        remapped = super()._remap_fields(fields)
        language = get_language()
        if language not in site_languages():
            return remapped
        # The reader's language first; the plain field still matches words no stemmer knows (names, codes).
        field_class = type(remapped[0]) if remapped else None
        extra = [
            field_class(f"{field.field_name}.{language}", field.boost)
            for field in remapped
            if is_catch_all(field.field_name)
        ]
        return remapped + extra


class LanguageBackend:
    """Mixin for a modelsearch Elasticsearch-family backend: the analysis in its index settings."""

    def __init__(self, params):
        params = dict(params)
        params["INDEX_SETTINGS"] = _merge(index_settings(), params.get("INDEX_SETTINGS", {}))
        super().__init__(params)


class Mapping(LanguageMapping, Elasticsearch9Mapping):
    pass


class SearchQueryCompiler(LanguageQuery, Elasticsearch9SearchQueryCompiler):
    mapping_class = Mapping


class AutocompleteQueryCompiler(Elasticsearch9AutocompleteQueryCompiler):
    mapping_class = Mapping


class SearchBackend(LanguageBackend, Elasticsearch9SearchBackend):
    mapping_class = Mapping
    query_compiler_class = SearchQueryCompiler
    autocomplete_query_compiler_class = AutocompleteQueryCompiler


def _merge(base, extra):
    merged = deepcopy(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged
