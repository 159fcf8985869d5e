"""Which tests still lean on the demo content packs (issue #34: tests build their own data).

The demo's names (page slugs, fee, office and village codes) are read from the packs
themselves, the one place they are kept. A string literal in a test module that
contains one counts as a reference. `BUDGET` is what each module had when this check
came in (2026-12-06); a module may only go down, and a module not listed may have none.
The pack tests (PACK_TESTS) test the packs as content, load them with the `demo` fixture
(tests/conftest.py) and are free."""

import pathlib
import re

import yaml

PROJECT = pathlib.Path(__file__).resolve().parent.parent
# The relevance sets measure search on the shipped content: readers' queries are only
# meaningful against real pages, so they are pack tests too.
PACK_TESTS = {
    "test_content_packs.py",
    "test_demo.py",
    "test_every_office.py",
    "relevance_cases.py",
    "relevance_fresh.py",
    "test_relevance.py",
    # What a reader is told is what the national pack says: documents, totals, modules.
    "test_checklist.py",
    "test_modules.py",
}
# Names that are also our package names, not demo content.
NOT_DEMO = {"home", "core", "search", "tools", "packs", "operations"}
KEYS = {"slug", "code", "page", "office"}


def demo_names():
    names = set()

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in KEYS and value is not None:
                    names.update(map(str, value.values()) if isinstance(value, dict) else [str(value)])
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    for path in (PROJECT / "site" / "demo").glob("*/*.yaml"):
        walk(yaml.safe_load(path.read_text()))
    return {name for name in names if len(name) > 3} - NOT_DEMO


# Addresses of the apps (not pages) whose words happen to be demo slugs too.
APP_ADDRESSES = ("/admin/", "/api/", "/id/tanya-jawab/tanggapan/", "/en/faq/feedback/")


def names_the_demo(literal, pattern):
    """A code (32.14.04.2006) anywhere; a slug in an address or alone, not as a word of a
    sentence ("Kebijakan privasi") or in an app's address (/admin/village-programme/)."""
    for match in pattern.finditer(literal):
        name = match.group(1)
        if any(character.isdigit() for character in name):
            return True
        if any(space in literal for space in " \n") or literal.startswith(APP_ADDRESSES) or "@" in literal:
            continue  # a sentence, an app's address, an e-mail address
        if "://" in literal and not any(ours in literal for ours in ("testserver", "localhost")):
            continue  # another site's address
        return True
    return False


def references():
    names = sorted(demo_names(), key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(%s)(?![\w-])" % "|".join(map(re.escape, names)))  # noqa: UP031
    from tests.world import PATHS as world_keys

    found = {}
    for path in sorted((PROJECT / "tests").rglob("*.py")):
        if path.name in PACK_TESTS or path.name in {"demo_references.py", "world.py"}:
            continue
        count = sum(
            1
            for line in path.read_text().splitlines()
            for _quote, literal in re.findall(r"""(["'])(.*?)\1""", line)
            if names_the_demo(literal, pattern) and literal not in world_keys  # world.path("contact") is the world's
        )
        if count:
            found[str(path.relative_to(PROJECT))] = count
    return found


# Each module's references when this check came in; lower a number when a test builds its own data.
BUDGET = {
    "tests/browser/test_offline.py": 1,
    "tests/browser/test_public.py": 7,
    "tests/browser/test_village.py": 2,
}
