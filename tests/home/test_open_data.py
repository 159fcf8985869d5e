"""The open-data API answers as docs/open-data.openapi.yaml says, in both
languages, from the same facts the pages show, and never with personal data."""

import datetime
import json
import os
import re
from pathlib import Path
from urllib.parse import quote

import pytest
import yaml
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from jsonschema import Draft202012Validator
from wagtail.models import Site

from education.models import Fee, FeeRate
from home.models import Office, SiteSettings
from tests import world
from tests.factories import OfficialChannelFactory, TrainingSessionFactory
from tests.world import client_on_the_site  # noqa: F401  (the client reads the world's site)
from village_programs.models import OutreachRequest

pytestmark = pytest.mark.django_db

SPEC = yaml.safe_load((Path(__file__).resolve().parents[2] / "docs" / "open-data.openapi.yaml").read_text())
LANGUAGES = ["id", "en"]


def operation(path, method="get"):
    """The OpenAPI operation whose path template matches `path` (under /api/v1)."""
    relative = path.removeprefix("/api/v1")
    for template, operations in SPEC["paths"].items():
        if re.fullmatch(re.sub(r"\{[^}]+\}", "[^/]+", template), relative):
            return operations[method]
    raise AssertionError(f"{path} is not in the OpenAPI file")


def validate(response, path):
    """The response's status is one the OpenAPI file lists for `path`, and its body fits the schema."""
    documented = operation(path)["responses"]
    status = str(response.status_code)
    assert status in documented, f"{path} answered {status}, not documented"
    answer = documented[status]
    if "$ref" in answer:
        answer = SPEC["components"]["responses"][answer["$ref"].rsplit("/", 1)[1]]
    schema = {**answer["content"]["application/json"]["schema"], "components": SPEC["components"]}
    body = response.json()
    errors = sorted(
        Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER).iter_errors(body),
        key=str,
    )
    assert not errors, f"{path}: {errors[0].message} at {list(errors[0].absolute_path)}"
    return body


def get(client, path, **extra):
    return client.get(path, **extra)


