from pathlib import Path

import polib
import pytest

LOCALE_DIR = Path(__file__).resolve().parents[2] / "site" / "locale"


def test_indonesian_catalogue_translates_every_interface_string():
    catalogue = polib.pofile(str(LOCALE_DIR / "id" / "LC_MESSAGES" / "django.po"))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert untranslated == []
    assert fuzzy == []


@pytest.mark.parametrize("language", ["id", "en"])
def test_catalogue_placeholders_match(language):
    catalogue = polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))
    for entry in catalogue.translated_entries():
        for placeholder in ("%(", "{"):
            assert entry.msgid.count(placeholder) == (entry.msgstr or entry.msgstr_plural[0]).count(placeholder), (
                entry.msgid
            )


@pytest.mark.parametrize(
    "path",
    [
        LOCALE_DIR / "id" / "LC_MESSAGES" / "django.po",
        LOCALE_DIR.parent / "locale-admin" / "id" / "LC_MESSAGES" / "django.po",
        LOCALE_DIR.parent / "locale-admin" / "id" / "LC_MESSAGES" / "djangojs.po",
    ],
)
def test_no_string_is_written_twice(path):
    """A second entry for the same words silently replaces the first one's translation
    (an admin button once renamed the officers' "Kirim untuk diperiksa")."""
    seen = set()
    twice = []
    for entry in polib.pofile(str(path)):
        key = (entry.msgctxt, entry.msgid)
        if key in seen:
            twice.append(entry.msgid)
        seen.add(key)
    assert twice == []
