"""Editors improve search from real use (issue #30): a query that found nothing is
in the report with a link to add a synonym; once a reviewer publishes it, the next
search uses it, in every process, without a deploy."""

import pytest
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.test import Client

from search.models import QueryLog, SearchSynonym
from tests.factories import UserFactory, signed_in_member
from tests.html import form_data, soup

pytestmark = pytest.mark.django_db
TYPED = "kwitansi"  # no page of the test site has it, nor a word close to it
ADD = "/admin/snippets/search/searchsynonym/add/"


def member_of(group_name):
    return signed_in_member(group_name)[1]


def titles(site_client, words):
    page = soup(site_client.get("/id/cari/", {"q": words}))
    return [link.get_text(strip=True) for link in page.select(".result h2 a")]


def test_a_synonym_reaches_search_once_a_reviewer_publishes_it(site_client):
    cache.clear()
    assert titles(site_client, TYPED) == []
    report = soup(member_of("Editors").get("/admin/search/queries/"))
    add = next(a["href"] for a in report.select("a") if a.get_text(strip=True) in ("Add a synonym", "Tambah sinonim"))
    assert add.startswith(ADD) and f"typed={TYPED}" in add

    editor = member_of("Editors")
    data = form_data(editor.get(add))
    assert data["typed"] == TYPED and data["language"] == "id"
    data["meant"] = "bukti transfer"
    assert editor.post(add, data).status_code == 302  # a draft, for review
    synonym = SearchSynonym.objects.get(typed=TYPED)
    assert not synonym.live
    assert titles(site_client, TYPED) == []

    reviewer = member_of("Reviewers")
    edit = f"/admin/snippets/search/searchsynonym/edit/{synonym.pk}/"
    published = reviewer.post(edit, {**form_data(reviewer.get(edit)), "action-publish": "1"})
    assert published.status_code == 302
    assert SearchSynonym.objects.get(pk=synonym.pk).live
    assert titles(site_client, TYPED)[0] == "Sudah tertipu?"

    synonym.delete()
    assert titles(site_client, TYPED) == []


def test_a_synonym_that_says_nothing_new_is_refused_with_a_reason():
    editor = member_of("Editors")
    data = {**form_data(editor.get(ADD)), "typed": "kwitansi", "meant": "Kwitansi"}
    response = editor.post(ADD, data)
    assert response.status_code == 200
    assert not SearchSynonym.objects.exists()


def test_the_report_links_no_synonym_for_those_who_cannot_add_one():
    QueryLog.record(TYPED, "id", 0)
    viewer = UserFactory()
    viewer.user_permissions.add(*Permission.objects.filter(codename__in=["view_querylog", "access_admin"]))
    client = Client()
    client.force_login(viewer)
    page = soup(client.get("/admin/search/queries/"))
    assert TYPED in page.get_text() and not page.select(f'a[href^="{ADD}"]')
