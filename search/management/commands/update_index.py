"""Wagtail's update_index, then the upkeep a bulk change to the index needs (search/fts.py)."""

from wagtail.search.management.commands.update_index import Command as WagtailUpdateIndex

from search import fts


class Command(WagtailUpdateIndex):
    def handle(self, **options):
        super().handle(**options)
        fts.tidy()
