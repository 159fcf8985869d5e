"""The Elasticsearch index settings, mappings and queries, as the real client
library sends them over HTTP. No Elasticsearch server can run here, so a small
HTTP server on 127.0.0.1 answers in its place and records what it was sent;
tests/search/test_elasticsearch_live.py runs against a real cluster."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.test import override_settings
from django.utils import translation
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from core import text
from education.models import RequirementPage
from search import elasticsearch


class StandIn(BaseHTTPRequestHandler):
    """Answers as Elasticsearch 9 does: its product header and media type on every answer."""

    root = {"version": {"number": "9.1.0"}, "tagline": "You Know, for Search"}
    headers_sent = {
        # The Elasticsearch client refuses servers that do not say they are Elasticsearch.
        "X-Elastic-Product": "Elasticsearch",
        "Content-Type": "application/vnd.elasticsearch+json;compatible-with=9",
    }

    def _answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.server.requests.append((self.command, self.path, json.loads(body) if body else None))
        if self.path.split("?")[0].endswith("/_search"):
            payload = {"took": 1, "timed_out": False, "hits": {"total": {"value": 0, "relation": "eq"}, "hits": []}}
        elif self.path == "/":
            payload = self.root
        else:
            payload = {"acknowledged": True}
        data = json.dumps(payload).encode()
        self.send_response(200)
        for header, value in self.headers_sent.items():
            self.send_header(header, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = _answer

    def log_message(self, *args):
        pass


class OpenSearchStandIn(StandIn):
    """Answers as OpenSearch 2 does: plain JSON, no Elasticsearch product header."""

    root = {
        "version": {"distribution": "opensearch", "number": "2.19.1"},
        "tagline": "The OpenSearch Project: https://opensearch.org/",
    }
    headers_sent = {"Content-Type": "application/json; charset=UTF-8"}


def serve(handler):
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.requests = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture
def stand_in():
    server = serve(StandIn)
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def opensearch_stand_in():
    server = serve(OpenSearchStandIn)
    yield server
    server.shutdown()
    server.server_close()


def backend_for(module, server):
    url = f"http://127.0.0.1:{server.server_port}"
    backends = {"es": {"BACKEND": module, "URLS": [url], "INDEX_PREFIX": "test_", "TIMEOUT": 5}}
    return override_settings(WAGTAILSEARCH_BACKENDS=backends)


@pytest.fixture
def backend(stand_in):
    with backend_for("search.elasticsearch", stand_in):
        yield get_search_backend("es")


@pytest.fixture
def opensearch(opensearch_stand_in):
    with backend_for("search.opensearch", opensearch_stand_in):
        yield get_search_backend("es")


def sent(stand_in, method, path_end):
    return [body for m, path, body in stand_in.requests if m == method and path.split("?")[0].endswith(path_end)]


def test_index_is_created_with_indonesian_and_english_analyzers_and_the_synonyms_file(backend, stand_in):
    backend.get_index_for_model(Page).put()
    (body,) = sent(stand_in, "PUT", "/test_wagtailcore_page")
    analysis = body["settings"]["analysis"]
    analyzers = analysis["analyzer"]
    assert analyzers["id"]["filter"] == ["lowercase", "asciifolding", "id_stop", "id_stemmer"]
    assert analyzers["id_search"]["filter"] == ["lowercase", "asciifolding", "id_synonyms", "id_stop", "id_stemmer"]
    assert analyzers["en_search"]["filter"][2] == "en_synonyms"
    assert analysis["filter"]["id_stemmer"] == {"type": "stemmer", "language": "indonesian"}
    # The same choice as the database backend's: a light English stemmer (docs/search.md).
    assert analysis["filter"]["en_stemmer"] == {"type": "stemmer", "language": "light_english"}
    assert analysis["filter"]["en_stop"] == {"type": "stop", "stopwords": "_english_"}
    id_synonyms = analysis["filter"]["id_synonyms"]
    assert id_synonyms["type"] == "synonym_graph"
    assert "biaya, tarif, harga, ongkos, pnbp, denda" in id_synonyms["synonyms"]
    assert "pasport, pasfor, paspot, pasppor, pspor => paspor" in id_synonyms["synonyms"]
    # Rules for every language reach both; rules for the other language do not.
    assert "whatsapp, wa, whatsap, watsap" in analysis["filter"]["en_synonyms"]["synonyms"]
    assert not any("biaya" in rule for rule in analysis["filter"]["en_synonyms"]["synonyms"])
    # Wagtail's own autocomplete analyzers are kept.
    assert "edgengram_analyzer" in analyzers


def test_every_rule_in_the_synonyms_file_reaches_elasticsearch():
    rules = text.rules()
    sent_rules = elasticsearch.synonym_rules("id") + elasticsearch.synonym_rules("en")
    assert len(sent_rules) == sum(2 if rule.language == "*" else 1 for rule in rules)


def test_catch_all_fields_have_a_sub_field_per_language(backend, stand_in):
    backend.get_index_for_model(RequirementPage).add_model(RequirementPage)
    (mapping,) = sent(stand_in, "PUT", "/test_wagtailcore_page/_mapping")
    all_text = mapping["properties"]["_all_text"]
    assert all_text["fields"]["id"] == {"type": "text", "analyzer": "id", "search_analyzer": "id_search"}
    assert all_text["fields"]["en"]["analyzer"] == "en"
    boosted = [name for name in mapping["properties"] if name.startswith("_all_text_boost_")]
    assert boosted and all(mapping["properties"][name]["fields"]["id"]["analyzer"] == "id" for name in boosted)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["id", "en"])
def test_a_query_reads_the_sub_field_of_the_readers_language(backend, stand_in, language):
    with translation.override(language):
        list(backend.search("kehilangan paspor", Page.objects.live()))
    (body,) = sent(stand_in, "POST", "/_search") or sent(stand_in, "GET", "/_search")
    query = json.dumps(body["query"])
    assert f"_all_text.{language}" in query
    other = "en" if language == "id" else "id"
    assert f"_all_text.{other}" not in query
    assert "kehilangan paspor" in query  # the words as typed: Elasticsearch does its own analysis


def test_a_document_carries_the_roots_the_database_backend_uses_too(backend):
    # The same page document works with either backend: roots are one more text field.
    from wagtail.search.backends.elasticsearch9 import Elasticsearch9Mapping

    fields = Elasticsearch9Mapping(RequirementPage).get_mapping()["properties"]
    assert "home_basepage__search_roots" in fields or any("search_roots" in name for name in fields)


def test_opensearch_gets_the_same_analysis_and_mappings(opensearch, opensearch_stand_in):
    opensearch.get_index_for_model(Page).put()
    (body,) = sent(opensearch_stand_in, "PUT", "/test_wagtailcore_page")
    analysis = body["settings"]["analysis"]
    assert analysis["analyzer"]["id_search"]["filter"][2] == "id_synonyms"
    assert "biaya, tarif, harga, ongkos, pnbp, denda" in analysis["filter"]["id_synonyms"]["synonyms"]
    opensearch.get_index_for_model(RequirementPage).add_model(RequirementPage)
    (mapping,) = sent(opensearch_stand_in, "PUT", "/test_wagtailcore_page/_mapping")
    assert mapping["properties"]["_all_text"]["fields"]["en"]["search_analyzer"] == "en_search"


@pytest.mark.django_db
def test_an_opensearch_query_reads_the_sub_field_of_the_readers_language(opensearch, opensearch_stand_in):
    with translation.override("en"):
        list(opensearch.search("lost passport", Page.objects.live()))
    (body,) = sent(opensearch_stand_in, "POST", "/_search") or sent(opensearch_stand_in, "GET", "/_search")
    assert "_all_text.en" in json.dumps(body["query"]) and "_all_text.id" not in json.dumps(body["query"])


@pytest.mark.django_db
def test_the_elasticsearch_client_refuses_an_opensearch_server(opensearch_stand_in):
    """Why there are two backends: "Elasticsearch or OpenSearch" through one client fails
    on the first request."""
    from elasticsearch import UnsupportedProductError

    with backend_for("search.elasticsearch", opensearch_stand_in):
        with pytest.raises(UnsupportedProductError):
            list(get_search_backend("es").search("paspor", Page.objects.live()))
