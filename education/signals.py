"""Keep the search index of pages current when the rows they show change."""

from operations.tasks import reindex as _reindex


def reindex_fee_pages(sender, instance, raw=False, **kwargs):
    from .models import FeeIndexPage

    if not raw:
        _reindex(FeeIndexPage.objects.live().filter(locale_id=instance.locale_id))


def reindex_services_pages(sender, instance, raw=False, **kwargs):
    """Only the pages that list the event: its office's, in its language."""
    from .models import ServicesPage

    if not raw:
        _reindex(ServicesPage.live_on_site_of(instance.office, locale_id=instance.locale_id))
