"""The Nu HTML checker (npm vnu-jar, run with Java) finds no error on any page type.

The pages are rendered by the test client and handed to the checker as files,
all in one run: it refuses 127.0.0.1 URLs, and one Java start is slow enough."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from django.contrib.auth.models import User

from tests import world
from tests.page_types import OFFICER_PAGES, PUBLIC_PAGES
from village_programs.models import Village, VillageOfficer

VNU = Path(__file__).resolve().parents[2] / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


needs_checker = pytest.mark.skipif(
    not (shutil.which("java") and VNU.exists()),
    reason="The Nu HTML checker needs Java and node_modules/vnu-jar: run `npm ci` (make test does).",
)


def check(files):
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--errors-only", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    return [f"{Path(m['url']).name}:{m.get('lastLine')}: {m['message']} [{m.get('extract', '')}]" for m in messages]


def save(tmp_path, name, response):
    assert response.status_code in (200, 400, 404), (name, response.status_code)
    path = tmp_path / (name.strip("/").replace("/", "_").replace("?", "_").replace("&", "_") or "root")
    path = path.with_suffix(".html")
    path.write_bytes(response.content)
    return path


@needs_checker
@pytest.mark.django_db
def test_no_html_errors_on_any_page_type(site_client, tmp_path):
    client = site_client
    files = [save(tmp_path, path, client.get(path)) for path in PUBLIC_PAGES]
    # Forms with their error messages too.
    from faq.models import FaqQuestionPage

    question = FaqQuestionPage.objects.get(slug=world.slug("question", "id"))
    posted = client.post(f"/id/tanya-jawab/tanggapan/{question.pk}/", {}, HTTP_ORIGIN=f"http://{world.HOST}")
    files.append(save(tmp_path, "feedback-errors", posted))
    officer = User.objects.create_user("vnu-officer", password="Vnu-Officer-2026!")
    VillageOfficer.objects.create(user=officer, must_change_password=False).villages.set(
        Village.objects.filter(code=world.VILLAGE)
    )
    client.force_login(officer)
    files += [save(tmp_path, path, client.get(path)) for path in OFFICER_PAGES]
    files.append(save(tmp_path, "session-errors", client.post("/en/village/sessions/new/", {})))
    files.append(save(tmp_path, "request-errors", client.post("/id/desa/permintaan/baru/", {})))
    assert check(files) == []
