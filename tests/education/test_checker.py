import pytest

from tests import world
from tests.html import soup, text

pytestmark = pytest.mark.django_db


def check(client, value, language="id"):
    response = client.get(world.path("checker", language), {"q": value})
    assert response.status_code == 200
    return soup(response).select_one(".check-result")


@pytest.mark.parametrize("written", ["0813-9967-9966", "+62 813-9967-9966", "6281399679966", "081399679966"])
def test_every_notation_of_an_official_number_is_recognised(site_client, written):
    result = check(site_client, written)
    assert result.h2.get_text(strip=True) == "Resmi"
    assert "Direktorat Jenderal Imigrasi" in result.get_text()


@pytest.mark.parametrize(
    "written", ["contoh.imigrasi.go.id", "https://contoh.imigrasi.go.id/?p=3885", "WWW.IMIGRASI.GO.ID"]
)
def test_official_websites_are_recognised(site_client, written):
    assert check(site_client, written).h2.get_text(strip=True) == "Resmi"


@pytest.mark.parametrize(
    "written",
    [
        "imigrasi.go.id.example.com",
        "https://contoh.imigrasi.go.id.example.com/login",
        "imigrasi-go-id.com",
        "karawangimigrasi.id",
        "imigrasi-online.com",
    ],
)
def test_lookalikes_are_never_official_and_are_named_as_such(site_client, written):
    result = check(site_client, written)
    assert result.h2.get_text(strip=True) == "Tidak ada dalam daftar kanal resmi kami"
    assert "Kelihatannya seperti kanal imigrasi, tetapi bukan" in result.get_text()


CANNOT_CONFIRM = "Kami tidak dapat memastikan kanal ini"


def test_an_unknown_number_gets_advice_and_the_scam_warning(site_client):
    result = check(site_client, "0812-1111-2222")
    assert result.h2.get_text(strip=True) == CANNOT_CONFIRM
    assert result.find("a", string="Petugas palsu di WhatsApp")


def test_an_unverified_channel_is_not_called_official(site_client):
    from tests.factories import OfficeFactory, OfficialChannelFactory

    office = OfficeFactory(code="kantor-lain", name="Kantor Imigrasi Lain")
    OfficialChannelFactory(office=office, kind="whatsapp", value="0812 7777 0001", verified_on=None)
    result = check(site_client, "0812-7777-0001")
    assert result.h2.get_text(strip=True) == CANNOT_CONFIRM


@pytest.mark.parametrize(
    "written", ["kotalain.imigrasi.go.id", "https://layanan.imigrasi.go.id/paspor", "imigrasi.go.id"]
)
def test_every_address_under_the_national_domain_is_official(site_client, written):
    result = check(site_client, written)
    assert result.h2.get_text(strip=True) == "Resmi"
    assert "Direktorat Jenderal Imigrasi" in result.get_text()


def test_the_checker_answers_in_english(site_client):
    result = check(site_client, "+62 813 9967 9966", language="en")
    assert result.h2.get_text(strip=True) == "Official"
    assert "Directorate General of Immigration" in result.get_text()


def test_unreadable_input_is_explained(site_client):
    result = check(site_client, "@@@")
    assert result.h2.get_text(strip=True) == "Kami tidak dapat membaca isian ini"


def test_every_official_channel_is_listed(site_client):
    from tests.factories import OfficeFactory, OfficialChannelFactory

    OfficialChannelFactory(office=OfficeFactory(code="kantor-lain"), value="https://lain.imigrasi.go.id")
    body = text(site_client.get(world.path("checker")))
    assert "contoh.imigrasi.go.id" in body
    assert "+62 813-9967-9966" in body
    assert "lain.imigrasi.go.id" not in body


@pytest.mark.django_db
def test_checker_is_rate_limited_politely_in_the_readers_language(site_client, settings):
    settings.CHECKER_RATE_LIMIT = (2, 60)
    for number in ("0813-9967-9961", "0813-9967-9962"):
        assert site_client.get(world.path("checker"), {"q": number}).status_code == 200
    response = site_client.get(world.path("checker"), {"q": "0813-9967-9963"})
    assert response.status_code == 429
    assert "Mohon tunggu satu menit" in " ".join(soup(response).get_text(" ").split())
    assert soup(response).select_one(".check-result") is None


@pytest.mark.parametrize("written, language", [("M-Paspor", "id"), ("m paspor", "id"), ("MPASPOR", "en")])
def test_the_official_booking_app_is_official(site_client, written, language):
    result = check(site_client, written, language)
    assert result.h2.get_text(strip=True) == ("Resmi" if language == "id" else "Official")
    assert "M-Paspor" in result.get_text()
    assert "looks like" not in result.get_text() and "Kelihatannya" not in result.get_text()


