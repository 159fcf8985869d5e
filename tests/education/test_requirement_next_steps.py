"""A requirement page leads on to what a reader needs next (issue #33): the checklist
and the office's hours and schedules, on the site being read, in its language."""

import pytest

from tests import world
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["id", "en"])
def test_a_requirement_page_links_to_the_checklist_and_the_schedules(site_client, language):
    page = soup(site_client.get(world.path("new_passport", language)))
    links = [a["href"] for a in page.select(".next-steps a")]
    assert links == [world.path("checklist", language), world.path("services", language)]
