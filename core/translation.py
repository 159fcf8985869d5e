"""Translating pages and snippets through wagtail-localize from code.

Content packs (home/packs.py) use the same path an editor uses in the admin: a translation
source, a translation, string translations, then saving the target. That keeps
the translations linked, so later edits to the Indonesian source show up in the
admin as strings to update."""

from django.db import transaction
from wagtail.models import DraftStateMixin, Page
from wagtail_localize.models import Translation, TranslationSource


class MissingStrings(Exception):
    def __init__(self, instance, missing):
        self.missing = missing
        super().__init__(f"No translation given for {len(missing)} string(s) of {instance!r}: {missing!r}")


def translate(instance, locale, strings, publish=True):
    """Translate `instance` into `locale` using `strings`, a mapping from each
    source text to its translation. Every source string must be covered, so
    that nothing is silently left in the source language."""
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    # wagtail-localize stores a multi-line text field as one string with <br/> for each line break.
    strings = {**strings, **{k.replace("\n", "<br/>"): v.replace("\n", "<br/>") for k, v in strings.items()}}
    po = translation.export_po()
    missing = []
    for entry in po:
        if entry.msgid in strings:
            entry.msgstr = strings[entry.msgid]
        else:
            missing.append(entry.msgid)
    if missing:
        raise MissingStrings(instance, missing)
    with transaction.atomic():
        translation.import_po(po, tool_name="content pack")
        # wagtail-localize would publish when the outermost transaction commits;
        # publishing here makes the result the same inside a transaction (a test,
        # a pack loaded in one go) as outside one.
        draftable = isinstance(instance, Page | DraftStateMixin)
        translation.save_target(publish=publish and not draftable)
        target = instance.get_translation(locale)
        if publish and draftable:
            target.get_latest_revision().publish()
    return target
