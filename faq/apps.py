from django.apps import AppConfig

from core.roles import EDITORS, REVIEWERS


class FaqConfig(AppConfig):
    name = "faq"
    verbose_name = "FAQ"
    # Its rows appear on public pages: a change starts a new page-cache generation (core/page_cache.py).
    public_content = True
    # The feedback report is for those who improve the answers (core/roles.py).
    roles = {EDITORS: ["faq.view_feedback"], REVIEWERS: ["faq.view_feedback"]}

    def ready(self):
        from . import retention  # noqa: F401 (registers its purge)
