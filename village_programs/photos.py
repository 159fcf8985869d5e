"""Checking and cleaning uploaded photos: only real JPEG or PNG images, not too
large, re-encoded so that no location or camera metadata survives."""

from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from home.images import reencode

MAX_SIDE = 2000


def clean_photo(upload):
    """A freshly encoded copy of `upload`, named photo.jpg or photo.png: the
    name a phone gives a file can carry a person's name or a date."""
    if upload.size > settings.MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("The photo is too large (%(size)s). The limit is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(settings.MAX_UPLOAD_BYTES)}
        )
    clean = reencode(
        upload,
        formats={"JPEG", "PNG"},
        max_side=MAX_SIDE,
        not_readable=_("This file is not a photo we can read. Upload a JPEG or PNG picture."),
        wrong_format=_("Only JPEG or PNG photos can be uploaded."),
    )
    clean.name = "photo" + Path(clean.name).suffix
    return clean
