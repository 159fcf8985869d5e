"""Keep the search index of pages current when the rows they show change."""

from operations.tasks import reindex as _reindex


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