@pytest.mark.parametrize(
    "written, heading",
    [("m-paspor.com", "Tidak ada dalam daftar kanal resmi kami"), ("@mpaspor_resmi", CANNOT_CONFIRM)],
)
def test_lookalikes_of_the_app_are_not_official(site_client, written, heading):
    result = check(site_client, written)
    assert result.h2.get_text(strip=True) == heading


@pytest.mark.parametrize(
    "language, title",
    [("id", "Sudah tertipu?"), ("en", "Already scammed?")],
)
def test_the_not_official_answer_comes_first_and_says_what_to_do_if_scammed(site_client, language, title):
    page = soup(site_client.get(world.path("checker", language), {"q": "imigrasi-go-id.com"}))
    main = page.select_one("main")
    # On a phone the answer is the first thing under the heading, before the form.
    assert main.select_one(".check-result").find_next("form") is not None
    scammed = [a for a in main.select(".check-result a") if "scammed" in a["href"] or "tertipu" in a["href"]]
    assert scammed, main.select_one(".check-result")
    assert soup(site_client.get(scammed[0]["href"])).h1.get_text(strip=True) == title


@pytest.fixture
def second_site():
    """Another office's site with a checker page of its own, built here."""
    from education.models import ChannelCheckerPage
    from tests.factories import OfficeFactory, OfficialChannelFactory, office_site

    office = OfficeFactory(code="kantor-uji", name="Kantor Imigrasi Uji")
    OfficialChannelFactory(office=office, value="https://uji.imigrasi.go.id", label="Situs kantor uji")
    home = office_site(office, "uji.localhost")
    checker = home.add_child(instance=ChannelCheckerPage(title="Cek kanal", slug="cek-kanal", intro="Uji."))
    checker.save_revision().publish()
    return "uji.localhost", "/id/cek-kanal/"


NATIONAL = [
    "lapor.go.id",
    "https://www.lapor.go.id/",
    "+62 813-9967-9966",
    "081399679966",
    "wa.me/6281399679966",
    "https://api.whatsapp.com/send?phone=6281399679966",
    "M-Paspor",
    "MPaspor",
    "M Paspor",
    "aplikasi M-Paspor",
    "imigrasi.go.id",
]


@pytest.mark.parametrize("written", NATIONAL)
def test_national_channels_are_official_on_every_office_site(site_client, second_site, written):
    host, path = second_site
    for result in (
        check(site_client, written),
        soup(site_client.get(path, {"q": written}, HTTP_HOST=host)).select_one(".check-result"),
    ):
        assert result.h2.get_text(strip=True) == "Resmi", result.get_text(" ", strip=True)
        assert "Direktorat Jenderal Imigrasi" in result.get_text()


@pytest.mark.parametrize("written", ["@kanimkarawang", "@kanim.kotalain", "facebook.com/imigrasi.kotalain.resmi"])
def test_an_unlisted_account_is_not_called_fake(site_client, written):
    result = check(site_client, written)
    assert result.h2.get_text(strip=True) in (CANNOT_CONFIRM, "Tidak ada dalam daftar kanal resmi kami")
    assert "Kelihatannya seperti kanal imigrasi, tetapi bukan" not in result.get_text()
    if written.startswith("@"):
        assert result.h2.get_text(strip=True) == CANNOT_CONFIRM
        assert "aplikasi M-Paspor" in result.get_text()


@pytest.mark.parametrize("written", ["imigrasi-online.com", "imigrasi.go.id.example.com"])
def test_imitations_of_official_addresses_are_lookalikes_on_every_site(site_client, second_site, written):
    host, path = second_site
    result = soup(site_client.get(path, {"q": written}, HTTP_HOST=host)).select_one(".check-result")
    assert "Kelihatannya seperti kanal imigrasi, tetapi bukan" in result.get_text()


def test_each_site_lists_the_national_channels_and_its_own_office_only(site_client, second_site):
    host, path = second_site
    body = text(site_client.get(path, HTTP_HOST=host))
    assert "uji.imigrasi.go.id" in body and "lapor.go.id" in body and "+62 813-9967-9966" in body
    assert "contoh.imigrasi.go.id" not in body
    own = text(site_client.get(world.path("checker")))
    assert "uji.imigrasi.go.id" not in own and "lapor.go.id" in own


def test_only_an_imitation_is_shown_as_an_alarm(site_client):
    """A channel we cannot confirm may still be real (a new office account): it is shown
    as a caution, not in the red of an imitation of an official address."""
    from tests import world

    def result(value):
        return soup(site_client.get(world.path("checker"), {"q": value})).select_one(".check-result")["class"]

    assert "is-unconfirmed" in result("0812-1111-2222")
    assert "is-unconfirmed" in result("@kantor.baru.resmi")
    assert "is-lookalike" in result("imigrasi-online.com")
