import datetime

import pytest
from django.core.exceptions import ValidationError
from django.template import Context, Template
from django.utils import timezone, translation
from wagtail.models import Locale

from education.models import Fee, FeeRate
from home.models import Office
from tests import world
from tests.html import soup, text
from tests.world import client_on_the_site  # noqa: F401  (the client reads the world's site)

pytestmark = pytest.mark.django_db


def publish_rate(fee, amount, start, until=None, legal_basis="PP 99/2027"):
    rate = FeeRate(fee=fee, amount=amount, legal_basis=legal_basis, effective_from=start, effective_until=until)
    rate.save()
    rate.save_revision().publish()
    return rate


def test_the_rate_in_force_switches_on_its_effective_date():
    fee = Fee.objects.create(code="test-fee", name="Test fee", locale_id=Fee.objects.first().locale_id)
    publish_rate(fee, 500_000, datetime.date(2024, 1, 1))
    publish_rate(fee, 700_000, datetime.date(2027, 1, 1))
    assert fee.rate_on(datetime.date(2026, 12, 31)).amount == 500_000
    assert fee.rate_on(datetime.date(2027, 1, 1)).amount == 700_000
    assert fee.next_rate(datetime.date(2026, 12, 31)).amount == 700_000
    assert fee.next_rate(datetime.date(2027, 1, 1)) is None


def test_a_draft_rate_does_not_count_and_an_ended_rate_stops():
    fee = Fee.objects.create(code="test-fee", name="Test fee", locale_id=Fee.objects.first().locale_id)
    publish_rate(fee, 100_000, datetime.date(2020, 1, 1), until=datetime.date(2025, 12, 31))
    FeeRate.objects.create(fee=fee, amount=1, legal_basis="draft", effective_from=datetime.date(2021, 1, 1), live=False)
    assert fee.rate_on(datetime.date(2025, 12, 31)).amount == 100_000
    assert fee.rate_on(datetime.date(2026, 1, 1)) is None


def test_a_rate_cannot_end_before_it_starts():
    rate = FeeRate(
        amount=1, legal_basis="x", effective_from=datetime.date(2025, 1, 2), effective_until=datetime.date(2025, 1, 1)
    )
    with pytest.raises(ValidationError) as error:
        rate.clean()
    assert "effective_until" in error.value.message_dict


@pytest.mark.parametrize(
    "language, amount, shown",
    [
        ("id", 650000, "Rp650.000"),
        ("en", 650000, "IDR 650,000"),
        ("id", 1000000, "Rp1.000.000"),
        ("en", 20000, "IDR 20,000"),
    ],
)
def test_amounts_are_formatted_for_the_language(language, amount, shown):
    with translation.override(language):
        assert Template("{% load site_tags %}{{ amount|rupiah }}").render(Context({"amount": amount})) == shown


def test_fee_pages_show_todays_amounts_in_each_language(client):
    from core.translation import translate
    from tests.factories import FeeFactory

    free = FeeFactory(
        office=Office.objects.get(code=world.OFFICE, locale__language_code="id"), name="Paspor uji", rate=0
    )
    translate(free, Locale.objects.get(language_code="en"), {"Paspor uji": "Test passport"})
    indonesian = text(client.get(world.path("fees")))
    english = text(client.get(world.path("fees", "en")))
    assert "Paspor elektronik 5 tahun" in indonesian and "Rp350.000" in indonesian
    assert "Electronic passport, 5 years" in english and "IDR 350,000" in english
    assert "PP 45/2024" in indonesian and "PP 45/2024" in english
    # A free passport says so rather than showing a zero amount.
    assert "Gratis" in indonesian and "Free" in english


def test_a_scheduled_change_is_announced_before_it_applies(client):
    fee = Fee.objects.get(code="contoh-e5", locale__language_code="id")
    start = timezone.localdate() + datetime.timedelta(days=40)
    publish_rate(fee, 700_000, start)
    indonesian = soup(client.get(world.path("fees"))).select_one("#fee-contoh-e5").get_text(" ")
    english = soup(client.get(world.path("fees", "en"))).select_one("#fee-contoh-e5").get_text(" ")
    with translation.override("id"):
        day_id = Template('{{ d|date:"j F Y" }}').render(Context({"d": start}))
    with translation.override("en"):
        day_en = Template('{{ d|date:"j F Y" }}').render(Context({"d": start}))
    assert "Rp350.000" in indonesian and f"Mulai {day_id}: Rp700.000" in indonesian
    assert "IDR 350,000" in english and f"From {day_en}: IDR 700,000" in english


def test_translated_pages_share_one_amount(client):
    """A new rate entered once appears on the Indonesian and the English page."""
    fee = Fee.objects.get(code="contoh-hilang", locale__language_code="en")
    publish_rate(fee, 1_250_000, timezone.localdate() - datetime.timedelta(days=1))
    assert "Rp1.250.000" in text(client.get(world.path("lost_passport")))
    assert "IDR 1,250,000" in text(client.get(world.path("lost_passport", "en")))
    assert "Rp1.000.000" not in soup(client.get(world.path("lost_passport"))).select_one("table.fees").get_text()


def test_the_fee_page_lists_fees_the_way_the_office_speaks(client):
    """By service, then validity, in the order editors give the fees (drag and drop in the admin)."""
    rows = [row["id"] for row in soup(client.get(world.path("fees"))).select("table.fees tbody tr")]
    assert [row for row in rows if row.startswith("fee-contoh-")] == [
        "fee-contoh-e5",
        "fee-contoh-e10",
        "fee-contoh-hilang",
    ]
    # As the admin's drag and drop does: the moved fee is saved, so cached pages are renewed.
    lost = Fee.objects.get(code="contoh-hilang", locale__language_code="id")
    lost.sort_order = -1
    lost.save(update_fields=["sort_order"])
    rows = [row["id"] for row in soup(client.get(world.path("fees"))).select("table.fees tbody tr")]
    assert rows[0] == "fee-contoh-hilang"


def test_an_offices_own_fee_shows_on_its_site_only(client):
    """National fees on every site; an office's own service (PT Pos delivery) on that office's site alone."""
    from education.models import FeeIndexPage
    from tests.factories import FeeFactory, OfficeFactory, office_site

    national = FeeFactory(name="Biaya nasional uji", rate=123000)
    own_office = OfficeFactory(code="kantor-sendiri", name="Kantor Imigrasi Sendiri")
    other_office = OfficeFactory(code="kantor-lain", name="Kantor Imigrasi Lain")
    FeeFactory(name="Antar paspor kantor sendiri", office=own_office, rate=15000)
    FeeFactory(name="Antar paspor kantor lain", office=other_office, rate=25000)
    home = office_site(own_office, "sendiri.localhost")
    home.add_child(instance=FeeIndexPage(title="Biaya", slug="biaya", intro="Uji.")).save_revision().publish()

    page = text(client.get("/id/biaya/", HTTP_HOST="sendiri.localhost"))
    assert national.name in page and "Antar paspor kantor sendiri" in page
    assert "Antar paspor kantor lain" not in page
    api = client.get("/api/v1/id/fees/", HTTP_HOST="sendiri.localhost").json()["results"]
    names = {fee["name"] for fee in api}
    assert "Antar paspor kantor sendiri" in names and "Antar paspor kantor lain" not in names
    # Another office's site (the default one here) never shows this office's service.
    assert "Antar paspor kantor sendiri" not in text(client.get("/api/v1/id/fees/"))
