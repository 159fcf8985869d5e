"""The official-channel checker ("Cek Kanal Resmi"): is this number, link or
account really the office's? Only exact matches with verified channels count
as official, the national ones (imigrasi.go.id, M-Paspor, SP4N-LAPOR!, the
Directorate General's hotline) on every site. A web address that imitates an
official one is named a lookalike. Anything else the registry does not hold is
"cannot confirm", never "fake": a real office account may simply not be listed yet."""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from home.channels import (
    APP_KINDS,
    DOMAIN_KINDS,
    PHONE_KINDS,
    SOCIAL_KINDS,
    WEB_KINDS,
    InvalidChannel,
    normalize_app,
    normalize_handle,
    normalize_host,
    normalize_phone,
)
from home.models import OfficialChannel

# Words scammers put into addresses and account names to look official.
OFFICIAL_WORDS = ("imigrasi", "imigration", "immigration", "kanim", "paspor", "mpaspor")
PHONE_LIKE = re.compile(r"^[+()\d\s.\-]+$")
EMAIL_LIKE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Links that open a WhatsApp chat with a number: wa.me/62812..., api.whatsapp.com/send?phone=62812...
WHATSAPP_HOSTS = {"wa.me", "api.whatsapp.com", "whatsapp.com", "web.whatsapp.com"}
# Words people put before an app's name: "aplikasi M-Paspor", "app MPaspor".
APP_WORDS = re.compile(r"^(aplikasi|apk|app|the)\s+", re.IGNORECASE)


@dataclass
class CheckResult:
    query: str
    kind: str  # "phone", "web", "email", "app", "handle" or "invalid"
    normalized: str = ""
    channel: OfficialChannel | None = None
    official_domain: str = ""
    lookalike: bool = False

    @property
    def official(self):
        return self.channel is not None

    @property
    def verdict(self):
        """What the reader is told, first match wins: invalid, official, government_unlisted
        (under an official domain but not listed), lookalike, or unknown (not in the registry,
        which is not proof of a scam: a real office account may not be listed yet)."""
        if self.kind == "invalid":
            return "invalid"
        if self.official:
            return "official"
        if self.official_domain:
            return "government_unlisted"
        return "lookalike" if self.lookalike else "unknown"


def whatsapp_number(text):
    """The number a WhatsApp chat link opens, or None if `text` is not such a link."""
    try:
        parts = urlsplit(text if "://" in text else "https://" + text)
        host = (parts.hostname or "").removeprefix("www.")
    except ValueError:
        return None
    if host not in WHATSAPP_HOSTS:
        return None
    number = parse_qs(parts.query).get("phone", [""])[0] or parts.path.strip("/").split("/")[0]
    return number if sum(ch.isdigit() for ch in number) >= 8 else None


def classify(text):
    if EMAIL_LIKE.match(text):
        return "email"
    if PHONE_LIKE.match(text) and sum(ch.isdigit() for ch in text) >= 8:
        return "phone"
    if text.startswith("@"):
        return "handle"
    if "://" in text or "." in text:
        return "web"
    return "handle"


def verified_channels(kinds, locale):
    return (
        OfficialChannel.objects.filter(kind__in=kinds, verified_on__isnull=False, locale=locale, office__live=True)
        .select_related("office")
        .order_by("office__name", "sort_order")
    )


def looks_official(text):
    squashed = re.sub(r"[^a-z]", "", text.lower())
    return any(word in squashed for word in OFFICIAL_WORDS)


def check(text, locale):
    text = text.strip()
    kind = classify(text)
    result = CheckResult(query=text, kind=kind)
    chat_number = whatsapp_number(text) if kind == "web" else None
    if chat_number:
        kind = result.kind = "phone"
    try:
        if kind == "phone":
            result.normalized = normalize_phone(chat_number or text)
            result.channel = verified_channels(PHONE_KINDS, locale).filter(normalized=result.normalized).first()
        elif kind == "email":
            result.normalized = text.lower()
            result.channel = verified_channels({"email"}, locale).filter(normalized=result.normalized).first()
            if not result.channel:
                _match_domain(result, result.normalized.rsplit("@", 1)[1], locale)
        elif kind == "web":
            result.normalized = normalize_host(text)
            result.channel = verified_channels(WEB_KINDS, locale).filter(normalized=result.normalized).first()
            if not result.channel:
                _match_domain(result, result.normalized, locale)
        else:
            # A name without a dot: an official app ("M-Paspor"), else a social account,
            # which the checker can confirm but never call fake.
            app_name = normalize_app(APP_WORDS.sub("", text))
            result.channel = verified_channels(APP_KINDS, locale).filter(normalized=app_name).first()
            if result.channel:
                result.kind, result.normalized = "app", result.channel.normalized
            else:
                result.normalized = normalize_handle(text)
                result.channel = verified_channels(SOCIAL_KINDS, locale).filter(normalized=result.normalized).first()
    except InvalidChannel:
        result.kind = "invalid"
    return result


def _match_domain(result, host, locale):
    """A host under a verified official domain (imigrasi.go.id: every
    *.imigrasi.go.id address) is official. A host under a verified site that is
    not a whole domain is the government's own, though not on our list.
    Anything else that merely contains official words or hosts is a lookalike."""
    for channel in verified_channels(DOMAIN_KINDS, locale):
        if host == channel.normalized or host.endswith("." + channel.normalized):
            result.channel = channel
            return
    for channel in verified_channels(WEB_KINDS, locale):
        if host == channel.normalized or host.endswith("." + channel.normalized):
            result.official_domain = channel.normalized
            return
    result.lookalike = looks_official(host)