def local(url):
    return url.removeprefix(f"http://{world.HOST}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_endpoint_and_item_answers_as_documented(client, language):
    index = validate(get(client, "/api/v1/"), "/api/v1/")
    seen = set()
    for name, urls in index["endpoints"].items():
        if name in ("channel_check", "office_finder"):  # questions, not collections
            continue
        path = local(urls[language])
        body = validate(get(client, path), path)
        seen.add(name)
        items = body.get("results")
        if items is None:  # one object: the services page
            continue
        assert items, f"{path} lists nothing"
        for item in items:
            assert item.get("language", language) == language
            detail = f"{path}{item['id']}/"
            assert validate(get(client, detail), detail) == item
    assert seen == {"fees", "requirements", "services", "events", "offices", "scam_warnings", "faq"}


def test_fees_match_the_fee_page_in_both_languages(client):
    indonesian = validate(get(client, "/api/v1/id/fees/"), "/api/v1/id/fees/")["results"]
    english = validate(get(client, "/api/v1/en/fees/"), "/api/v1/en/fees/")["results"]
    assert [fee["id"] for fee in indonesian] == [fee["id"] for fee in english]
    e_passport = next(fee for fee in english if fee["id"] == "contoh-e5")
    assert e_passport["name"] == "Electronic passport, 5 years"
    assert e_passport["current"] == {
        "amount": 350000,
        "currency": "IDR",
        "legal_basis": "PP 45/2024",
        "effective_from": "2024-12-17",
        "effective_until": None,
    }
    assert e_passport["url"] == f"http://{world.HOST}{world.path('fees', 'en')}#fee-contoh-e5"
    page = client.get(world.path("fees", "en")).content.decode()
    for fee in english:
        assert f'id="fee-{fee["id"]}"' in page


def test_a_published_fee_change_is_in_the_api_at_once_and_a_draft_is_not(client):
    path = "/api/v1/en/fees/contoh-e5/"
    assert get(client, path).json()["current"]["amount"] == 350000
    assert get(client, path)["X-Page-Cache"] == "hit"
    fee = Fee.objects.get(code="contoh-e5", locale__language_code="id")
    rate = FeeRate(fee=fee, amount=700000, legal_basis="PP 99/2026", effective_from=timezone.localdate(), live=False)
    rate.save()
    revision = rate.save_revision()
    assert get(client, path).json()["current"]["amount"] == 350000  # a draft is not public
    revision.publish()
    current = validate(get(client, path), path)["current"]
    assert (current["amount"], current["legal_basis"]) == (700000, "PP 99/2026")
    assert get(client, "/api/v1/id/fees/contoh-e5/").json()["current"]["amount"] == 700000


def test_answers_can_be_revalidated_and_read_from_any_origin(client):
    path = "/api/v1/id/requirements/"
    first = get(client, path, HTTP_ORIGIN="https://desa-sukamaju.example")
    assert first["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in first["Access-Control-Expose-Headers"]
    assert get(client, path, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert get(client, path, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    preflight = client.options(path, HTTP_ORIGIN="https://desa-sukamaju.example")
    assert preflight.status_code == 200
    assert "GET" in preflight["Access-Control-Allow-Methods"]
    posted = client.post(path)
    assert posted.status_code == 405 and posted["Allow"] == "GET, HEAD, OPTIONS"


@pytest.mark.parametrize(
    ("path", "status", "message"),
    [
        ("/api/v1/id/fees/?page=0", 400, "page harus bilangan bulat dari 1 sampai 1000000."),
        ("/api/v1/en/fees/?per_page=500", 400, "per_page must be a whole number from 1 to 100."),
        ("/api/v1/en/fees/?page=99", 404, "There is no page 99; the last page is 1."),
        ("/api/v1/id/faq/?topic=visa", 400, "Topik tidak dikenal."),
        ("/api/v1/en/requirements/not-an-id/", 404, "There is nothing with this id."),
        ("/api/v1/id/fees/paspor-emas/", 404, "Tidak ada data dengan id ini."),
        ("/api/v1/fr/fees/", 404, "Unknown language"),
        ("/api/v1/en/channels/check/", 400, "?q="),
    ],
)
def test_bad_input_gets_a_clear_message_in_the_language_asked(client, path, status, message):
    response = get(client, path)
    assert response.status_code == status
    assert message in response.json()["error"]["message"]
    if not path.startswith("/api/v1/fr/"):
        validate(response, path.split("?")[0])


def test_the_channel_check_gives_the_checkers_verdict(client):
    for office in Office.objects.filter(code=world.OFFICE):
        OfficialChannelFactory(office=office, kind="whatsapp", value="0812 0000 0001", label="Informasi")
    path = "/api/v1/en/channels/check/"
    official = validate(get(client, path, data={"q": "+62 812-0000-0001"}), path)
    assert (official["verdict"], official["office"], official["channel"]["normalized"]) == (
        "official",
        world.OFFICE,
        "+6281200000001",
    )
    assert official["message"] == "+62 812-0000-0001 belongs to Contoh Immigration Office."
    fake = validate(get(client, "/api/v1/id/channels/check/", data={"q": "imigrasi-contoh.online"}), path)
    assert (fake["official"], fake["verdict"]) == (False, "lookalike")
    unknown = validate(get(client, "/api/v1/id/channels/check/", data={"q": "0812 9999 8888"}), path)
    assert unknown["official"] is False
    assert unknown["scam_warning_url"] == f"http://{world.HOST}{world.path('fake_whatsapp')}"
    assert get(client, path, data={"q": "0812 0000 0001"})["Cache-Control"].count("no-store") == 1


def test_each_office_site_answers_with_its_own_office(client, offices):
    from education.models import ServicesPage

    other = Site.objects.get(hostname="kedua.localhost")
    settings = SiteSettings.for_site(other)
    settings.home_office = offices["other"]
    settings.save()
    other_home = other.root_page
    other_home.add_child(instance=ServicesPage(title="Jadwal", slug="jadwal", intro="Uji.")).save_revision().publish()
    host = {"HTTP_HOST": "kedua.localhost"}
    services = validate(get(client, "/api/v1/id/services/", **host), "/api/v1/id/services/")
    assert services["office"]["id"] == "kedua"
    assert services["url"].startswith("http://kedua.localhost/id/")
    assert validate(get(client, "/api/v1/id/services/"), "/api/v1/id/services/")["office"]["id"] == world.OFFICE


def everything(client):
    """Every answer of the API, in both languages, as one text."""
    texts = []
    for language in LANGUAGES:
        for name, urls in get(client, "/api/v1/").json()["endpoints"].items():
            if name != "channel_check":
                texts.append(get(client, local(urls[language]), data={"per_page": 100}).content.decode())
    return "\n".join(texts)


def test_no_personal_data_ever(client):
    session = TrainingSessionFactory(place="Rumah Bu Sulastri", notes="Peserta: Sulastri, 0813-4729-5816")
    text = everything(client)
    assert "Sulastri" not in text and "4729-5816" not in text
    for user in get_user_model().objects.all():
        assert user.username not in text, user.username
        assert not user.email or user.email not in text
    for request in OutreachRequest.objects.all():
        assert request.contact_name not in text
        assert request.contact_phone not in text
    assert session.village.name  # the session was stored; only the API leaves it out


# Generated input: Hypothesis draws parameters from the OpenAPI file (and
# hostile text beside them) for every operation; no answer may be a 500 or fall
# outside the file. CI runs the same examples every time.
settings.register_profile("open-data", max_examples=30, derandomize=True, database=None)
settings.register_profile("hunt", max_examples=500)  # HYPOTHESIS_PROFILE=hunt, as for the security sweep
GENERATED = settings(
    settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "open-data")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
HOSTILE = st.one_of(st.text(max_size=30), st.sampled_from(["\x00", "-1", "1e9", "%", "../..", "٣", "¹", " 1"]))


def parameters(operation_spec):
    found = []
    for parameter in operation_spec.get("parameters", []):
        if "$ref" in parameter:
            parameter = SPEC["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[1]]
        found.append(parameter)
    return found


def requests_for(template, operation_spec):
    """A strategy of (path, query) for one operation: valid values from the
    schema, sometimes hostile text instead, optional parameters sometimes left out."""
    values = {}
    for parameter in parameters(operation_spec):
        schema = parameter["schema"]
        value = st.one_of(from_schema(schema).map(str), HOSTILE)
        if parameter["in"] == "path":
            value = value.filter(bool).map(lambda text: quote(text, safe=""))
        if not parameter.get("required"):
            value = st.none() | value
        values[(parameter["in"], parameter["name"])] = value
    return st.fixed_dictionaries(values).map(lambda drawn: build(template, drawn))


def build(template, drawn):
    path, query = template, {}
    for (where, name), value in drawn.items():
        if value is None:
            continue
        if where == "path":
            path = path.replace("{" + name + "}", value)
        else:
            query[name] = value
    return "/api/v1" + path, query


OPERATIONS = [(template, operations["get"]) for template, operations in SPEC["paths"].items()]


@pytest.mark.parametrize(("template", "operation_spec"), OPERATIONS, ids=[op["operationId"] for _t, op in OPERATIONS])
def test_generated_requests_never_fail_and_always_fit_the_file(template, operation_spec):
    client = Client()

    @GENERATED
    @given(requests_for(template, operation_spec))
    def check(request):
        path, query = request
        from django.core.cache import cache

        cache.clear()  # the rate limit of the channel check would otherwise answer 429 throughout
        response = client.get(path, query)
        assert response.status_code < 500, (path, query)
        if response["Content-Type"].startswith("application/json"):
            validate(response, path)
        else:  # a path no URL pattern matches, e.g. an id holding an encoded slash
            assert response.status_code == 404, (path, query)

    check()


def test_answers_are_not_older_than_the_last_change(client):
    """Last-Modified is the newest update among the items answered."""
    response = get(client, "/api/v1/en/scam-warnings/")
    newest = max(item["updated_at"] for item in response.json()["results"])
    stamp = datetime.datetime.fromisoformat(newest.replace("Z", "+00:00")).replace(microsecond=0)
    assert response["Last-Modified"] == stamp.strftime("%a, %d %b %Y %H:%M:%S GMT")


def test_the_openapi_file_is_served_beside_the_api(client):
    response = client.get("/api/v1/openapi.yaml")
    assert response.status_code == 200
    assert yaml.safe_load(response.content) == SPEC
    assert response["ETag"]
    assert json.dumps(SPEC)  # plain data, nothing YAML-only


def test_the_offices_endpoint_answers_with_the_sites_office_and_the_national_ones(site_client, offices):
    national = set(Office.objects.filter(national=True, locale__language_code="id").values_list("code", flat=True))
    assert national
    answer = validate(get(site_client, "/api/v1/id/offices/"), "/api/v1/id/offices/")
    shown = {office["id"]: office["national"] for office in answer["results"]}
    assert shown == {world.OFFICE: False, **dict.fromkeys(national, True)}
    other = get(site_client, "/api/v1/en/offices/", HTTP_HOST="kedua.localhost").json()["results"]
    assert world.OFFICE not in {office["id"] for office in other}
    assert national <= {office["id"] for office in other}
    assert site_client.get(f"/api/v1/id/offices/{world.OFFICE}/", HTTP_HOST="kedua.localhost").status_code == 404
