"""How a content pack's public-information sections become objects: fees and
their rates, scam warnings, requirement pages, the fee page, services and
schedules with their events, the checklist and channel checker, and the
education modules. See home/packs.py for the format."""

import datetime

from django.core.files.base import ContentFile
from django.db import models
from django.utils import timezone
from wagtail.documents.models import Document

from home.models import Office
from packs.loader import section

from .handout_pdf import text_pdf
from .models import (
    ChannelCheckerPage,
    ChecklistPage,
    DocumentRequirement,
    EducationModuleIndexPage,
    EducationModulePage,
    Fee,
    FeeIndexPage,
    FeeRate,
    ModuleHandout,
    RequirementFee,
    RequirementIndexPage,
    RequirementPage,
    RequirementScamLink,
    ScamWarningIndexPage,
    ScamWarningPage,
    ServiceEvent,
    ServicesPage,
)


def source_slug(pack, data):
    return data["slug"][pack.languages[0]]


@section("fees")
def load_fees(pack, data):
    defaults = data.get("defaults", {})
    # An office's own fees come after the national ones on the fee page.
    first = (Fee.objects.filter(locale=pack.source).aggregate(last=models.Max("sort_order"))["last"] or -1) + 1
    for position, item in enumerate(data["fees"], start=first):
        if Fee.objects.filter(code=item["code"], locale=pack.source).exists():
            continue
        t = pack.strings()
        office = Office.objects.get(code=item["office"], locale=pack.source) if item.get("office") else None
        fee = Fee.objects.create(
            office=office,
            locale=pack.source,
            code=item["code"],
            name=t(item["name"]),
            applies_to=t(item["applies_to"]),
            checklist_use=item.get("checklist_use", ""),
            sort_order=position,
        )
        rate = FeeRate(
            fee=fee,
            amount=item["amount"],
            **{
                key: item[key] if key in item else defaults[key]
                for key in ("legal_basis", "effective_from", "source_note")
            },
        )
        rate.save()
        rate.save_revision().publish()
        pack.translate(fee, t)
        pack.log(f"Fee {fee.code}")


@section("fee_page")
def load_fee_page(pack, data):
    pack.ensure_page(FeeIndexPage, data, build=lambda t: {"notes": t.rich(data["notes"])})


@section("scams")
def load_scams(pack, data):
    index = pack.ensure_page(ScamWarningIndexPage, data["index"])
    for item in data["pages"]:
        if pack.page(ScamWarningPage, source_slug(pack, item)):
            continue
        t = pack.strings()
        page = ScamWarningPage(
            **pack.page_fields(t, item),
            pattern=item["pattern"],
            **{key: t.rich(item[key]) for key in ("how_it_works", "red_flags", "what_to_do", "how_to_report")},
        )
        pack.add_page(index, page, t)


@section("requirements")
def load_requirements(pack, data):
    index = pack.ensure_page(RequirementIndexPage, data["index"])
    for item in data["pages"]:
        if pack.page(RequirementPage, source_slug(pack, item)):
            continue
        t = pack.strings()
        page = RequirementPage(
            **pack.page_fields(t, item),
            service=item["service"],
            applicant=item["applicant"],
            channel=item["channel"],
            channel_note=t(item.get("channel_note")),
            processing_time=t(item["processing_time"]),
            steps=[("step", {"title": t(step["title"]), "text": t(step["text"])}) for step in item["steps"]],
            notes=t.rich(item["notes"]),
        )
        # Orderables made in code get no sort order unless given one; the database would then pick the order.
        page.documents = [
            DocumentRequirement(
                sort_order=position,
                locale=pack.source,
                name=t(document["name"]),
                notes=t(document.get("notes")),
                condition=t(document.get("condition")),
            )
            for position, document in enumerate(item["documents"])
        ]
        page.fee_links = [
            RequirementFee(sort_order=position, locale=pack.source, fee=Fee.objects.get(code=code, locale=pack.source))
            for position, code in enumerate(item["fees"])
        ]
        scams = ScamWarningPage.objects.descendant_of(pack.home).filter(locale=pack.source)
        page.scam_links = [
            RequirementScamLink(sort_order=position, locale=pack.source, scam_warning=scams.get(pattern=pattern))
            for position, pattern in enumerate(item["scams"])
        ]
        pack.add_page(index, page, t)


