"""Every officer page, with all it loads, fits in 60 KB over the wire (gzip, as nginx
sends it): officers are on slow mobile data. `make bench` records the figures
(docs/benchmarks.md); this test fails when a page or an asset outgrows the budget."""

import gzip
import re

import pytest
from django.contrib.staticfiles import finders

from tests.factories import TrainingSessionFactory
from tests.page_types import OFFICER_PAGES

BUDGET = 60 * 1024


def gz(content):
    return len(gzip.compress(content, 6))


def transferred(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    page = response.content.decode()
    total = gz(response.content)
    for asset in set(re.findall(r'(?:href|src)="/static/([^"]+)"', page)):
        with open(finders.find(asset), "rb") as file:
            total += gz(file.read())
    for url in re.findall(r'rel="manifest" href="([^"]+)"', page) + re.findall(r'data-worker="([^"]+)"', page):
        total += gz(client.get(url).content)
    return total


@pytest.mark.parametrize("path", OFFICER_PAGES)
def test_officer_page_fits_the_budget(client, sukamaju_officer, path):
    # A dashboard with a full list of sessions, as after a year of the programme.
    TrainingSessionFactory.create_batch(12, village=sukamaju_officer.villages.first())
    client.force_login(sukamaju_officer.user)
    assert transferred(client, path) <= BUDGET
