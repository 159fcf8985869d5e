"""The village registry and the officers who speak for each village."""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from core import places
from home.models import Office

CODE_PATTERN = re.compile(r"^\d{2}\.\d{2}\.\d{2}\.[123]\d{3}$")


def validate_village_code(value):
    """Kemendagri code NN.NN.NN.NNNN: province, regency, sub-district, village. The
    village part starts with 1 (kelurahan), 2 (desa) or 3 (desa adat)."""
    if not CODE_PATTERN.match(value or ""):
        raise ValidationError(
            _("Write the Kemendagri code as NN.NN.NN.NNNN, e.g. 32.14.04.2006."), code="invalid_village_code"
        )


class Village(models.Model):
    class Status(models.TextChoices):
        CANDIDATE = "candidate", _("Candidate")
        PILOT = "pilot", _("Pilot")
        ACTIVE = "active", _("Active")

    code = models.CharField(
        max_length=13,
        unique=True,
        validators=[validate_village_code],
        help_text=_("Kemendagri code, e.g. 32.14.04.2006."),
        verbose_name=_("code"),
    )
    name = models.CharField(
        max_length=100, help_text=_("Village name without 'Desa', e.g. 'Sukamaju'."), verbose_name=_("name")
    )
    kecamatan = models.CharField(
        _("sub-district (kecamatan)"),
        max_length=100,
        blank=True,
        help_text=_("Leave empty until confirmed: the public pages then leave it out rather than guess."),
    )
    kabupaten = models.CharField(_("regency or city"), max_length=100)
    province = models.CharField(max_length=100, verbose_name=_("province"))
    office = models.ForeignKey(
        Office,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The immigration office serving the village."),
        verbose_name=_("office"),
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.CANDIDATE, verbose_name=_("status"))
    joined_on = models.DateField(
        null=True,
        blank=True,
        help_text=_("When the village joined the programme."),
        verbose_name=_("joined the programme on"),
    )
    editor_note = models.TextField(
        blank=True,
        help_text=_("Never shown to the public: what still has to be checked."),
        verbose_name=_("editor note"),
    )

    class Meta:
        verbose_name = _("village")
        verbose_name_plural = _("villages")
        ordering = ["kabupaten", "kecamatan", "name"]

    def __str__(self):
        return f"{self.name} ({self.code})"

    @property
    def regency_shown(self):
        """The regency or city as the page's language writes it (core.places)."""
        return places.regency(self.kabupaten)

    @property
    def province_shown(self):
        return places.province(self.province)

    @property
    def office_code(self):
        return self.office.code


def places_named(name):
    """Villages and kecamatan of the registry called `name`, with their regency's code,
    for the office finder (home/finder.py)."""
    found = Village.objects.filter(models.Q(name__iexact=name) | models.Q(kecamatan__iexact=name))
    return [(f"{village.name}, {village.kecamatan or village.kabupaten}", village.code[:5]) for village in found[:10]]


class VillageOfficer(models.Model):
    """A village official (perangkat desa) with an account in the officer area.
    Officers never get staff access: the Wagtail admin turns them away."""

    # Accounts and their preferences show on no public page (core/page_cache.py).
    public_content = False

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="village_officer", verbose_name=_("user")
    )
    villages = models.ManyToManyField(
        Village,
        related_name="officers",
        help_text=_("The villages this officer speaks for."),
        verbose_name=_("villages"),
    )
    position = models.CharField(
        max_length=100, blank=True, help_text=_("e.g. 'Kepala Desa', 'Sekretaris Desa'."), verbose_name=_("position")
    )
    phone = models.CharField(max_length=30, blank=True, verbose_name=_("phone"))
    must_change_password = models.BooleanField(
        default=True,
        help_text=_("The officer must choose a new password at the next login."),
        verbose_name=_("must change password"),
    )
    language = models.CharField(
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language of the officer's e-mails: the one they last used the officer area in."),
        verbose_name=_("language"),
    )
    email_notices = models.BooleanField(
        default=True,
        help_text=_("Send the office's notices by e-mail too (the officer can turn this off)."),
        verbose_name=_("notices by e-mail"),
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))

    class Meta:
        verbose_name = _("village officer")
        verbose_name_plural = _("village officers")

    def __str__(self):
        return self.user.get_full_name() or self.user.get_username()
