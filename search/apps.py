from django.apps import AppConfig

from core.roles import EDITORS, REVIEWERS


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Search"
    # The query report is for those who fill the gaps readers search for (core/roles.py).
    roles = {
        EDITORS: ["search.view_querylog", *[f"search.{a}_searchsynonym" for a in ("add", "change", "view")]],
        REVIEWERS: [
            "search.view_querylog",
            *[f"search.{a}_searchsynonym" for a in ("add", "change", "view", "delete", "publish", "lock", "unlock")],
        ],
    }
    # An editor's synonym changes every search: a reviewer publishes it.
    reviewed_models = ["searchsynonym"]

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published, page_unpublished

        from core import text
        from core.seo import keep_out_of_search_engines

        from . import retention  # noqa: F401 (registers its purge)
        from .models import SearchSynonym
        from .query import forget_vocabulary, published_rules, synonyms_changed

        # Editors' synonyms join the starter list (search/synonyms.txt) in every analysis.
        text.add_rule_source(published_rules)
        post_save.connect(synonyms_changed, sender=SearchSynonym, dispatch_uid="search_synonyms_saved")
        post_delete.connect(synonyms_changed, sender=SearchSynonym, dispatch_uid="search_synonyms_deleted")

        # New titles bring new words to correct misspellings towards.
        page_published.connect(forget_vocabulary, dispatch_uid="search_forget_vocabulary_published")
        page_unpublished.connect(forget_vocabulary, dispatch_uid="search_forget_vocabulary_unpublished")
        # Result pages are endless and thin: search engines should index the pages themselves.
        keep_out_of_search_engines("search")
