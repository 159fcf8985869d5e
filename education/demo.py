"""Demo content for public information: fees, requirement pages, services and
schedules, scam warnings, the checklist and the channel checker, in Indonesian
with English translations made through wagtail-localize."""

import datetime

from django.utils import timezone
from wagtail.models import Locale, Site

from home import demo as home_demo
from home.models import AlertBanner, HomePage, Office
from home.translation import Bilingual, translate

from . import demo_content as content
from . import demo_modules
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

# When the demo's facts were gathered; the next review falls due some months after the demo is loaded.
REVIEWED = datetime.date(2025, 11, 12)
REVIEW_AFTER = datetime.timedelta(days=180)


def load_fees(id_locale, en_locale, log):
    fees = {}
    for data in content.FEES:
        fee = Fee.objects.filter(code=data["code"], locale=id_locale).first()
        if fee is None:
            t = Bilingual()
            fee = Fee.objects.create(
                locale=id_locale, code=data["code"], name=t(*data["name"]), applies_to=t(*data["applies_to"])
            )
            rate = FeeRate(
                fee=fee,
                amount=data["amount"],
                legal_basis=data.get("legal_basis", content.PP_45),
                effective_from=content.PP_45_START,
                source_note=data.get("source_note", content.PP_45_NOTE),
            )
            rate.save()
            rate.save_revision().publish()
            translate(fee, en_locale, t.strings)
            log(f"Fee {fee.code}")
        fees[fee.code] = fee
    return fees


def add_page(parent, page, en_locale, strings, log):
    parent.add_child(instance=page)
    page.save_revision().publish()
    translate(page, en_locale, strings)
    log(f"Page {page.slug}")
    return page


def find(model, id_locale, slug):
    return model.objects.filter(locale=id_locale, slug=slug).first()


def common(t, data):
    return {
        "title": t(*data["title"]),
        "slug": t(*data["slug"]),
        "intro": t(*data["intro"]),
        "last_reviewed": REVIEWED,
        "next_review_due": timezone.localdate() + REVIEW_AFTER,
    }


def load_scams(home, id_locale, en_locale, log):
    index = find(ScamWarningIndexPage, id_locale, content.SCAMS_INDEX["slug"][0])
    if index is None:
        t = Bilingual()
        index = add_page(home, ScamWarningIndexPage(**common(t, content.SCAMS_INDEX)), en_locale, t.strings, log)
    pages = {}
    for data in content.SCAMS:
        page = find(ScamWarningPage, id_locale, data["slug"][0])
        if page is None:
            t = Bilingual()
            page = ScamWarningPage(
                **common(t, data),
                pattern=data["pattern"],
                how_it_works=t.rich(*data["how_it_works"]),
                red_flags=t.rich(*data["red_flags"]),
                what_to_do=t.rich(*data["what_to_do"]),
                how_to_report=t.rich(*data["how_to_report"]),
            )
            add_page(index, page, en_locale, t.strings, log)
        pages[data["pattern"]] = page
    return index, pages


def load_requirements(home, id_locale, en_locale, fees, scams, log):
    index = find(RequirementIndexPage, id_locale, content.REQUIREMENT_INDEX["slug"][0])
    if index is None:
        t = Bilingual()
        index = add_page(home, RequirementIndexPage(**common(t, content.REQUIREMENT_INDEX)), en_locale, t.strings, log)
    for data in content.REQUIREMENTS:
        if find(RequirementPage, id_locale, data["slug"][0]):
            continue
        t = Bilingual()
        page = RequirementPage(
            **common(t, data),
            service=data["service"],
            applicant=data["applicant"],
            channel=data["channel"],
            channel_note=t(*data["channel_note"]) if data["channel_note"][0] else "",
            processing_time=t(*data["processing_time"]),
            steps=[("step", {"title": t(*title), "text": t(*text)}) for title, text in data["steps"]],
            notes=t.rich(*data["notes"]),
        )
        # Orderables made in code get no sort order unless given one; the database would then pick the order.
        page.documents = [
            DocumentRequirement(
                sort_order=position,
                locale=id_locale,
                name=t(*document["name"]),
                notes=t(*document["notes"]) if "notes" in document else "",
                condition=t(*document["condition"]) if "condition" in document else "",
            )
            for position, document in enumerate(data["documents"])
        ]
        page.fee_links = [
            RequirementFee(sort_order=position, locale=id_locale, fee=fees[code])
            for position, code in enumerate(data["fees"])
        ]
        page.scam_links = [
            RequirementScamLink(sort_order=position, locale=id_locale, scam_warning=scams[pattern])
            for position, pattern in enumerate(data["scams"])
        ]
        add_page(index, page, en_locale, t.strings, log)
    return index


def load_single_pages(home, id_locale, en_locale, fees, log):
    pages = {}
    fee_index = find(FeeIndexPage, id_locale, content.FEE_INDEX["slug"][0])
    if fee_index is None:
        t = Bilingual()
        page = FeeIndexPage(**common(t, content.FEE_INDEX), notes=t.rich(*content.FEE_INDEX["notes"]))
        fee_index = add_page(home, page, en_locale, t.strings, log)
    pages["fees"] = fee_index

    services = find(ServicesPage, id_locale, content.SERVICES["slug"][0])
    if services is None:
        t = Bilingual()
        page = ServicesPage(
            **common(t, content.SERVICES),
            sections=[
                ("section", {"heading": t(*heading), "text": t.rich(*paragraphs)})
                for heading, paragraphs in content.SERVICES["sections"]
            ],
            delivery_fee=fees["pengiriman-pos"],
            delivery_text=t(*content.SERVICES["delivery_text"]),
        )
        services = add_page(home, page, en_locale, t.strings, log)
    pages["services"] = services

    for key, model, data in (
        ("checklist", ChecklistPage, content.CHECKLIST),
        ("checker", ChannelCheckerPage, content.CHECKER),
    ):
        page = find(model, id_locale, data["slug"][0])
        if page is None:
            t = Bilingual()
            page = add_page(home, model(**common(t, data)), en_locale, t.strings, log)
        pages[key] = page
    return pages


