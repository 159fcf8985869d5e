"""A translation cannot go live before its source is approved (issue 14): while
the Indonesian page waits in the reviewers' workflow, nobody publishes its
English translation, from wagtail-localize's editor or the page editor."""

import pytest
from wagtail.actions.publish_revision import PublishPermissionError
from wagtail.models import Workflow

from core import roles
from education.models import RequirementPage
from tests import world
from tests.factories import signed_in_member
from tests.html import soup, text

pytestmark = pytest.mark.django_db


LOST_EN = world.path("lost_passport", "en")


@pytest.fixture
def source_in_review():
    """The world's page on a lost passport, changed by an editor and submitted to the reviewers."""
    editor, _client = signed_in_member("Editors")
    slug = world.slug("lost_passport", "id")
    source = RequirementPage.objects.get(slug=slug, locale__language_code="id")
    source.intro = "Pengantar baru yang belum disetujui."
    source.save_revision(user=editor)
    Workflow.objects.get(name=roles.WORKFLOW).start(source, editor)
    return source


def english(source):
    return source.get_translation(source.get_translations().get(locale__language_code="en").locale)


def test_the_translation_of_a_page_in_review_cannot_go_live(site_client, source_in_review):
    reviewer, reviewing = signed_in_member("Reviewers")
    translation = english(source_in_review)
    live_title = translation.title
    translation.title = "Lost passport, not yet approved"
    translation.save_revision(user=reviewer)

    # wagtail-localize's translation editor, where an English page is edited, offers no publishing...
    editor_page = reviewing.get(f"/admin/pages/{translation.pk}/edit/")
    assert editor_page.status_code == 200
    props = editor_page.content.decode().replace("&quot;", '"')
    assert '"canPublish": false' in props
    # ...and refuses it when asked anyway.
    response = reviewing.post(f"/admin/pages/{translation.pk}/edit/", {"action": "publish"})
    assert response.status_code in (302, 403)
    translation.refresh_from_db()
    assert translation.title == live_title
    assert not translation.permissions_for_user(reviewer).can_publish()
    # Nor does publishing the revision from code bypass it.
    with pytest.raises(PublishPermissionError):
        translation.get_latest_revision().publish(user=reviewer)
    assert "not yet approved" not in text(site_client.get(LOST_EN))


def test_once_the_source_is_approved_the_translation_can_go_live(site_client, source_in_review):
    reviewer, _reviewing = signed_in_member("Reviewers")
    state = source_in_review.current_workflow_state
    state.current_task_state.task.specific.on_action(state.current_task_state, reviewer, "approve")
    source_in_review.refresh_from_db()
    assert source_in_review.live and not source_in_review.workflow_in_progress
    translation = english(source_in_review)
    assert translation.permissions_for_user(reviewer).can_publish()
    translation.title = "Lost passport, approved"
    translation.save_revision(user=reviewer).publish(user=reviewer)
    assert "Lost passport, approved" in soup(site_client.get(LOST_EN)).select_one("h1").get_text()


def test_a_new_translation_gets_a_slug_in_its_own_language(site_client):
    from wagtail.models import Locale, Site

    from core.translation import translate
    from home.models import InformationPage

    home = Site.objects.get(hostname=world.HOST).root_page
    page = home.add_child(
        instance=InformationPage(
            title="Kabar layanan baru", slug="kabar-layanan-baru", intro="Kabar singkat.", body="<p>Isi kabar.</p>"
        )
    )
    page.save_revision().publish()
    # The translator translates the title and leaves the address as it was.
    strings = {"Kabar layanan baru": "New service notice", "kabar-layanan-baru": "kabar-layanan-baru"}
    strings.update({"Kabar singkat.": "A short notice.", "Isi kabar.": "The notice."})
    english_page = translate(page, Locale.objects.get(language_code="en"), strings)
    assert english_page.slug == "new-service-notice"
    url = english_page.get_url(current_site=Site.objects.get(hostname=world.HOST))
    assert site_client.get(url).status_code == 200
    assert url.startswith("/en/") and url.endswith("/new-service-notice/")
