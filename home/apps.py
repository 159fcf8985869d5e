from django.apps import AppConfig
from django.db.models.signals import post_migrate

from core.roles import EDITORS, REVIEWERS, VILLAGE_STAFF

DRAFTS = ["add", "change", "view"]
REVIEW = [*DRAFTS, "delete", "publish", "lock", "unlock"]


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and offices"
    # Its rows appear on public pages: a change starts a new page-cache generation (core/page_cache.py).
    public_content = True
    # Who may do what (core/roles.py). Banners and offices (with their channels) have
    # drafts: editors write them, reviewers publish.
    roles = {
        EDITORS: ["wagtailadmin.access_admin", *[f"home.{a}_{m}" for m in ("alertbanner", "office") for a in DRAFTS]],
        REVIEWERS: [
            "wagtailadmin.access_admin",
            "home.change_sitesettings",
            *[f"home.{a}_region" for a in ("add", "change", "view")],
            *[f"home.{a}_{m}" for m in ("alertbanner", "office") for a in REVIEW],
        ],
        VILLAGE_STAFF: ["wagtailadmin.access_admin", "home.view_office"],
    }
    reviewed_models = ["alertbanner", "office"]

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published

        from .models import Office, OfficialChannel, SiteSettings, reindex_contact_pages
        from .national import share_when_published
        from .office_teams import refresh_team_permissions

        # The contact page is found by the office's address, hours, phone numbers and e-mail
        # (ContactPage.office_text).
        post_save.connect(reindex_contact_pages, sender=Office, dispatch_uid="reindex_contact_pages")
        post_save.connect(reindex_contact_pages, sender=SiteSettings, dispatch_uid="reindex_contact_pages_settings")
        post_save.connect(reindex_contact_pages, sender=OfficialChannel, dispatch_uid="reindex_contact_pages_channel")
        post_delete.connect(reindex_contact_pages, sender=OfficialChannel, dispatch_uid="reindex_contact_pages_gone")
        # After core's roles are synchronised (core comes first in INSTALLED_APPS).
        post_migrate.connect(refresh_team_permissions, sender=self)
        # A national page published gives every office's site its copy (home/national.py).
        page_published.connect(share_when_published, dispatch_uid="national-share")
