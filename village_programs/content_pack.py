"""How a content pack's village section becomes objects: the village registry,
the programme pages, example sessions and an example request in the office
queue. See home/packs.py for the format."""

import datetime

from django.utils import timezone

from education.models import EducationModulePage
from home.models import Office
from packs.loader import section

from .models import OutreachRequest, TrainingSession, Village, VillageProgramIndexPage, VillageProgramPage
from .models.outreach import OutreachStateChange


@section("villages")
def load_villages(pack, data):
    office = Office.objects.get(code=data["office"], locale=pack.source)
    for item in data["villages"]:
        fields = {key: value for key, value in item.items() if key != "code"}
        _village, created = Village.objects.get_or_create(code=item["code"], defaults={**fields, "office": office})
        if created:
            pack.log(f"Village {item['name']}")
    load_pages(pack, data)
    load_sessions(pack, data.get("sessions", []))
    load_outreach(pack, data.get("outreach", []))


def load_pages(pack, data):
    index = pack.ensure_page(
        VillageProgramIndexPage, data["index"], build=lambda t: {"body": t.rich(data["index"]["body"])}
    )
    for item in data["pages"]:
        village = Village.objects.get(code=item["village"])
        if VillageProgramPage.objects.filter(locale=pack.source, village=village).exists():
            continue
        t = pack.strings()
        page = VillageProgramPage(
            title=t(item["title"]),
            slug=t(item["slug"]),
            village=village,
            intro=t(item["intro"]),
            story=t.rich(item["story"]),
        )
        pack.add_page(index, page, t)


def load_sessions(pack, sessions):
    villages = Village.objects.filter(code__in={item["village"] for item in sessions})
    if TrainingSession.objects.filter(village__in=villages).exists():
        return
    for item in sessions:
        session = TrainingSession.objects.create(
            village=Village.objects.get(code=item["village"]),
            date=item["date"],
            start_time=datetime.time(9, 0),
            place=item["place"],
            facilitators=item["facilitators"],
            women=item["women"],
            men=item["men"],
            want_passport=item["want_passport"],
            status=TrainingSession.Status.APPROVED,
            example=True,  # how a record looks, not the village's real history
            submitted_at=timezone.now(),
            reviewed_at=timezone.now(),
        )
        session.modules.set(EducationModulePage.taught().filter(locale=pack.source, code__in=item["modules"]))
        pack.log(f"Session {item['date']}")


def load_outreach(pack, requests):
    """Example requests in the office queue, so staff see how it works."""
    villages = Village.objects.filter(code__in={item["village"] for item in requests})
    if OutreachRequest.objects.filter(village__in=villages).exists():
        return
    for item in requests:
        day = pack.day(item["days_ahead"])
        while day.weekday() >= 5:
            day += datetime.timedelta(days=1)
        request = OutreachRequest.objects.create(
            village=Village.objects.get(code=item["village"]),
            place_name=item["place_name"],
            place_address=item["place_address"],
            preferred_dates=[day.isoformat()],
            expected_applicants=item["expected_applicants"],
            services=item["services"],
            contact_name=item["contact_name"],
            contact_phone=item["contact_phone"],
            notes=item["notes"],
            submitted_at=timezone.now(),
            reference=item["reference"],
        )
        for state, source in (("draft", "officer"), ("submitted", "officer"), (item["state"], "office")):
            OutreachStateChange.objects.create(request=request, state=state, source=source)
        request.state = item["state"]
        request.save()
        pack.log("Outreach request")
