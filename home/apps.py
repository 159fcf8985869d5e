from django.apps import AppConfig
from django.db.models.signals import post_migrate


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and offices"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Locale

        from . import page_cache
        from .locales import ensure_locales, forget_locales

        post_migrate.connect(ensure_locales, sender=self)
        post_save.connect(forget_locales, sender=Locale, dispatch_uid="forget_locales_saved")
        post_delete.connect(forget_locales, sender=Locale, dispatch_uid="forget_locales_deleted")
        page_cache.connect()
