"""No test module leans on the demo packs more than it did (tests/demo_references.py)."""

from tests.demo_references import BUDGET, references


def test_no_test_module_references_the_demo_more_than_its_budget():
    over = {path: (count, BUDGET.get(path, 0)) for path, count in references().items() if count > BUDGET.get(path, 0)}
    assert not over, f"Build the data in the test instead of naming the demo's (found, allowed): {over}"


def test_the_budget_follows_the_code_down():
    """A module that needs fewer references than its budget lowers it, so the budget never hides new ones."""
    found = references()
    stale = {path: (found.get(path, 0), allowed) for path, allowed in BUDGET.items() if found.get(path, 0) < allowed}
    assert not stale, f"Lower these budgets in tests/demo_references.py (found, allowed): {stale}"
