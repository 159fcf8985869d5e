from django.apps import AppConfig


class EducationConfig(AppConfig):
    name = "education"
    verbose_name = "Public information"

    def ready(self):
        from django.db.models.signals import post_save

        from . import signals
        from .models import Fee, ServiceEvent

        # The fee and schedule pages carry their fees' and events' words in the search index.
        post_save.connect(signals.reindex_fee_pages, sender=Fee, dispatch_uid="reindex_fee_pages")
        post_save.connect(signals.reindex_services_pages, sender=ServiceEvent, dispatch_uid="reindex_services_pages")
