"""Training sessions held by village officers, their photos and their history."""

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils import timezone
from django.utils.functional import LazyObject
from django.utils.translation import gettext_lazy as _

from .villages import Village

# Most people can count attendance in a village hall; more than this is a typing error.
MAX_ATTENDANCE = 1000


class PrivateStorage(LazyObject):
    """Photos of attendance sheets are personal data: they live outside MEDIA_ROOT
    and are served only through a view that checks who is asking."""

    def _setup(self):
        from django.core.files.storage import storages

        # "private" in STORAGES when set (an object-storage bucket of its own), else a folder.
        if "private" in settings.STORAGES:
            self._wrapped = storages["private"]
        else:
            self._wrapped = FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT, base_url=None)


_private_storage = PrivateStorage()


def private_storage():
    """The field's storage as a callable, so migrations record this function rather than one machine's folder."""
    return _private_storage


class TrainingSession(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted, waiting for review")
        RETURNED = "returned", _("Sent back for correction")
        APPROVED = "approved", _("Approved")

    village = models.ForeignKey(Village, on_delete=models.PROTECT, related_name="sessions")
    date = models.DateField()
    start_time = models.TimeField()
    place = models.CharField(max_length=150)
    modules = models.ManyToManyField("education.EducationModulePage", related_name="+")
    facilitators = models.CharField(max_length=250, help_text=_("Who led the session."))
    women = models.PositiveSmallIntegerField(default=0)
    men = models.PositiveSmallIntegerField(default=0)
    want_passport = models.PositiveSmallIntegerField(
        default=0, help_text=_("How many residents said they want a passport.")
    )
    notes = models.TextField(blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.DRAFT)
    review_comment = models.TextField(_("comment for the officer"), blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # One form shown once gives one session, however often its Save button is pressed.
    form_token = models.UUIDField(unique=True, null=True, blank=True, editable=False)
    personal_data_purged_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("training session")
        verbose_name_plural = _("training sessions")
        ordering = ["-date", "-start_time"]

    def __str__(self):
        return f"{self.village.name}, {self.date:%Y-%m-%d}"

    @property
    def attendance(self):
        return self.women + self.men

    @property
    def editable_by_officer(self):
        return self.status != self.Status.APPROVED

    def module_titles(self):
        return ", ".join(module.localized.title for module in self.modules.all())

    module_titles.short_description = _("modules")


class SessionPhoto(models.Model):
    class Kind(models.TextChoices):
        ATTENDANCE = "attendance", _("Attendance sheet")
        SESSION = "session", _("Session")

    session = models.ForeignKey(TrainingSession, on_delete=models.CASCADE, related_name="photos")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    image = models.FileField(storage=private_storage, upload_to="sessions/%Y/%m/")
    uploaded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("session photo")

    def __str__(self):
        return f"{self.get_kind_display()} ({self.session})"


class SessionChange(models.Model):
    """Who changed a session, when, and what changed."""

    class Action(models.TextChoices):
        CREATED = "created", _("recorded")
        EDITED = "edited", _("edited")
        SUBMITTED = "submitted", _("submitted for review")
        RETURNED = "returned", _("sent back by the office")
        APPROVED = "approved", _("approved by the office")
        PURGED = "purged", _("personal data removed after the retention period")

    session = models.ForeignKey(TrainingSession, on_delete=models.CASCADE, related_name="changes")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(default=timezone.now)
    action = models.CharField(max_length=30, choices=Action.choices)
    changes = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.session}: {self.get_action_display()}"
