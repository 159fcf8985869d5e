"""Editors' uploads: documents are PDFs by content, images are images, both within size limits;
image originals are kept re-encoded, without what the camera wrote about where and whose."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from PIL import Image, PngImagePlugin
from wagtail.documents.forms import get_document_form
from wagtail.documents.models import Document
from wagtail.images.forms import get_image_form
from wagtail.images.models import Image as WagtailImage

pytestmark = pytest.mark.django_db


def document_form(content, name="handout.pdf"):
    form_class = get_document_form(Document)
    with translation.override("en"):
        form = form_class(
            data={"title": "Handout", "collection": "1"},
            files={"file": SimpleUploadedFile(name, content, content_type="application/pdf")},
        )
        form.is_valid()
        return form


def test_a_real_pdf_is_accepted():
    assert not document_form(b"%PDF-1.4\n%...\n%%EOF\n").errors.get("file")


def test_a_renamed_file_is_refused_by_its_content():
    errors = document_form(b"<html><script>alert(1)</script></html>").errors["file"]
    assert "Only PDF documents can be uploaded, and this file is not a PDF." in errors


def test_other_extensions_are_refused():
    assert document_form(b"%PDF-1.4", name="handout.exe").errors.get("file")


def test_an_oversized_pdf_is_refused(settings):
    settings.MAX_DOCUMENT_BYTES = 100
    errors = document_form(b"%PDF-1.4" + b"0" * 200).errors["file"]
    assert any(error.startswith("This file is 208") for error in errors)


def jpeg_with_gps(size=(64, 48)):
    """A phone photo: EXIF with a GPS position, the camera maker and the owner."""
    exif = Image.Exif()
    exif[0x8825] = {1: "S", 2: (6.0, 34.0, 0.0), 3: "E", 4: (107.0, 25.0, 0.0)}
    exif[0x010F] = "PhoneMaker"
    exif[0x013B] = "Siti Rahmawati"
    buffer = io.BytesIO()
    Image.new("RGB", size, "navy").save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue()


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def stored_original(title):
    image = WagtailImage.objects.get(title=title)
    with image.open_file() as file:
        content = file.read()
    return image, content


def test_an_editors_photo_is_stored_without_its_location(admin_client, media):
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Sosialisasi Citeko",
            "collection": "1",
            "file": SimpleUploadedFile("IMG_20251120_Siti.jpg", jpeg_with_gps(), content_type="image/jpeg"),
        },
    )
    assert response.status_code == 302
    image, content = stored_original("Sosialisasi Citeko")
    assert b"PhoneMaker" not in content and b"Siti Rahmawati" not in content
    with Image.open(io.BytesIO(content)) as stored:
        assert stored.format == "JPEG"
        assert not stored.getexif()
        assert stored.size == (64, 48)
    assert (image.width, image.height) == (64, 48)
    assert image.file_size == len(content)


def test_the_bulk_uploader_cleans_too(admin_client, media):
    png = io.BytesIO()
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Siti Rahmawati")
    Image.new("RGBA", (30, 20), "red").save(png, format="PNG", pnginfo=info)
    response = admin_client.post(
        reverse("wagtailimages:add_multiple"),
        {"title": "Peta desa", "files[]": SimpleUploadedFile("peta.png", png.getvalue() + b"<script>x</script>")},
    )
    assert response.json()["success"]
    _image, content = stored_original("Peta desa")
    assert b"Siti Rahmawati" not in content and b"<script>" not in content
    with Image.open(io.BytesIO(content)) as stored:
        assert (stored.format, stored.size) == ("PNG", (30, 20))


def test_an_animation_keeps_its_frames(admin_client, media):
    gif = io.BytesIO()
    frames = [Image.new("RGB", (16, 16), colour) for colour in ("red", "green", "blue")]
    frames[0].save(gif, format="GIF", save_all=True, append_images=frames[1:], duration=200, comment=b"secret")
    admin_client.post(
        reverse("wagtailimages:add"),
        {"title": "Alur", "collection": "1", "file": SimpleUploadedFile("alur.gif", gif.getvalue())},
    )
    _image, content = stored_original("Alur")
    assert b"secret" not in content
    with Image.open(io.BytesIO(content)) as stored:
        assert (stored.format, stored.n_frames) == ("GIF", 3)


def test_a_huge_photo_is_kept_at_4000_pixels_a_side(media):
    form = get_image_form(WagtailImage)(
        data={"title": "Besar", "collection": "1"},
        files={"file": SimpleUploadedFile("besar.jpg", jpeg_with_gps(size=(6000, 1000)))},
    )
    assert form.is_valid(), form.errors
    with Image.open(form.cleaned_data["file"]) as cleaned:
        assert cleaned.size == (4000, 667)


def test_a_picture_that_only_pretends_is_refused(media):
    with translation.override("id"):
        form = get_image_form(WagtailImage)(
            data={"title": "Palsu", "collection": "1"},
            files={"file": SimpleUploadedFile("palsu.jpg", b"<svg onload=alert(1)>")},
        )
        assert not form.is_valid()
    assert form.errors["file"]
    assert not WagtailImage.objects.filter(title="Palsu").exists()
