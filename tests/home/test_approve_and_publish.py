"""Issue #33: a 500 was logged on a page's editor right after a reviewer approved and
published it. Every public page type, in both languages, is submitted by an editor
and approved by a reviewer; the editor then opens for both of them and the reader
gets the new version."""

import pytest
from django.urls import reverse
from wagtail.models import Page, Site, Workflow

from core import roles
from tests import world
from tests.factories import signed_in_member

pytestmark = pytest.mark.django_db


def world_pages():
    """One page of each type in each language: the failure was per page type."""
    home = Site.objects.get(hostname=world.HOST).root_page
    pages = Page.objects.filter(translation_key__in=home.get_descendants(inclusive=True).values("translation_key"))
    one_each = {}
    for page in pages.filter(alias_of__isnull=True).order_by("path").specific():
        one_each.setdefault((type(page), page.locale_id), page)
    return list(one_each.values())


def test_every_page_type_opens_after_approve_and_publish(site_client):
    editor, editing = signed_in_member(roles.EDITORS)
    reviewer, reviewing = signed_in_member(roles.REVIEWERS)
    workflow = Workflow.objects.get(name=roles.WORKFLOW)
    pages = world_pages()
    assert len({type(page) for page in pages}) >= 15
    for page in pages:
        page.seo_title = f"Disetujui {page.pk}"
        page.save_revision(user=editor)
        workflow.start(page, editor)
        task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
        approve = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk))
        assert reviewing.post(approve, {"comment": "Sudah diperiksa."}).status_code == 302, page
        page.refresh_from_db()
        assert page.live and not page.workflow_in_progress and page.seo_title == f"Disetujui {page.pk}", page
        for client in (reviewing, editing):
            assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200, page
        assert f"Disetujui {page.pk}" in site_client.get(page.url).content.decode(), page
