"""The "Content to review" report: what an editor must check with the office,
per office. Each app registers what of its own needs checking (as retention
and task backlogs do), so this module imports no feature app.

A row says what it is, why it is listed, when it was last confirmed and who
last published it, and links to where it is fixed."""

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Site, get_page_models

from .models import BasePage, Office, OfficialChannel, SiteSettings

_sources = []


@dataclass
class Item:
    office: object  # an Office in the source language, or None (the whole deployment)
    kind: str
    title: str
    reason: str
    url: str
    confirmed_on: date | None = None
    published_by: str = ""


def source(find):
    """Register `find()`, which returns the Items of one kind of content."""
    _sources.append(find)
    return find


def items(office_keys=None):
    """Everything to review, by office: {office or None: [Item]}; only the
    offices whose translation keys are in `office_keys` when given."""
    found = {}
    for find in _sources:
        for item in find():
            key = item.office.translation_key if item.office else None
            if office_keys is None or key in office_keys:
                found.setdefault(item.office, []).append(item)
    return dict(sorted(found.items(), key=lambda pair: pair[0].name if pair[0] else ""))


def home_offices():
    """Each site's home page (in every language) with the office the site speaks for."""
    offices = {}
    for site in Site.objects.select_related("root_page"):
        office = SiteSettings.for_site(site).home_office
        for home in Page.objects.filter(translation_key=site.root_page.translation_key):
            offices[home.path] = office
    return offices


def office_of_page(page, homes):
    for path, office in homes.items():
        if page.path.startswith(path):
            return office
    return None


def publisher(instance):
    revision = getattr(instance, "live_revision", None)
    user = revision.user if revision is not None else None
    return (user.get_full_name() or user.get_username()) if user else ""


def overdue_pages():
    """Pages, in every language, whose review date has passed (the "Pages due for review" report too)."""
    today = timezone.localdate()
    overdue = []
    for model in get_page_models():
        if issubclass(model, BasePage) and not model._meta.abstract:
            overdue.extend(model.objects.filter(next_review_due__lt=today).values_list("pk", flat=True))
    return Page.objects.filter(pk__in=overdue)


@source
def pages_past_review():
    homes = home_offices()
    # A national page is reviewed once, in the national library; the offices' copies follow it.
    due = overdue_pages().live().filter(locale__language_code=settings.LANGUAGE_CODE, alias_of__isnull=True)
    for page in due.specific():
        yield Item(
            office=office_of_page(page, homes),
            kind=_("Page"),
            title=page.title,
            reason=_("Review date passed on %(day)s") % {"day": formats.date_format(page.next_review_due, "j F Y")},
            url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
            confirmed_on=page.last_reviewed,
            published_by=publisher(page),
        )


@source
def unconfirmed_channels():
    channels = OfficialChannel.objects.filter(
        verified_on__isnull=True, office__locale__language_code=settings.LANGUAGE_CODE
    ).select_related("office__live_revision__user")
    for channel in channels:
        yield Item(
            office=channel.office,
            kind=_("Official channel"),
            title=str(channel),
            reason=_("Not confirmed with the office: the public does not see it"),
            url=reverse("wagtailsnippets_home_office:edit", args=[channel.office_id]),
            published_by=publisher(channel.office),
        )


@source
def offices_with_open_questions():
    offices = Office.objects.filter(locale__language_code=settings.LANGUAGE_CODE).exclude(editor_note="")
    for office in offices.select_related("live_revision__user"):
        yield Item(
            office=office,
            kind=_("Office"),
            title=office.name,
            reason=office.editor_note,
            url=reverse("wagtailsnippets_home_office:edit", args=[office.pk]),
            published_by=publisher(office),
        )
