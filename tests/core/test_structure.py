"""The house's structure: the ground floor names no feature app, and the developers'
tools are not part of what production runs."""

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.home.test_security_headers import env_example

PROJECT = Path(__file__).resolve().parents[2]
GROUND_FLOOR = ["core", "operations", "home"]
FEATURE_APPS = ["education", "faq", "village_programs", "search", "packs", "tools"]
TOOL_COMMANDS = {"bench", "bench_search", "generate_search_pages", "create_demo_admin", "outreach_fault_test"}


def test_the_ground_floor_names_no_feature_app_in_a_string():
    """Coupling by string hides from import-linter: a registry or a declaration on
    the feature's side takes its place (search is a word too, so only its forms
    that name the app count: "search.x", "search:x", 'search')."""
    names = "|".join(FEATURE_APPS)
    pattern = re.compile(rf"""["']({names})(["'.:])""")
    found = []
    for package in GROUND_FLOOR:
        for path in (PROJECT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            for number, line in enumerate(path.read_text().splitlines(), 1):
                if pattern.search(line) and not re.search(r'\("search", self\.search\)', line):
                    found.append(f"{path.relative_to(PROJECT)}:{number}: {line.strip()}")
    assert not found, "\n".join(found)


def production_commands():
    env = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp"), **env_example()}
    env["SECRET_KEY"] = "k9$Qm2#vL7pW4zR8tX1cY6bN3hJ5fD0gS-aE_uI!oP*Zq7Lw3Xr9Tv2Bn6Mc"
    script = (
        "import django; django.setup(); from django.conf import settings;"
        "from django.core.management import get_commands;"
        "print(sorted(get_commands())); print('tools' in settings.INSTALLED_APPS)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=PROJECT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    commands, tools_installed = result.stdout.strip().splitlines()
    return set(eval(commands)), tools_installed == "True"


def test_production_settings_load_none_of_the_tools():
    commands, tools_installed = production_commands()
    assert not tools_installed
    assert not TOOL_COMMANDS & commands
    # The product's own commands are all there.
    assert {"run_worker", "smoke", "load_demo", "purge_personal_data", "update_index"} <= commands


def test_development_and_test_settings_have_the_tools():
    from django.core.management import get_commands

    assert TOOL_COMMANDS <= set(get_commands())


# Issue #34: home/ had become a catch-all (4,502 lines); the ground floor is split by purpose.
HOME_LINES = 2_500
PURPOSES = {
    "core": "Web plumbing",
    "operations": "Background work and upkeep",
    "packs": "Office content packs",
    "tools": "developers' tools",
}


def test_home_stays_the_home_pages_and_offices_and_each_package_says_its_purpose():
    lines = sum(
        len(path.read_text().splitlines())
        for path in (PROJECT / "home").rglob("*.py")
        if "migrations" not in path.parts
    )
    assert lines <= HOME_LINES, f"home/ holds {lines} lines of product code"
    for package, purpose in PURPOSES.items():
        docstring = (PROJECT / package / "__init__.py").read_text()
        assert docstring.startswith('"""') and purpose in docstring.split('"""')[1], package
