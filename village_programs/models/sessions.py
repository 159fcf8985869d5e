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

    village = models.ForeignKey(Village, on_delete=models.PROTECT, related_name="sessions", verbose_name=_("village"))
    date = models.DateField(verbose_name=_("date"))
    start_time = models.TimeField(verbose_name=_("start time"))
    place = models.CharField(max_length=150, verbose_name=_("place"))
    modules = models.ManyToManyField("education.EducationModulePage", related_name="+", verbose_name=_("modules"))
    facilitators = models.CharField(max_length=250, help_text=_("Who led the session."), verbose_name=_("facilitators"))
    women = models.PositiveSmallIntegerField(default=0, verbose_name=_("women"))
    men = models.PositiveSmallIntegerField(default=0, verbose_name=_("men"))
    want_passport = models.PositiveSmallIntegerField(
        default=0, help_text=_("How many residents said they want a passport."), verbose_name=_("want a passport")
    )
    # Room for a paragraph or two; a megabyte of text would fill every list and e-mail it reaches.
    notes = models.TextField(blank=True, max_length=2000, verbose_name=_("notes"))
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.DRAFT, verbose_name=_("status"))
    # Starter content from a content pack: counted on the village's page only with a note
    # that says so, until the office deletes it.
    example = models.BooleanField(default=False, editable=False, verbose_name=_("example"))
    review_comment = models.TextField(_("comment for the officer"), blank=True, max_length=2000)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    reviewed_at = models.DateTimeField(null=True, blank=True, verbose_name=_("reviewed at"))
    submitted_at = models.DateTimeField(null=True, blank=True, verbose_name=_("submitted at"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("created by")
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("updated at"))
    # One form shown once gives one session, however often its Save button is pressed.
    form_token = models.UUIDField(unique=True, null=True, blank=True, editable=False, verbose_name=_("form token"))
    personal_data_purged_at = models.DateTimeField(
        null=True, blank=True, editable=False, verbose_name=_("personal data removed at")
    )

    class Meta:
        verbose_name = _("training session")
        verbose_name_plural = _("training sessions")
        ordering = ["-date", "-start_time"]

    def __str__(self):
        return f"{self.village.name}, {self.date:%Y-%m-%d}"

    @classmethod
    def from_db(cls, db, field_names, values):
        session = super().from_db(db, field_names, values)
        session._status_loaded = session.__dict__.get("status")
        return session

    def shows_publicly(self):
        """Whether saving this session changes a public page (core/page_cache.py): the
        village's figures count approved sessions only, so a draft, a submission or a
        return leaves them alone, unless the session was approved when loaded."""
        approved = self.Status.APPROVED
        return self.status == approved or getattr(self, "_status_loaded", None) == approved

    @property
    def attendance(self):
        return self.women + self.men

    @property
    def editable_by_officer(self):
        return self.status != self.Status.APPROVED

    def module_titles(self):
        return "; ".join(module.localized.title for module in self.modules.all())

    module_titles.short_description = _("modules")


class SessionPhoto(models.Model):
    # Photos stay in private storage (core/page_cache.py).
    public_content = False

    class Kind(models.TextChoices):
        ATTENDANCE = "attendance", _("Attendance sheet")
        SESSION = "session", _("Session")

    session = models.ForeignKey(
        TrainingSession, on_delete=models.CASCADE, related_name="photos", verbose_name=_("session")
    )
    kind = models.CharField(max_length=20, choices=Kind.choices, verbose_name=_("kind"))
    image = models.FileField(storage=private_storage, upload_to="sessions/%Y/%m/", verbose_name=_("image"))
    uploaded_at = models.DateTimeField(default=timezone.now, verbose_name=_("uploaded at"))

    class Meta:
        verbose_name = _("session photo")

    def __str__(self):
        return f"{self.get_kind_display()} ({self.session})"


class SessionChange(models.Model):
    """Who changed a session, when, and what changed."""

    # Private history (core/page_cache.py).
    public_content = False

    class Action(models.TextChoices):
        CREATED = "created", _("recorded")
        EDITED = "edited", _("edited")
        SUBMITTED = "submitted", _("submitted for review")
        RETURNED = "returned", _("sent back by the office")
        APPROVED = "approved", _("approved by the office")
        PURGED = "purged", _("personal data removed after the retention period")

    session = models.ForeignKey(
        TrainingSession, on_delete=models.CASCADE, related_name="changes", verbose_name=_("session")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("user")
    )
    at = models.DateTimeField(default=timezone.now, verbose_name=_("when"))
    action = models.CharField(max_length=30, choices=Action.choices, verbose_name=_("action"))
    changes = models.JSONField(default=dict, blank=True, verbose_name=_("changes"))

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.session}: {self.get_action_display()}"