def handout_document(data):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    title = f"{data['code']} {data['title'][0]} (ringkasan)"
    document = Document.objects.filter(title=title).first()
    if document is None:
        paragraphs = [data["intro"][0]] + [objective for objective, _english in data["objectives"]]
        paragraphs += [lesson["key"][0] for lesson in data["lessons"]]
        document = Document(title=title)
        document.file.save(f"modul-{data['code'].lower()}.pdf", ContentFile(text_pdf(data["title"][0], paragraphs)))
        document.save()
    return document


def load_modules(home, id_locale, en_locale, log):
    index = find(EducationModuleIndexPage, id_locale, demo_modules.MODULE_INDEX["slug"][0])
    if index is None:
        t = Bilingual()
        index = add_page(
            home, EducationModuleIndexPage(**common(t, demo_modules.MODULE_INDEX)), en_locale, t.strings, log
        )
    for data in demo_modules.MODULES:
        if find(EducationModulePage, id_locale, data["slug"][0]):
            continue
        t = Bilingual()
        lessons = []
        for lesson in data["lessons"]:
            question, answer = lesson["check"]
            body = [("text", t.rich(*[("p", *paragraph) for paragraph in lesson["text"]]))]
            body.append(("key_message", {"text": t(*lesson["key"])}))
            body.append(("self_check", {"question": t(*question), "answer": t(*answer)}))
            lessons.append(("lesson", {"heading": t(*lesson["heading"]), "body": body}))
        page = EducationModulePage(
            **common(t, data),
            code=data["code"],
            for_officials="officials" in data["audience"],
            for_residents="residents" in data["audience"],
            for_students="students" in data["audience"],
            duration_minutes=data["minutes"],
            objectives=t.rich(("ul", data["objectives"])),
            lessons=lessons,
        )
        page.handouts = [ModuleHandout(sort_order=0, locale=id_locale, document=handout_document(data))]
        add_page(index, page, en_locale, t.strings, log)
    return index


def load_events(id_locale, en_locale, log):
    if ServiceEvent.objects.exists():
        return
    today = timezone.localdate()
    for data in content.EVENTS:
        t = Bilingual()
        day = today + datetime.timedelta(days=data["days_ahead"])
        start_hour, end_hour = data["hours"]
        event = ServiceEvent.objects.create(
            locale=id_locale,
            office=Office.objects.get(code=data["office"], locale=id_locale),
            kind=data["kind"],
            title=t(*data["title"]),
            place=t(*data["place"]),
            address=t(*data["address"]) if data["address"][0] else "",
            starts_at=timezone.make_aware(datetime.datetime.combine(day, datetime.time(start_hour))),
            ends_at=timezone.make_aware(datetime.datetime.combine(day, datetime.time(end_hour))),
            quota=data["quota"],
            notes=t(*data["notes"]),
        )
        translate(event, en_locale, t.strings)
        log(f"Event {day}")


def load_home_tasks(home, en_locale, pages, log):
    if home.tasks:
        return
    t = Bilingual()
    for pair in (home_demo.HOME["title"], home_demo.HOME["slug"], home_demo.HOME["intro"]):
        t(*pair)
    home.tasks = [
        ("task", {"page": pages[key], "label": t(*label), "description": t(*description)})
        for key, label, description in content.TASKS
    ]
    home.save_revision().publish()
    translate(home, en_locale, t.strings)
    log("Home tasks")


def load_office_schedule(id_locale):
    for office in Office.objects.filter(code="karawang"):
        office.saturday_service_weeks = "2,4"
        office.priority_daily_quota = 20
        office.save(update_fields=["saturday_service_weeks", "priority_daily_quota"])


def load_banner(id_locale, en_locale, scams, log):
    if AlertBanner.objects.exists():
        return
    t = Bilingual()
    banner = AlertBanner.objects.create(
        locale=id_locale,
        message=t(*content.BANNER),
        link_page=scams["fake_whatsapp"],
        active=True,
        expires_at=timezone.now() + datetime.timedelta(days=90),
    )
    translate(banner, en_locale, t.strings)
    log("Alert banner")


def load(log):
    id_locale = Locale.objects.get(language_code="id")
    en_locale = Locale.objects.get(language_code="en")
    home = Site.objects.get(is_default_site=True).root_page.specific
    assert isinstance(home, HomePage), "Load the home demo first."
    first_time = not Fee.objects.exists()
    fees = load_fees(id_locale, en_locale, log)
    if first_time:
        load_office_schedule(id_locale)
    _index, scams = load_scams(home, id_locale, en_locale, log)
    load_requirements(home, id_locale, en_locale, fees, scams, log)
    pages = load_single_pages(home, id_locale, en_locale, fees, log)
    load_modules(home, id_locale, en_locale, log)
    load_events(id_locale, en_locale, log)
    load_home_tasks(HomePage.objects.get(pk=home.pk), en_locale, pages, log)
    load_banner(id_locale, en_locale, scams, log)
