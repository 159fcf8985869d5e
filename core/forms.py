from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from PIL import Image
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from .images import check_pixels, reencode, too_many_pixels


def validate_pdf(upload):
    """Documents are PDFs (handouts, regulations): checked by their content, not
    only their name, and kept to a size a phone on slow data can download."""
    if upload.size > settings.MAX_DOCUMENT_BYTES:
        raise ValidationError(
            _("This file is %(size)s; documents can be at most %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(settings.MAX_DOCUMENT_BYTES)}
        )
    position = upload.tell()
    upload.seek(0)
    head = upload.read(5)
    upload.seek(position)
    if head != b"%PDF-":
        raise ValidationError(_("Only PDF documents can be uploaded, and this file is not a PDF."))


class PdfDocumentForm(BaseDocumentForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            self.fields["file"].validators.append(validate_pdf)


class PixelLimitedImageField(WagtailImageField):
    """Wagtail's image field, with our limits checked from the header first, before
    Wagtail and Django open the picture (a 100-megapixel PNG cost 381 MB and 11 s
    on their way to refusing it), and Pillow's decompression-bomb error as the same
    polite refusal rather than a server error."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail's own pixel check asks Willow for the size, and Willow decodes the whole
        # picture to answer (183 MB for a 48-megapixel JPEG); check_pixels reads the header.
        self.max_image_pixels = None

    def to_python(self, data):
        if data and hasattr(data, "seek"):
            check_pixels(data)
        try:
            return super().to_python(data)
        except Image.DecompressionBombError:
            raise too_many_pixels() from None


class ReencodedImageForm(BaseImageForm):
    """Wagtail has already checked the file is an image within the size and
    pixel limits; the original is then kept re-encoded, not only its
    renditions, because originals can be downloaded from the media folder."""

    file = PixelLimitedImageField(label=gettext_lazy("File"))

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload or not hasattr(upload, "image"):
            # No new file on an edit: the stored original stays as it is.
            return upload
        return reencode(
            upload,
            formats={"JPEG", "PNG", "WEBP", "GIF"},
            max_side=4000,
            not_readable=_("This file is not an image we can read. Upload a JPEG, PNG, WebP or GIF picture."),
        )
