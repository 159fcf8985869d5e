"""Checking and cleaning uploaded photos: only real JPEG or PNG images, not too
large, re-encoded so that no location or camera metadata survives."""

import uuid
from pathlib import Path

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from core.images import reencode

from .models.sessions import private_storage

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


# A valid photo chosen in a form that came back with an error is kept for the
# officer, privately, for a while: browsers cannot refill a file input, and a
# photo taken on a slow link should not have to be sent twice.
KEPT_SECONDS = 3600
KEPT_FOLDER = "pending-photos/"
_KEPT_SALT = "village_programs.kept-photo"


def keep(photo, user_id):
    """Store `photo` (already cleaned) and return a token only `user_id` can redeem within KEPT_SECONDS."""
    name = private_storage().save(KEPT_FOLDER + uuid.uuid4().hex + Path(photo.name).suffix, photo)
    return signing.dumps({"user": user_id, "name": name}, salt=_KEPT_SALT)


def take(token, user_id):
    """The photo kept under `token` for `user_id`, removed from the waiting folder; None if
    the token is unknown, someone else's, expired or already used."""
    if not token:
        return None
    try:
        kept = signing.loads(token, salt=_KEPT_SALT, max_age=KEPT_SECONDS)
    except signing.BadSignature:
        return None
    storage, name = private_storage(), kept.get("name", "")
    if kept.get("user") != user_id or not name.startswith(KEPT_FOLDER) or not storage.exists(name):
        return None
    with storage.open(name, "rb") as stored:
        photo = ContentFile(stored.read(), name="photo" + Path(name).suffix)
    storage.delete(name)
    return photo


def forget_kept(older_than):
    """Remove kept photos nobody came back for (the daily purge calls this)."""
    storage = private_storage()
    try:
        _folders, files = storage.listdir(KEPT_FOLDER)
    except FileNotFoundError:
        return 0
    removed = 0
    for file in files:
        if storage.get_modified_time(KEPT_FOLDER + file) < older_than:
            storage.delete(KEPT_FOLDER + file)
            removed += 1
    return removed
