"""Keep the search index of pages current when the rows they show change."""

from modelsearch.tasks import insert_or_update_object_task

from operations.tasks import enqueue_unless_queued


def _reindex(pages):
    # Queued like Wagtail's own index updates, so the worker does it after the save
    # commits; once per page however many rows change before the worker gets to it.
    for page in pages:
        enqueue_unless_queued(insert_or_update_object_task, page._meta.app_label, page._meta.model_name, str(page.pk))


def reindex_fee_pages(sender, instance, raw=False, **kwargs):
    from .models import FeeIndexPage

    if not raw:
        _reindex(FeeIndexPage.objects.live().filter(locale_id=instance.locale_id))


def reindex_services_pages(sender, instance, raw=False, **kwargs):
    """Only the pages that list the event: its office's, in its language (a handful
    of pages, whose office is the site they are on)."""
    from .models import ServicesPage

    if raw:
        return
    office_key = instance.office.translation_key
    pages = ServicesPage.objects.live().filter(locale_id=instance.locale_id)
    _reindex(page for page in pages if (office := page.office()) and office.translation_key == office_key)
