from django.apps import AppConfig
from django.db.models.signals import post_migrate


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and offices"

    def ready(self):
        from .locales import ensure_locales

        post_migrate.connect(ensure_locales, sender=self)
