"""Checking and cleaning uploaded photos: only real JPEG or PNG images, not too
large, re-encoded so that no location or camera metadata survives."""

import io

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png"}
MAX_SIDE = 2000


def clean_photo(upload):
    """Return a ContentFile holding a freshly encoded copy of `upload`."""
    if upload.size > settings.MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("The photo is too large (%(size)s). The limit is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(settings.MAX_UPLOAD_BYTES)}
        )
    try:
        upload.seek(0)
        with Image.open(upload) as probe:
            kind = probe.format
            probe.verify()
        upload.seek(0)
        with Image.open(upload) as image:
            image.load()
            if kind not in ALLOWED_FORMATS:
                raise ValidationError(_("Only JPEG or PNG photos can be uploaded."))
            # Re-encoding from pixels drops EXIF, including GPS position and camera serial numbers.
            image = image.convert("RGB") if kind == "JPEG" else image.convert("RGBA")
            image.thumbnail((MAX_SIDE, MAX_SIDE))
            clean = Image.new(image.mode, image.size)
            clean.paste(image)
            buffer = io.BytesIO()
            if kind == "JPEG":
                clean.save(buffer, format="JPEG", quality=85, optimize=True)
            else:
                clean.save(buffer, format="PNG", optimize=True)
    except ValidationError:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise ValidationError(_("This file is not a photo we can read. Upload a JPEG or PNG picture.")) from None
    return ContentFile(buffer.getvalue(), name=f"photo.{ALLOWED_FORMATS[kind]}")
