"""Which tests lean on the demo content packs: none but the pack tests (issue #34: tests
build their own data).

The demo's names (page slugs, fee, office and village codes) are read from the packs
themselves, the one place they are kept. A string literal in a test module that
contains one counts as a reference. The pack tests (PACK_TESTS, tests/packs/) test
the packs as content, load them with their `demo` fixture and are free."""

import pathlib
import re

import yaml

PROJECT = pathlib.Path(__file__).resolve().parent.parent
# The pack tests, free to name the demo: the packs as content, readers' queries measured on
# the shipped pages (only meaningful against real content), what the national pack tells readers.
PACK_TESTS = PROJECT / "tests" / "packs"
# This check itself, its test (which names the demo on purpose) and the world (whose paths are its own).
FREE = {"demo_references.py", "test_demo_independence.py", "world.py"}
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


def demo_pattern():
    names = sorted(demo_names(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(%s)(?![\w-])" % "|".join(map(re.escape, names)))  # noqa: UP031


def references():
    pattern = demo_pattern()
    from tests.world import PATHS as world_keys

    found = {}
    for path in sorted((PROJECT / "tests").rglob("*.py")):
        if path.is_relative_to(PACK_TESTS) or path.name in FREE:
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
