from django.apps import AppConfig


class FaqConfig(AppConfig):
    name = "faq"
    verbose_name = "FAQ"

    def ready(self):
        from . import retention  # noqa: F401 (registers its purge)
