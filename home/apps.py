from django.apps import AppConfig
from django.db.models.signals import post_migrate


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and offices"

    def ready(self):
        from django.conf import settings
        from django.db.models.signals import post_delete, post_save
        from PIL import Image
        from wagtail.models import Locale, Site

        from . import page_cache
        from .locales import active_locale, ensure_locales, forget_locales

        # Wagtail asks the database for the active locale at every `.localized` (site
        # routing, snippets, page links); the process keeps one per language instead.
        Locale.get_active = classmethod(lambda cls: active_locale())
        # And for the site of each request: remembered per host (page_cache.find_site_for_request).
        Site.find_for_request = staticmethod(page_cache.find_site_for_request)
        post_migrate.connect(ensure_locales, sender=self)
        post_save.connect(forget_locales, sender=Locale, dispatch_uid="forget_locales_saved")
        post_delete.connect(forget_locales, sender=Locale, dispatch_uid="forget_locales_deleted")
        page_cache.connect()
        from django.contrib.auth.signals import user_logged_in, user_login_failed

        from .middleware import count_login_failure, note_login_time

        user_login_failed.connect(count_login_failure, dispatch_uid="count_login_failure")
        user_logged_in.connect(note_login_time, dispatch_uid="note_login_time")
        from django_tasks.signals import task_finished

        from .tasks import retry_after_deadlock

        task_finished.connect(retry_after_deadlock, dispatch_uid="retry_after_deadlock")
        # Pillow's own guard against decompression bombs, at our limit: it refuses
        # anything twice as large wherever a picture is opened (home/images.py
        # checks uploads against the limit itself first).
        Image.MAX_IMAGE_PIXELS = settings.MAX_IMAGE_PIXELS
