"""What the office tells an officer: a session approved or sent back, a request
received, scheduled, declined or completed. Kept as a list in the officer area
and, unless the officer turned it off, sent by e-mail by the background worker."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .outreach import OutreachRequest
from .sessions import TrainingSession


class Notice(models.Model):
    # Officers' notices are private to them: no public page shows one (core/page_cache.py).
    public_content = False

    class Kind(models.TextChoices):
        SESSION_APPROVED = "session_approved", _("Session approved")
        SESSION_RETURNED = "session_returned", _("Session sent back for correction")
        REQUEST_RECEIVED = "request_received", _("Request received by the office")
        REQUEST_SCHEDULED = "request_scheduled", _("Mobile service scheduled")
        REQUEST_DECLINED = "request_declined", _("Request declined")
        REQUEST_COMPLETED = "request_completed", _("Mobile service completed")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="village_notices", verbose_name=_("user")
    )
    kind = models.CharField(max_length=30, choices=Kind.choices, verbose_name=_("kind"))
    # The words are written when the notice is shown or mailed, in the reader's language.
    session = models.ForeignKey(
        TrainingSession, null=True, blank=True, on_delete=models.CASCADE, related_name="+", verbose_name=_("session")
    )
    request = models.ForeignKey(
        OutreachRequest, null=True, blank=True, on_delete=models.CASCADE, related_name="+", verbose_name=_("request")
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    read_at = models.DateTimeField(null=True, blank=True, verbose_name=_("read at"))
    emailed_at = models.DateTimeField(null=True, blank=True, verbose_name=_("e-mailed at"))

    class Meta:
        verbose_name = _("notice")
        verbose_name_plural = _("notices")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["user", "read_at"])]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.user})"
