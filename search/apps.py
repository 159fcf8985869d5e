from django.apps import AppConfig

from core.roles import EDITORS, REVIEWERS


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Search"
    # The query report is for those who fill the gaps readers search for (core/roles.py).
    roles = {EDITORS: ["search.view_querylog"], REVIEWERS: ["search.view_querylog"]}

    def ready(self):
        from wagtail.signals import page_published, page_unpublished

        from core.seo import keep_out_of_search_engines

        from . import retention  # noqa: F401 (registers its purge)
        from .query import forget_vocabulary

        # New titles bring new words to correct misspellings towards.
        page_published.connect(forget_vocabulary, dispatch_uid="search_forget_vocabulary_published")
        page_unpublished.connect(forget_vocabulary, dispatch_uid="search_forget_vocabulary_unpublished")
        # Result pages are endless and thin: search engines should index the pages themselves.
        keep_out_of_search_engines("search")
