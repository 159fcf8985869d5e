"""Re-encoding uploaded pictures from their pixels, so that nothing but the
picture survives: no EXIF (GPS position, camera serial, owner's name), no
comments, no trailing bytes smuggled after the image data."""

import io
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.translation import gettext as _
from PIL import Image, ImageSequence, UnidentifiedImageError

EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}
OPTIONS = {"JPEG": {"quality": 85, "optimize": True}, "PNG": {"optimize": True}, "WEBP": {"quality": 85}}
READ_ERRORS = (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError)


def _clean_copy(frame, mode, max_side):
    frame = frame.convert(mode)
    frame.thumbnail((max_side, max_side))
    clean = Image.new(mode, frame.size)
    clean.paste(frame)
    return clean


def too_many_pixels():
    return ValidationError(
        _("This picture is too large: at most %(limit)s million pixels. Please reduce its size first.")
        % {"limit": settings.MAX_IMAGE_PIXELS // 1_000_000}
    )


def reencode(upload, formats, max_side, not_readable, wrong_format=None):
    """A fresh copy of `upload` (same format, at most `max_side` pixels a side),
    or ValidationError: `not_readable` when it is not a picture, `wrong_format`
    when it is one but not in `formats`, and a message when it has more pixels
    than MAX_IMAGE_PIXELS (checked from the header, before any decoding)."""
    try:
        upload.seek(0)
        with Image.open(upload) as probe:
            kind = probe.format
            width, height = probe.size
            probe.verify()
        if kind not in formats:
            raise ValidationError(wrong_format or not_readable)
        if width * height * getattr(probe, "n_frames", 1) > settings.MAX_IMAGE_PIXELS:
            raise too_many_pixels()
        upload.seek(0)
        buffer = io.BytesIO()
        with Image.open(upload) as image:
            if kind == "JPEG":
                # Decoded at a fraction of its size when that is enough: a phone's
                # 50 MP photo never needs its full 150 MB in memory.
                image.draft("RGB", (max_side, max_side))
            frames = getattr(image, "n_frames", 1)
            if kind in ("GIF", "WEBP") and frames > 1:
                # Animations keep their frames and timing, nothing else.
                copies = [_clean_copy(frame, "RGBA", max_side) for frame in ImageSequence.Iterator(image)]
                copies[0].save(
                    buffer,
                    format=kind,
                    save_all=True,
                    append_images=copies[1:],
                    duration=image.info.get("duration", 100),
                    loop=image.info.get("loop", 0),
                )
            else:
                image.load()
                mode = "RGB" if kind == "JPEG" else "RGBA"
                clean = _clean_copy(image, mode, max_side)
                if kind == "GIF":
                    clean = clean.convert("P", palette=Image.Palette.ADAPTIVE)
                clean.save(buffer, format=kind, **OPTIONS.get(kind, {}))
    except ValidationError:
        raise
    except Image.DecompressionBombError:
        raise too_many_pixels() from None
    except READ_ERRORS:
        raise ValidationError(not_readable) from None
    stem = Path(upload.name or "image").stem or "image"
    return SimpleUploadedFile(
        f"{stem}.{EXTENSIONS[kind]}", buffer.getvalue(), content_type=Image.MIME.get(kind, "image/" + kind.lower())
    )
