import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import StringTranslation, Translation

from home.models import Office, OfficialChannel, SiteSettings
from tests import world
from tests.packs import demo_site

pytestmark = [pytest.mark.django_db, pytest.mark.content]


def snapshot():
    return {
        "pages": sorted(Page.objects.values_list("id", "title", "live", "url_path")),
        "revisions": Revision.objects.count(),
        "offices": sorted(Office.objects.values_list("id", "name")),
        "channels": sorted(OfficialChannel.objects.values_list("id", "label", "normalized")),
        "translations": Translation.objects.count(),
        "strings": StringTranslation.objects.count(),
        "settings": list(SiteSettings.objects.values_list("home_office_id", flat=True)),
    }


def test_running_the_demo_again_changes_nothing(capsys):
    before = snapshot()
    call_command("load_demo", force=True)
    assert snapshot() == before
    assert "nothing changed" in capsys.readouterr().out


def test_demo_refuses_to_run_with_debug_off_unless_forced():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="DJANGO_DEBUG off"):
        call_command("load_demo")


def test_demo_translations_are_linked_through_wagtail_localize():
    english = Locale.objects.get(language_code="en")
    home_id = demo_site.home("id").specific
    home_en = home_id.get_translation(english)
    assert home_en.live and home_en.alias_of_id is None
    assert Translation.objects.filter(source__object_id=home_id.translation_key, target_locale=english).exists()
    for office in Office.objects.filter(locale__language_code="id"):
        assert Translation.objects.filter(source__object_id=office.translation_key, target_locale=english).exists()


def test_the_demo_replaces_wagtails_welcome_page_in_every_locale():
    homes = demo_site.site().root_page.get_translations(inclusive=True)
    assert sorted(homes.values_list("title", flat=True)) == [
        "Informasi Paspor dan Keimigrasian",
        "Passport and Immigration Information",
    ]
    assert not Page.objects.filter(depth=2, title__icontains="Welcome").exists()


def test_the_demo_offices_exist_in_both_languages():
    # Karawang's pack makes its own office and the national one; each other office comes with
    # its own pack (loaded for this package by some of its tests).
    codes = {}
    for language in ("id", "en"):
        offices = Office.objects.filter(locale__language_code=language).exclude(
            code__in=[world.OFFICE, world.NATIONAL_OFFICE]
        )
        codes[language] = set(offices.values_list("code", flat=True))
        assert {"karawang", "ditjen"} <= codes[language] <= {"karawang", "ditjen", "tangerang", "samarinda"}
    assert codes["id"] == codes["en"]
    ditjen_en = Office.objects.get(code="ditjen", locale__language_code="en")
    labels = [channel.label for channel in ditjen_en.channels.all()]
    assert "Reports of suspicious foreigners, Monday to Friday 08:00–16:00" in labels


def test_demo_accounts_come_from_the_pack_once(tmp_path, monkeypatch, capsys):
    """create_demo_admin makes the administrator and the pack's officers, each once."""
    from django.contrib.auth.models import User

    from tools.management.commands import create_demo_admin

    monkeypatch.setattr(create_demo_admin, "CREDENTIALS_FILE", tmp_path / ".demo-admin")
    call_command("create_demo_admin", force=True)
    officer = User.objects.get(username="citeko").village_officer
    assert officer.must_change_password
    assert [village.code for village in officer.villages.all()] == ["32.14.04.2006"]
    assert User.objects.get(username="admin").is_superuser
    saved = (tmp_path / ".demo-admin").read_text()
    assert saved.startswith("admin ") and "\nciteko " in saved
    call_command("create_demo_admin", force=True)
    assert User.objects.filter(username__in=["admin", "citeko"]).count() == 2
    assert "username: citeko" in capsys.readouterr().out


@pytest.mark.parametrize("language, path", [("id", "/id/cari-kantor/"), ("en", "/en/office-finder/")])
def test_the_demo_sends_purwakarta_to_karawang(client, language, path):
    """Karawang serves Kabupaten Karawang and Kabupaten Purwakarta (facts.md section 10)."""
    from tests.html import soup

    found = soup(client.get(path, {"area": "32.14"})).select_one(".check-result")
    assert "Purwakarta" in found.h2.get_text()
    karawang = Office.objects.get(code="karawang", locale__language_code=language).name
    assert karawang in found.get_text()
    answer = client.get(f"/api/v1/{language}/office-finder/", {"q": "Purwakarta"}).json()
    assert [office["id"] for office in answer["offices"]] == ["karawang"]
