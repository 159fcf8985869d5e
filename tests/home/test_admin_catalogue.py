"""The editors' common admin screens speak Indonesian (issue #33): no label, button,
menu entry or hint on them is a Wagtail string left in English. Wagtail's own id_ID
catalogue translates about 260 of its strings; site/locale-admin/ supplies the rest that
these screens show."""

import html
import json
import re
from pathlib import Path

import polib
import pytest
import wagtail
import wagtail_localize
from bs4 import BeautifulSoup
from django.utils import translation
from wagtail.models import Page

from tests import world

pytestmark = pytest.mark.django_db

WAGTAIL = Path(wagtail.__file__).parent
LOCALIZE = Path(wagtail_localize.__file__).parent
# Written the same in Indonesian.
SAME_IN_BOTH = {"Admin", "Administrator", "Minimum", "Status", "Tag"}


def wagtail_strings():
    """Every string Wagtail and wagtail-localize can show, from their English catalogues (msgid = the English)."""
    found = set()
    for path in [*WAGTAIL.rglob("locale/en/LC_MESSAGES/django.po"), LOCALIZE / "locale/en/LC_MESSAGES/django.po"]:
        found.update(entry.msgid for entry in polib.pofile(str(path)) if len(entry.msgid) > 2)
    return found


def shown_strings(response, candidates):
    """Text nodes and attributes a person sees or hears, and the strings Wagtail hands
    to its scripts (the sidebar menu, bulk-action labels) in JSON."""
    page = BeautifulSoup(response.content, "html.parser")
    raw = html.unescape(response.content.decode())
    for tag in page(["script", "style"]):
        tag.decompose()
    texts = {" ".join(text.split()) for text in page.stripped_strings}
    for element in page.find_all(True):
        for attribute in ("aria-label", "title", "placeholder"):
            if element.get(attribute):
                texts.add(" ".join(element[attribute].split()))
    texts.update(string for string in candidates if f'"{string}"' in raw)
    # Lower-case single words in JSON are keys and names (`"locale"`, `"density"`), not labels.
    return {text for text in texts & candidates if not re.fullmatch(r"[a-z_]+", text)}


def test_the_common_admin_screens_have_no_english_label(admin_client, admin_user):
    admin_client.cookies["django_language"] = "id"
    home = Page.objects.get(url_path="/" + world.slug("home", "id") + "/").specific
    # A page in review, so its edit view offers the reviewer's actions (approve, request changes).
    home.save_revision(user=admin_user)
    home.get_workflow().start(home, admin_user)
    # An English page: its editor is wagtail-localize's translation editor.
    english_page = Page.objects.get(url_path__endswith="/" + world.slug("new_passport", "en") + "/")
    screens = [
        f"/admin/pages/{english_page.pk}/edit/",
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{home.pk}/",
        f"/admin/pages/{home.pk}/edit/",
        f"/admin/pages/{home.pk}/history/",
        "/admin/pages/search/?q=paspor",
        "/admin/snippets/home/alertbanner/",
        "/admin/snippets/home/alertbanner/add/",
        "/admin/snippets/education/feerate/",
        "/admin/images/",
        "/admin/documents/",
        "/admin/reports/locked/",
        "/admin/reports/site-history/",
        "/admin/reports/aging-pages/",
        "/admin/workflows/list/",
        "/admin/workflows/tasks/index/",
        "/admin/users/",
        "/admin/account/",
    ]
    candidates = wagtail_strings()
    english = {}
    with translation.override("id"):
        for url in screens:
            response = admin_client.get(url, HTTP_ACCEPT_LANGUAGE="id")
            assert response.status_code == 200, url
            for text in shown_strings(response, candidates):
                if text not in SAME_IN_BOTH and translation.gettext(text) == text:
                    english.setdefault(text, url)
    assert not english, "\n".join(f"{url}: {text!r}" for text, url in sorted(english.items()))


def test_the_admins_scripts_speak_indonesian(admin_client):
    """The strings Wagtail's scripts show (Collapse all, Main menu, Cancel…) come from its
    JavaScript catalogue: each one has an Indonesian entry there."""
    admin_client.cookies["django_language"] = "id"
    script = admin_client.get("/admin/jsi18n/", HTTP_ACCEPT_LANGUAGE="id").content.decode()
    catalogue = json.loads(re.search(r"const newcatalog = (\{.*?\n  \});", script, re.S).group(1))
    source = polib.pofile(str(WAGTAIL / "admin" / "locale" / "en" / "LC_MESSAGES" / "djangojs.po"))
    untranslated = [entry.msgid for entry in source if entry.msgid not in catalogue]
    assert not untranslated, untranslated
    assert catalogue["Collapse all"] == "Tutup semua"


def test_the_translation_editors_script_speaks_indonesian(admin_client):
    """wagtail-localize's translation editor draws its buttons ("Convert to alias page",
    "Download PO file") from its own JavaScript catalogue."""
    admin_client.cookies["django_language"] = "id"
    script = admin_client.get("/admin/localize/jsi18n/", HTTP_ACCEPT_LANGUAGE="id").content.decode()
    catalogue = json.loads(re.search(r"const newcatalog = (\{.*?\n  \});", script, re.S).group(1))
    source = polib.pofile(str(LOCALIZE / "locale" / "en" / "LC_MESSAGES" / "djangojs.po"))
    untranslated = [entry.msgid for entry in source if entry.msgid not in catalogue]
    assert not untranslated, untranslated
    assert catalogue["Download PO file"] == "Unduh berkas PO"
