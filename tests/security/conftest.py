import pytest


@pytest.fixture
def client(client):
    """The tests' own office site (tests/world.py), whose pages and villages these tests use."""
    from tests import world

    client.defaults["HTTP_HOST"] = world.HOST
    return client
