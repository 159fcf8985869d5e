import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from icalendar import Calendar

from education.models import ServiceEvent
from home.schedules import nth_saturdays, validate_weeks_of_month
from tests.factories import ServiceEventFactory
from tests.html import soup, text

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


@pytest.mark.django_db
def test_icalendar_feed_parses_and_lists_upcoming_events(client):
    for path, title, marker in [
        ("/id/layanan-dan-jadwal/calendar/", "Layanan paspor keliling di Desa Citeko", "[Contoh]"),
        ("/en/services-and-schedules/calendar/", "Mobile passport service in Desa Citeko", "[Example]"),
    ]:
        response = client.get(path)
        assert response["Content-Type"].startswith("text/calendar")
        calendar = Calendar.from_ical(response.content)
        events = calendar.walk("VEVENT")
        assert len(events) == 2  # the village visit and the PATEN day
        first = events[0]
        # The demo's events are examples, and a calendar app shows only the summary.
        assert str(first["SUMMARY"]) == f"{marker} {title}"
        stored = ServiceEvent.objects.filter(title=title).get()
        assert stored.example
        assert first.decoded("DTSTART") == stored.starts_at
        assert "50" in str(first["DESCRIPTION"])


@pytest.mark.django_db
def test_past_and_cancelled_events_are_not_listed(client):
    ServiceEventFactory(title="Sudah lewat", starts_at=timezone.now() - datetime.timedelta(days=2))
    ServiceEventFactory(title="Dibatalkan", cancelled=True)
    body = text(client.get("/id/layanan-dan-jadwal/"))
    assert "Layanan paspor keliling di Desa Citeko" in body
    assert "Sudah lewat" not in body and "Dibatalkan" not in body


@pytest.mark.django_db
def test_services_page_shows_saturday_dates_and_event_data(client):
    services = "/en/services-and-schedules/"
    page = soup(client.get(services))
    dates = [time["datetime"] for time in page.select("ul.dates time")]
    expected = nth_saturdays([2, 4], timezone.localdate(), 4)
    assert dates == [day.isoformat() for day in expected]
    import json

    # The demo's events are examples: marked on the page, never given to search engines as events.
    assert "Example, not a real schedule" in page.select_one(".events").get_text()
    assert not [script for script in page.select('script[type="application/ld+json"]') if "Event" in script.string]
    ServiceEventFactory(title="Layanan paspor di Balai Desa Sukamaju").save_revision().publish()
    page = soup(client.get(services))
    events = [json.loads(script.string) for script in page.select('script[type="application/ld+json"]')]
    assert [event["name"] for event in events if event["@type"] == "Event"] == ["Layanan paspor di Balai Desa Sukamaju"]


@pytest.mark.django_db
def test_an_example_event_says_so_in_the_open_data(client):
    ServiceEventFactory(title="Layanan paspor di Balai Desa Sukamaju").save_revision().publish()
    events = {event["title"]: event["example"] for event in client.get("/api/v1/id/events/").json()["results"]}
    examples = set(
        ServiceEvent.objects.filter(example=True, locale__language_code="id").values_list("title", flat=True)
    )
    assert examples and {title for title, example in events.items() if example} == examples
    assert events["Layanan paspor di Balai Desa Sukamaju"] is False


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
    ServiceEventFactory(title="Layanan paspor WIB", starts_at=starts).save_revision().publish()
    assert "09.00 –11.00 WIB" in text(client.get("/id/layanan-dan-jadwal/"))
