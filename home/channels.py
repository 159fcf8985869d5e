"""Normalising contact channels, so that one number or address written in many
ways is stored and compared in one form."""

from urllib.parse import urlsplit

import phonenumbers

PHONE_KINDS = {"phone", "whatsapp"}
WEB_KINDS = {"website"}
SOCIAL_KINDS = {"instagram", "facebook", "x", "tiktok", "youtube"}
APP_KINDS = {"app"}
# A domain is official with every address under it (imigrasi.go.id and *.imigrasi.go.id).
DOMAIN_KINDS = {"domain"}
# Reached directly, by calling or writing: what the contact page lists first and indexes.
DIRECT_KINDS = PHONE_KINDS | {"email"}


class InvalidChannel(ValueError):
    pass


def normalize_phone(value):
    """Any Indonesian notation (0812-..., +62 812 ..., 62812...) to E.164."""
    text = value.strip()
    digits = "".join(ch for ch in text if ch.isdigit())
    # "62812..." without a plus is common in WhatsApp links; read it as international.
    if not text.startswith("+") and digits.startswith("62"):
        text = "+" + digits
    try:
        number = phonenumbers.parse(text, "ID")
    except phonenumbers.NumberParseException as exc:
        raise InvalidChannel(str(exc)) from None
    if not phonenumbers.is_possible_number(number):
        raise InvalidChannel("not a possible phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _split(text):
    """urlsplit that treats what it cannot parse (an unmatched '[' or a port
    that is not a number) as what it is: not a channel."""
    try:
        return urlsplit(text if "://" in text else "https://" + text)
    except ValueError as error:
        raise InvalidChannel("not a link") from error


def normalize_host(value):
    """A link or bare domain to its lower-case host name, without 'www.'."""
    host = (_split(value.strip()).hostname or "").rstrip(".").lower()
    if not host or "." not in host:
        raise InvalidChannel("not a web address")
    return host.removeprefix("www.")


def normalize_handle(value):
    """A social handle or profile link to the bare handle in lower case."""
    text = value.strip()
    if "/" in text:
        path = _split(text).path
        text = next((part for part in path.split("/") if part), "")
    handle = text.lstrip("@").lower()
    if not handle:
        raise InvalidChannel("empty handle")
    return handle


def normalize_app(value):
    """An app's name as people type it ("M-Paspor", "m paspor", "MPaspor") to one form."""
    name = "".join(ch for ch in value.lower() if ch.isalnum())
    if not name:
        raise InvalidChannel("empty app name")
    return name


def normalize(kind, value):
    if kind in APP_KINDS:
        return normalize_app(value)
    if kind in PHONE_KINDS:
        return normalize_phone(value)
    if kind in WEB_KINDS or kind in DOMAIN_KINDS:
        return normalize_host(value)
    if kind == "email":
        return value.strip().lower()
    return normalize_handle(value)


def display_phone(e164):
    number = phonenumbers.parse(e164)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