@section("services")
def load_services(pack, data):
    page = data["page"]
    pack.ensure_page(
        ServicesPage,
        page,
        build=lambda t: {
            "sections": [
                ("section", {"heading": t(part["heading"]), "text": t.rich(part["text"])}) for part in page["sections"]
            ],
            "delivery_fee": Fee.objects.filter(code=page.get("delivery_fee"), locale=pack.source).first(),
            "delivery_text": t(page.get("delivery_text")),
        },
    )
    load_events(pack, data["events"])


def load_events(pack, events):
    offices = {event["office"] for event in events}
    if ServiceEvent.objects.filter(office__code__in=offices).exists():
        return
    for item in events:
        t = pack.strings()
        day = pack.day(item["days_ahead"], item.get("weekday"))
        start_hour, end_hour = item["hours"]
        event = ServiceEvent.objects.create(
            locale=pack.source,
            office=Office.objects.get(code=item["office"], locale=pack.source),
            kind=item["kind"],
            title=t(item["title"]),
            place=t(item["place"]),
            address=t(item.get("address")),
            starts_at=timezone.make_aware(datetime.datetime.combine(day, datetime.time(start_hour))),
            ends_at=timezone.make_aware(datetime.datetime.combine(day, datetime.time(end_hour))),
            quota=item["quota"],
            notes=t(item["notes"]),
            # A pack's events show how the schedule looks; they are no office's real plans.
            example=True,
        )
        pack.translate(event, t)
        pack.log(f"Event {day}")


@section("tools")
def load_tools(pack, data):
    checklist = pack.ensure_page(ChecklistPage, data["checklist"]) if "checklist" in data else None
    checker = pack.ensure_page(ChannelCheckerPage, data["checker"])
    # The search page offers them to a reader it could not help.
    if checklist:
        pack.name_in_settings("checklist_page", checklist)
    pack.name_in_settings("channel_checker_page", checker)


def handout_document(pack, item, suffix):
    """A plain PDF of the module's source-language text, until the office uploads a designed one."""
    source = pack.languages[0]
    title = f"{item['code']} {item['title'][source]} ({suffix})"
    document = Document.objects.filter(title=title).first()
    if document is None:
        paragraphs = [item["intro"][source]] + [objective[source] for objective in item["objectives"]]
        paragraphs += [lesson["key"][source] for lesson in item["lessons"]]
        document = Document(title=title)
        document.file.save(
            f"modul-{item['code'].lower()}.pdf", ContentFile(text_pdf(item["title"][source], paragraphs))
        )
        document.save()
    return document


@section("modules")
def load_modules(pack, data):
    index = pack.ensure_page(EducationModuleIndexPage, data["index"])
    for item in data["modules"]:
        if pack.page(EducationModulePage, source_slug(pack, item)):
            continue
        t = pack.strings()
        lessons = []
        for lesson in item["lessons"]:
            body = [
                ("text", t.rich(lesson["text"])),
                ("key_message", {"text": t(lesson["key"])}),
                ("self_check", {"question": t(lesson["check"]["question"]), "answer": t(lesson["check"]["answer"])}),
            ]
            lessons.append(("lesson", {"heading": t(lesson["heading"]), "body": body}))
        page = EducationModulePage(
            **pack.page_fields(t, item),
            code=item["code"],
            for_officials="officials" in item["audience"],
            for_residents="residents" in item["audience"],
            for_students="students" in item["audience"],
            duration_minutes=item["minutes"],
            objectives=t.rich([{"ul": item["objectives"]}]),
            lessons=lessons,
        )
        page.handouts = [
            ModuleHandout(
                sort_order=0, locale=pack.source, document=handout_document(pack, item, data["handout_suffix"])
            )
        ]
        pack.add_page(index, page, t)
