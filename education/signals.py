"""Keep the search index of pages current when the rows they show change."""

from modelsearch.tasks import insert_or_update_object_task


def _reindex(pages):
    # Queued like Wagtail's own index updates, so the worker does it after the save commits.
    for page in pages:
        insert_or_update_object_task.enqueue(page._meta.app_label, page._meta.model_name, str(page.pk))


def reindex_fee_pages(sender, instance, raw=False, **kwargs):
    from .models import FeeIndexPage

    if not raw:
        _reindex(FeeIndexPage.objects.live().filter(locale_id=instance.locale_id))


def reindex_services_pages(sender, instance, raw=False, **kwargs):
    from .models import ServicesPage

    if not raw:
        _reindex(ServicesPage.objects.live())
