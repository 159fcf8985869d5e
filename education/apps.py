from django.apps import AppConfig

from core.roles import EDITORS, REVIEWERS


class EducationConfig(AppConfig):
    name = "education"
    verbose_name = "Public information"
    # Its rows appear on public pages: a change starts a new page-cache generation (core/page_cache.py).
    public_content = True
    # Who may do what (core/roles.py). Fee rates and service events have drafts that
    # reviewers publish; a fee's name goes live when saved, so only reviewers change it.
    roles = {
        EDITORS: [
            "education.view_fee",
            *[f"education.{a}_{m}" for m in ("feerate", "serviceevent") for a in ("add", "change", "view")],
        ],
        REVIEWERS: [
            *[f"education.{a}_fee" for a in ("add", "change", "delete", "view")],
            *[f"education.{a}_feerate" for a in ("add", "change", "delete", "publish", "view")],
            *[f"education.{a}_serviceevent" for a in ("add", "change", "delete", "publish", "lock", "unlock", "view")],
        ],
    }
    reviewed_models = ["feerate", "serviceevent"]

    def ready(self):
        from django.db.models.signals import post_save

        from . import signals
        from .models import Fee, ServiceEvent

        # The fee and schedule pages carry their fees' and events' words in the search index.
        post_save.connect(signals.reindex_fee_pages, sender=Fee, dispatch_uid="reindex_fee_pages")
        post_save.connect(signals.reindex_services_pages, sender=ServiceEvent, dispatch_uid="reindex_services_pages")
