from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Web plumbing"

    def ready(self):
        from django.conf import settings
        from django.contrib.auth.signals import user_logged_in, user_login_failed
        from django.db.models.signals import post_delete, post_save
        from PIL import Image
        from wagtail.models import Locale

        from . import page_cache, roles, wagtail_overrides
        from .locales import ensure_locales, forget_locales
        from .middleware import count_login_failure, note_login_time

        wagtail_overrides.install()
        post_migrate.connect(ensure_locales, sender=self)
        post_migrate.connect(roles.synchronise, sender=self)
        post_save.connect(forget_locales, sender=Locale, dispatch_uid="forget_locales_saved")
        post_delete.connect(forget_locales, sender=Locale, dispatch_uid="forget_locales_deleted")
        page_cache.connect()
        user_login_failed.connect(count_login_failure, dispatch_uid="count_login_failure")
        user_logged_in.connect(note_login_time, dispatch_uid="note_login_time")
        # Pillow's own guard against decompression bombs, at our limit: it refuses
        # anything twice as large wherever a picture is opened (core/images.py
        # checks uploads against the limit itself first).
        Image.MAX_IMAGE_PIXELS = settings.MAX_IMAGE_PIXELS
