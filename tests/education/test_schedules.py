import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from icalendar import Calendar
from wagtail.models import Locale

from core.translation import translate
from education.models import ServiceEvent
from home.models import Office
from home.schedules import nth_saturdays, validate_weeks_of_month
from tests import world
from tests.factories import ServiceEventFactory
from tests.html import soup, text
from tests.world import client_on_the_site  # noqa: F401  (the client reads the world's site)

D = datetime.date


@pytest.mark.parametrize(
    "start, expected",
    [
        # Across a year end.
        (D(2026, 12, 27), [D(2027, 1, 9), D(2027, 1, 23), D(2027, 2, 13), D(2027, 2, 27)]),
        # A second Saturday itself is included.
        (D(2026, 11, 14), [D(2026, 11, 14), D(2026, 11, 28), D(2026, 12, 12), D(2026, 12, 26)]),
        # The day after a fourth Saturday jumps to the next month.
        (D(2026, 11, 29), [D(2026, 12, 12), D(2026, 12, 26), D(2027, 1, 9), D(2027, 1, 23)]),
        # February of a leap year that starts on a Saturday.
        (D(2025, 1, 30), [D(2025, 2, 8), D(2025, 2, 22), D(2025, 3, 8), D(2025, 3, 22)]),
    ],
)
def test_second_and_fourth_saturdays(start, expected):
    assert nth_saturdays([2, 4], start, 4) == expected


def test_a_fifth_saturday_exists_only_in_some_months():
    assert nth_saturdays([5], D(2026, 1, 1), 3) == [D(2026, 1, 31), D(2026, 5, 30), D(2026, 8, 29)]


def test_no_saturday_service_gives_no_dates():
    assert nth_saturdays([], D(2026, 1, 1), 3) == []


@pytest.mark.parametrize("value", ["2,4", "1", "", " 2, 4 "])
def test_valid_week_lists(value):
    validate_weeks_of_month(value)


@pytest.mark.parametrize("value", ["2;4", "6", "0", "second"])
def test_invalid_week_lists_are_explained(value):
    with pytest.raises(ValidationError):
        validate_weeks_of_month(value)


def own_office():
    return Office.objects.get(code=world.OFFICE, locale__language_code="id")


def example_event(title, english):
    """An example event, as a content pack's are, in both languages."""
    event = ServiceEventFactory(office=own_office(), title=title, place="Balai uji", example=True, quota=50)
    event.save_revision().publish()
    translate(event, Locale.objects.get(language_code="en"), {title: english, "Balai uji": "Test hall"})
    return event


WORLD_EVENT = {"id": "Paspor keliling di Desa Sukamaju", "en": "Mobile passport service in Sukamaju village"}


@pytest.mark.django_db
def test_icalendar_feed_parses_and_lists_upcoming_events(client):
    example_event("Layanan contoh di mal", "Example service at the mall")
    for language, marker, example in [
        ("id", "[Contoh]", "Layanan contoh di mal"),
        ("en", "[Example]", "Example service at the mall"),
    ]:
        response = client.get(world.path("services", language) + "calendar/")
        assert response["Content-Type"].startswith("text/calendar")
        events = {str(event["SUMMARY"]): event for event in Calendar.from_ical(response.content).walk("VEVENT")}
        # The world's own visit, and the example, which a calendar app marks in its summary, the one line it shows.
        assert set(events) == {WORLD_EVENT[language], f"{marker} {example}"}
        stored = ServiceEvent.objects.get(title=WORLD_EVENT["id"])
        assert events[WORLD_EVENT[language]].decoded("DTSTART") == stored.starts_at
        assert "40" in str(events[WORLD_EVENT[language]]["DESCRIPTION"])


@pytest.mark.django_db
def test_past_and_cancelled_events_are_not_listed(client):
    ServiceEventFactory(office=own_office(), title="Sudah lewat", starts_at=timezone.now() - datetime.timedelta(days=2))
    ServiceEventFactory(office=own_office(), title="Dibatalkan", cancelled=True)
    body = text(client.get(world.path("services")))
    assert WORLD_EVENT["id"] in body
    assert "Sudah lewat" not in body and "Dibatalkan" not in body


@pytest.mark.django_db
def test_services_page_shows_saturday_dates_and_event_data(client):
    import json

    Office.objects.filter(code=world.OFFICE).update(saturday_service_weeks="2,4")
    services = world.path("services", "en")
    page = soup(client.get(services))
    dates = [time["datetime"] for time in page.select("ul.dates time")]
    expected = nth_saturdays([2, 4], timezone.localdate(), 4)
    assert dates == [day.isoformat() for day in expected]
    ld = [json.loads(script.string) for script in page.select('script[type="application/ld+json"]')]
    assert [event["name"] for event in ld if event["@type"] == "Event"] == [WORLD_EVENT["en"]]
    # An example event is marked on the page, and never given to search engines as an event.
    example_event("Layanan contoh di mal", "Example service at the mall")
    page = soup(client.get(services))
    assert "Example, not a real schedule" in page.select_one(".events").get_text()
    ld = [json.loads(script.string) for script in page.select('script[type="application/ld+json"]')]
    assert [event["name"] for event in ld if event["@type"] == "Event"] == [WORLD_EVENT["en"]]


@pytest.mark.django_db
def test_an_example_event_says_so_in_the_open_data(client):
    example_event("Layanan contoh di mal", "Example service at the mall")
    events = {event["title"]: event["example"] for event in client.get("/api/v1/id/events/").json()["results"]}
    assert events == {"Layanan contoh di mal": True, WORLD_EVENT["id"]: False}


@pytest.fixture
def wita_site(db):
    """An office in WITA (UTC+8) with a site and a services page of its own, built here."""
    from education.models import ServicesPage
    from tests.factories import OfficeFactory, office_site

    office = OfficeFactory(code="kantor-wita", name="Kantor Imigrasi Waktu Tengah", time_zone="Asia/Makassar")
    page = office_site(office, "wita.localhost").add_child(
        instance=ServicesPage(title="Jadwal", slug="jadwal", intro="Uji.")
    )
    page.save_revision().publish()
    return office


def test_an_office_in_wita_shows_its_events_in_its_own_time(client, wita_site):
    """10.00 WITA is 09.00 WIB: the site, its calendar and its event data say the office's time."""
    starts = (timezone.now() + datetime.timedelta(days=3)).replace(hour=2, minute=0, second=0, microsecond=0)
    event = ServiceEventFactory(office=wita_site, title="Layanan paspor di mal", starts_at=starts)
    event.save_revision().publish()

    page = text(client.get("/id/jadwal/", HTTP_HOST="wita.localhost"))
    assert "10.00 –12.00 WITA" in page
    feed = Calendar.from_ical(client.get("/id/jadwal/calendar/", HTTP_HOST="wita.localhost").content)
    (entry,) = feed.walk("VEVENT")
    assert entry.decoded("dtstart").utcoffset() == datetime.timedelta(hours=8)
    assert entry.decoded("dtstart").hour == 10
    assert feed.walk("VTIMEZONE")[0]["TZID"] == "Asia/Makassar"


@pytest.mark.django_db
def test_an_office_in_wib_keeps_wib(client):
    starts = (timezone.now() + datetime.timedelta(days=3)).replace(hour=2, minute=0, second=0, microsecond=0)
    ServiceEventFactory(office=own_office(), title="Layanan paspor WIB", starts_at=starts).save_revision().publish()
    assert "09.00 –11.00 WIB" in text(client.get(world.path("services")))
