"""When the search server is down, search says so and everything else keeps working."""

import pytest
from django.test import override_settings

from tests import world
from tests.conftest import free_port
from tests.html import soup, text

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["elasticsearch", "opensearch"])
def search_server_down(request):
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    backends = {"default": {"BACKEND": f"search.{request.param}", "URLS": [url], "TIMEOUT": 2}}
    with override_settings(WAGTAILSEARCH_BACKENDS=backends, SEARCH_URL=url, SEARCH_ENGINE=request.param):
        yield


def test_search_page_explains_and_offers_other_ways(site_client, search_server_down):
    response = site_client.get("/en/search/", {"q": "lost passport"})
    assert response.status_code == 503
    assert "Search is not available right now" in text(response)
    links = [a["href"] for a in soup(response).select(".no-results a")]
    assert world.path("faq", "en") in links and world.path("checklist", "en") in links


def test_suggestions_answer_empty(site_client, search_server_down):
    response = site_client.get("/en/search/suggest/", {"q": "lost"})
    assert response.status_code == 503
    assert response.json()["suggestions"] == []


def test_public_pages_keep_working(site_client, search_server_down):
    for path in (world.path("home"), world.path("lost_passport", "en"), world.path("faq")):
        assert site_client.get(path).status_code == 200
