from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Search"

    def ready(self):
        from wagtail.signals import page_published, page_unpublished

        from . import retention  # noqa: F401 (registers its purge)
        from .query import forget_vocabulary

        # New titles bring new words to correct misspellings towards.
        page_published.connect(forget_vocabulary, dispatch_uid="search_forget_vocabulary_published")
        page_unpublished.connect(forget_vocabulary, dispatch_uid="search_forget_vocabulary_unpublished")
