"""The tests' own office site (tests/world.py) is whole: every page answers in both languages."""

import pytest

from tests import world
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("key", world.PATHS)
@pytest.mark.parametrize("language", ["id", "en"])
def test_every_page_of_the_world_answers_in_both_languages(site_client, key, language):
    response = site_client.get(world.path(key, language))
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == language
    assert "Contoh" in page.select_one("footer").get_text()
