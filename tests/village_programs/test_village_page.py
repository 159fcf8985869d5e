"""A village's public page names the village as the registry does (issue #33)."""

import pytest

from tests import world
from tests.html import text

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_village_page_shows_its_kemendagri_code(site_client, language):
    assert world.VILLAGE in text(site_client.get(world.path("village", language)))
