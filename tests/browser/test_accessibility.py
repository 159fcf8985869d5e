"""axe-core finds no WCAG 2 A/AA violation on any page type, in either language."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}}

PAGES = [
    "/id/",
    "/en/",
    "/id/syarat-paspor/",
    "/id/syarat-paspor/paspor-anak/",
    "/en/passport-requirements/lost-passport/",
    "/id/biaya-paspor/",
    "/en/services-and-schedules/",
    "/id/waspada-penipuan/",
    "/en/scam-warnings/fake-whatsapp/",
    "/id/cek-persyaratan/",
    "/id/cek-persyaratan/?need=lost&applicant=child&passport=e5&same_day=on&delivery=on",
    "/en/check-requirements/?need=new&applicant=child&passport=e10",
    "/id/cek-persyaratan/?need=lost&applicant=adult&passport=e5&print=1",
    "/id/cek-kanal-resmi/?q=0813-9967-9966",
    "/en/check-official-channels/?q=imigrasi-go-id.com",
    "/id/cari/?q=paspor",
    "/en/search/?q=zzzz",
    "/id/tidak-ada/",
]


@pytest.fixture(scope="module")
def axe():
    return Axe()


@pytest.mark.parametrize("path", PAGES)
def test_no_wcag_violations(server, page_and_steps, axe, path):
    page, step = page_and_steps
    page.goto(server.url + path)
    results = axe.run(page, options=WCAG)
    violations = [
        f"{v['id']}: {v['help']} at {[node['target'] for node in v['nodes']][:3]}"
        for v in results.response["violations"]
    ]
    assert violations == []


@pytest.mark.parametrize("path", ["/id/", "/en/passport-requirements/lost-passport/"])
def test_no_violations_on_a_phone_either(server, phone_and_steps, axe, path):
    page, step = phone_and_steps
    page.goto(server.url + path)
    assert axe.run(page, options=WCAG).response["violations"] == []
