"""Issue #33: an editor who may not publish sends a finished translation to the
reviewers from wagtail-localize's editor, and is told why publishing is missing."""

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page, Workflow
from wagtail_localize.models import Translation

from core import roles
from tests import world
from tests.factories import signed_in_member
from tests.html import soup, text

pytestmark = pytest.mark.django_db

NEW_TITLE = "A new adult passport, checked by a translator"


def pages(key="new_passport"):
    source = Page.objects.get(url_path__endswith=f"/{world.slug(key, 'id')}/", locale__language_code="id").specific
    return source, source.get_translation(Locale.objects.get(language_code="en")).specific


def translate_title_as_an_editor_types(english, title):
    """What the translation editor does as the editor types: the string is saved, the page is not."""
    translation = Translation.objects.get(source__object_id=english.translation_key, target_locale=english.locale)
    po = translation.export_po()
    next(entry for entry in po if entry.msgctxt == "title").msgstr = title
    translation.import_po(po)


def test_an_editor_submits_a_translation_and_a_reviewer_publishes_it(site_client):
    _source, english = pages()
    editor, editing = signed_in_member(roles.EDITORS)
    editor_page = soup(editing.get(f"/admin/pages/{english.pk}/edit/"))
    # No publishing for an editor; a note says what to do instead, with the way to do it.
    note = " ".join(editor_page.select_one(".messages").get_text(" ").split())
    assert "Kirim untuk ditinjau" in note and "peninjau" in note
    submit = reverse("submit_translation_for_review", args=[english.pk])
    assert editor_page.select_one(f'.messages a[href="{submit}"]')

    translate_title_as_an_editor_types(english, NEW_TITLE)
    assert "Kirim untuk ditinjau" in text(editing.get(submit))
    response = editing.post(submit)
    assert response.status_code == 302
    english.refresh_from_db()
    assert english.workflow_in_progress
    assert english.get_latest_revision().as_object().title == NEW_TITLE
    # Readers still see the published title until a reviewer approves.
    assert NEW_TITLE not in text(site_client.get(world.path("new_passport", "en")))
    assert "sedang menunggu ditinjau" in text(editing.get(f"/admin/pages/{english.pk}/edit/"))

    _reviewer, reviewing = signed_in_member(roles.REVIEWERS)
    task_state = english.current_workflow_task_state
    approve = reverse("wagtailadmin_pages:workflow_action", args=(english.pk, "approve", task_state.pk))
    assert reviewing.post(approve, {"comment": ""}).status_code == 302
    assert NEW_TITLE in soup(site_client.get(world.path("new_passport", "en"))).select_one("h1").get_text()


def test_while_the_source_waits_for_review_the_translation_editor_says_why_it_cannot_publish():
    source, english = pages()
    editor, _editing = signed_in_member(roles.EDITORS)
    source.save_revision(user=editor)
    Workflow.objects.get(name=roles.WORKFLOW).start(source, editor)
    _reviewer, reviewing = signed_in_member(roles.REVIEWERS)
    editor_page = soup(reviewing.get(f"/admin/pages/{english.pk}/edit/"))
    note = " ".join(editor_page.select_one(".messages").get_text(" ").split())
    assert "belum bisa diterbitkan" in note and source.title in note
