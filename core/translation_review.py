"""Translations go through the reviewers' workflow, as their source does (issue #33).

wagtail-localize's translation editor saves each string as it is typed and offers
"publish" only to those who may publish: an editor had no way to hand a finished
translation to a reviewer, and nobody was told why publishing was missing. Here:

- a translation cannot go live while its Indonesian source waits for review
  (`TranslationPermissionTester`, used by every page type through BasePage);
- "Submit for review" (in the page's "⋯" menu and in a note at the top of the
  translation editor) saves the translated strings as a draft and starts the page's
  workflow, where a reviewer approves and publishes it like any other page;
- whenever the editor cannot publish, the note says why and what to do instead."""

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from wagtail.admin import messages
from wagtail.admin.widgets import ListingButton
from wagtail.models import Page, PagePermissionTester
from wagtail_localize.models import Translation

from core.library_versions import require

# `save_draft` relies on what `Translation.save_target(publish=False)` writes.
require("wagtail-localize", ">=1.14,<1.15", __name__)


def source_awaiting_review(page):
    """The page in the source language (Indonesian) when it is not yet approved:
    never published, or in a reviewers' workflow. None otherwise."""
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return None
    source = Page.objects.filter(translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE)
    source = source.first()
    if source is None or (source.live and not source.workflow_in_progress):
        return None
    return source


class TranslationPermissionTester(PagePermissionTester):
    """Nobody publishes a translation (from the page editor, the translation editor,
    a bulk action or an approved workflow) while its source waits for review."""

    def can_publish(self):
        return super().can_publish() and source_awaiting_review(self.page) is None


def synced_translation(page):
    """The wagtail-localize translation that fills `page` from its source, if any."""
    return Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()


def submit_label():
    # With a context: the officers' session form says "Submit for review" too, in other words.
    return pgettext("admin: a translation", "Submit for review")


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def can_submit(page, user):
    return (
        page.get_workflow() is not None
        and not page.workflow_in_progress
        and page.permissions_for_user(user).can_submit_for_moderation()
    )


def header_buttons(page, user, view_name=None, next_url=None):
    # Most pages edited are Indonesian sources: the one query that rules them out comes first.
    if view_name == "edit" and synced_translation(page) is not None and can_submit(page, user):
        url = reverse("submit_translation_for_review", args=[page.pk])
        yield ListingButton(submit_label(), url, priority=50, icon_name="resubmit")


def explain_publishing(request, page):
    """A note at the top of the translation editor whenever it offers no "publish"."""
    if synced_translation(page) is None:
        return
    page = page.specific
    source = source_awaiting_review(page)
    # First: a reviewer approving the translation now could not publish it.
    if source is not None:
        messages.warning(
            request,
            _(
                "This translation cannot be published yet: its Indonesian page “%(title)s” is not approved. "
                "It can be published once a reviewer approves the Indonesian page."
            )
            % {"title": source.get_admin_display_title()},
            buttons=[messages.button(edit_url(source), _("Open the Indonesian page"))],
        )
    elif page.workflow_in_progress:
        messages.info(request, _("This translation is waiting for review. A reviewer publishes it once approved."))
    elif not page.permissions_for_user(request.user).can_publish() and can_submit(page, request.user):
        messages.info(
            request,
            _(
                "Your translations are saved as you type. When the page is done, submit it for review: "
                "a reviewer publishes it."
            ),
            buttons=[messages.button(reverse("submit_translation_for_review", args=[page.pk]), submit_label())],
        )


def save_draft(translation, page, user):
    """The translated strings as a new draft revision of `page`; readers keep the live version.

    wagtail-localize's `save_target(publish=False)` makes the revision, but first saves
    the draft into the page's own row (and its inline rows), which is what readers are
    served: the live revision is written back before the transaction commits, as
    publishing it would write it. tests/home/test_translation_to_review.py fails if the
    draft reaches readers or the submitted revision loses the translated strings."""
    live_revision = page.live_revision if page.live else None
    translation.save_target(user=user, publish=False)
    draft = Page.objects.get(pk=page.pk).specific
    if live_revision is None:
        return draft
    restored = live_revision.as_object()
    restored.latest_revision = draft.latest_revision
    restored.draft_title = draft.draft_title
    restored.has_unpublished_changes = True
    restored.save(clean=False)
    return restored


def submit_for_review(request, page_id):
    """GET: what will happen; POST: the translated strings become a draft that enters the workflow."""
    page = get_object_or_404(Page, pk=page_id).specific
    translation = synced_translation(page)
    if translation is None or not can_submit(page, request.user):
        raise PermissionDenied
    if request.method == "POST":
        try:
            with transaction.atomic():
                page = save_draft(translation, page, request.user)
                page.get_workflow().start(page, request.user)
        except ValidationError as error:
            messages.error(
                request,
                _("The translation could not be submitted: %(reasons)s") % {"reasons": " ".join(error.messages)},
            )
        else:
            messages.success(request, _("“%(title)s” has been submitted for review.") % {"title": page.title})
        return redirect(edit_url(page))
    return render(
        request,
        "core/admin/submit_translation.html",
        {
            "page": page,
            "title": submit_label(),
            "edit_url": edit_url(page),
            "source": source_awaiting_review(page),
        },
    )
