"""Everything the public sees goes through review (issue 14): editors write
drafts of banners, events, offices with their channels and fee rates; only
reviewers publish; the public site shows the published version only."""

import datetime

import pytest
from django.utils import timezone

from education.models import FeeRate, ServiceEvent
from home.models import AlertBanner, Office
from tests import world
from tests.factories import FeeFactory, OfficialChannelFactory, signed_in_member
from tests.html import form_data, soup, text
from tests.world import client_on_the_site  # noqa: F401  (the client reads the world's site)

pytestmark = pytest.mark.django_db


def member_of(group_name):
    return signed_in_member(group_name)[1]


@pytest.fixture
def editor():
    return member_of("Editors")


@pytest.fixture
def reviewer():
    return member_of("Reviewers")


def edit_url(instance):
    meta = instance._meta
    return f"/admin/snippets/{meta.app_label}/{meta.model_name}/edit/{instance.pk}/"


def office_event():
    event = ServiceEvent.objects.create(
        locale=office().locale,
        office=office(),
        kind=ServiceEvent.Kind.VILLAGE,
        title="Layanan paspor keliling di Desa Contoh",
        place="Balai Desa Contoh",
        starts_at=timezone.now() + datetime.timedelta(days=10),
        ends_at=timezone.now() + datetime.timedelta(days=10, hours=5),
    )
    event.save_revision().publish()
    return event


def banner():
    made = AlertBanner.objects.create(
        locale=office().locale,
        office=office(),
        message="Waspada calo di depan kantor.",
        active=True,
        expires_at=timezone.now() + datetime.timedelta(days=5),
    )
    made.save_revision().publish()
    return made


def office():
    return Office.objects.get(code=world.OFFICE, locale__language_code="id")


CHANGES = {
    "banner": (banner, "message", "Pesan baru yang belum ditinjau", "/id/"),
    "event": (office_event, "place", "Aula Kecamatan Yang Belum Ditinjau", world.path("services")),
    "office": (office, "address", "Jl. Alamat Belum Ditinjau 99", world.path("contact")),
}


def propose(client, instance, field, value, action="action-publish"):
    url = edit_url(instance)
    data = form_data(client.get(url))
    data[field] = value
    data[action] = "1"
    return client.post(url, data)


@pytest.mark.parametrize("kind", CHANGES)
def test_an_editor_cannot_publish_and_the_public_sees_the_published_version(client, editor, reviewer, kind):
    make, field, value, public_url = CHANGES[kind]
    instance = make()
    page = editor.get(edit_url(instance))
    assert page.status_code == 200
    assert soup(page).select_one('[name="action-publish"]') is None
    assert soup(page).select_one('[name="action-submit"]') is not None  # to the reviewers

    # Even a hand-made "publish" only saves a draft.
    response = propose(editor, instance, field, value)
    assert response.status_code == 302, response.content.decode()[:3000]
    instance.refresh_from_db()
    assert getattr(instance, field) != value
    assert instance.has_unpublished_changes
    assert value not in text(client.get(public_url))

    response = propose(reviewer, instance, field, value)
    assert response.status_code == 302
    instance.refresh_from_db()
    assert getattr(instance, field) == value
    assert value in text(client.get(public_url))


def test_an_editor_cannot_publish_a_channel_of_the_office(client, editor, reviewer):
    """Channels are edited inside their office, so they share its review."""
    ours = office()
    url = edit_url(ours)
    data = form_data(editor.get(url))
    total = int(data["channels-TOTAL_FORMS"])
    data.update(
        {
            "channels-TOTAL_FORMS": str(total + 1),
            f"channels-{total}-kind": "whatsapp",
            f"channels-{total}-value": "0812 9999 1234",
            f"channels-{total}-label": "Nomor belum ditinjau",
            f"channels-{total}-verified_on": "2026-11-30",
            f"channels-{total}-ORDER": str(total + 1),
            f"channels-{total}-DELETE": "",
            f"channels-{total}-id": "",
            "action-publish": "1",
        }
    )
    assert editor.post(url, data).status_code == 302
    assert not ours.channels.filter(label="Nomor belum ditinjau").exists()
    assert "Nomor belum ditinjau" not in text(client.get(world.path("contact")))
    data = form_data(editor.get(url))  # the draft, as the reviewer finds it
    data["action-publish"] = "1"
    assert reviewer.post(url, data).status_code == 302
    assert ours.channels.filter(label="Nomor belum ditinjau").exists()
    assert "Nomor belum ditinjau" in text(client.get(world.path("contact")))


def test_an_editor_cannot_publish_a_fee_rate(client, editor, reviewer):
    fee = FeeFactory(name="Biaya uji tinjauan", rate=123_000)
    rate = FeeRate.objects.get(fee=fee)
    response = propose(editor, rate, "amount", "124.000")
    assert response.status_code == 302
    rate.refresh_from_db()
    assert rate.amount == 123_000
    assert propose(reviewer, rate, "amount", "124.000").status_code == 302
    rate.refresh_from_db()
    assert rate.amount == 124_000


def test_a_new_banner_from_an_editor_waits_for_review(client, editor):
    data = {
        "message": "Peringatan baru dari editor",
        "office": office().pk,
        "level": "warning",
        "active": "on",
        "expires_at": (timezone.localtime() + datetime.timedelta(days=3)).strftime("%Y-%m-%d %H:%M"),
        "action-publish": "1",
    }
    response = editor.post("/admin/snippets/home/alertbanner/add/?locale=id", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    created = AlertBanner.objects.get(message="Peringatan baru dari editor")
    assert not created.live
    assert "Peringatan baru dari editor" not in text(client.get("/id/"))


def test_the_checker_does_not_vouch_for_an_unpublished_office():
    from education.checker import check

    draft = Office.objects.create(
        locale=office().locale,
        code="belum-terbit",
        name="Kantor Belum Terbit",
        address="-",
        opening_hours="-",
        live=False,
    )
    OfficialChannelFactory(office=draft, kind="whatsapp", value="0812 7777 0001")
    assert not check("0812 7777 0001", office().locale).official


def test_a_new_banner_is_shown_once_approved_unless_an_editor_unticks_it(editor):
    """Issue #33: the box started unticked, so an approved banner never appeared."""
    form = soup(editor.get("/admin/snippets/home/alertbanner/add/?locale=id"))
    shown = form.select_one("input[name=active]")
    assert shown.has_attr("checked")
    AlertBanner.objects.create(
        message="Spanduk uji", office=office(), locale=office().locale, expires_at=timezone.now(), live=False
    )
    labels = [th.get_text(strip=True) for th in soup(editor.get("/admin/snippets/home/alertbanner/")).select("th")]
    assert labels and len(labels) == len(set(labels)), labels
