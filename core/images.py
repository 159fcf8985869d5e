"""Re-encoding uploaded pictures from their pixels, so that nothing but the
picture survives: no EXIF (GPS position, camera serial, owner's name), no
comments, no trailing bytes smuggled after the image data."""

import io
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from PIL import Image, ImageSequence, UnidentifiedImageError

EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}
OPTIONS = {"JPEG": {"quality": 85, "optimize": True}, "PNG": {"optimize": True}, "WEBP": {"quality": 85}}
READ_ERRORS = (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError)


def _clean_copy(frame, mode, max_side):
    if frame.mode not in ("RGB", "RGBA", "L", "LA"):
        # Palettes and black-and-white resize only pixel by pixel: to colours first, with an
        # alpha channel only when the picture has transparency (it doubles resizing's memory).
        frame = frame.convert("RGBA" if "transparency" in frame.info else "RGB")
    # Made small before the converted copy: one full-size picture in memory, not two.
    frame.thumbnail((max_side, max_side))
    if frame.mode != mode:
        frame = frame.convert(mode)
    clean = Image.new(mode, frame.size)
    clean.paste(frame)
    return clean


# What decoding and re-encoding a picture costs in memory per pixel, when it is decoded
# whole (`manage.py bench_images`): Pillow's WebP decoder keeps copies of its frame.
BYTES_PER_PIXEL = {"PNG": 13, "GIF": 13, "WEBP": 24}
NAMES = {"WEBP": "WebP"}


def pixel_limit(kind):
    """JPEG is decoded at a fraction of its size (Image.draft); other formats whole,
    so as many pixels as fit in IMAGE_MEMORY_BUDGET."""
    if kind == "JPEG":
        return settings.MAX_IMAGE_PIXELS
    return min(settings.MAX_IMAGE_PIXELS, settings.IMAGE_MEMORY_BUDGET // BYTES_PER_PIXEL.get(kind, 24))


def too_many_pixels(kind="JPEG"):
    if kind == "JPEG":
        return ValidationError(
            _("This picture is too large: at most %(limit)s million pixels. Please reduce its size first.")
            % {"limit": settings.MAX_IMAGE_PIXELS // 1_000_000}
        )
    return ValidationError(
        _(
            "This picture is too large: a %(format)s picture can have at most %(limit)s million pixels "
            "(a JPEG photo up to %(jpeg)s million). Please reduce its size or save it as JPEG."
        )
        % {
            "format": NAMES.get(kind, kind),
            "limit": number_format(pixel_limit(kind) / 1_000_000, 1),
            "jpeg": settings.MAX_IMAGE_PIXELS // 1_000_000,
        }
    )


def check_pixels(upload):
    """Refuses a picture with more pixels than its format may have, from its header
    alone (Image.open decodes nothing): a 143 KB PNG can claim 49 million pixels.
    Returns Pillow's name of the format, or None when the file is not a picture."""
    position = upload.tell()
    upload.seek(0)
    try:
        with Image.open(upload) as probe:
            kind, (width, height) = probe.format, probe.size
            frames = getattr(probe, "n_frames", 1)
    except Image.DecompressionBombError:
        raise too_many_pixels() from None
    except READ_ERRORS:
        return None
    finally:
        upload.seek(position)
    if width * height * frames > pixel_limit(kind):
        raise too_many_pixels(kind)
    return kind


def reencode(upload, formats, max_side, not_readable, wrong_format=None):
    """A fresh copy of `upload` (same format, at most `max_side` pixels a side),
    or ValidationError: `not_readable` when it is not a picture, `wrong_format`
    when it is one but not in `formats`, and a message when it has more pixels
    than its format may have (`check_pixels`, before any decoding)."""
    try:
        kind = check_pixels(upload)
        if kind is None:
            raise ValidationError(not_readable)
        if kind not in formats:
            raise ValidationError(wrong_format or not_readable)
        upload.seek(0)
        with Image.open(upload) as probe:
            probe.verify()
        upload.seek(0)
        buffer = io.BytesIO()
        with Image.open(upload) as image:
            if kind == "JPEG":
                # Decoded at a fraction of its size when that is enough: a phone's
                # 50 MP photo never needs its full 200 MB in memory. Asked for the size it
                # will be kept at, sides in proportion: with (max_side, max_side) an
                # 8000 × 6000 photo would be decoded whole.
                ratio = min(1, max_side / max(image.size))
                image.draft("RGB", (round(image.width * ratio), round(image.height * ratio)))
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
                # An alpha channel only where the picture has one: it is a third more memory.
                transparent = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
                mode = "RGBA" if kind != "JPEG" and transparent else "RGB"
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
