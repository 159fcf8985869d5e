"""Plain text from rich text and blocks, as snippets show it."""

from core.text import html_text


def test_a_heading_or_list_item_ends_its_sentence():
    """A step's title ran into its text in search snippets ("police Ask for")."""
    rendered = "<ol><li><h3>Report the loss to the police</h3><p>Ask for a loss report.</p></li><li>Bring it</li></ol>"
    assert html_text(rendered) == "Report the loss to the police. Ask for a loss report. Bring it."


def test_text_that_already_ends_a_sentence_is_left_alone():
    assert html_text("<h2>Done?</h2><p>Yes: all of it.</p>") == "Done? Yes: all of it."
    assert html_text("no tags at all") == "no tags at all"


def test_every_line_of_the_synonyms_list_is_a_rule_of_words():
    """A comment that lost its '#' became a rule reading 'pasport' as eight words
    ('misspellings: the left side is read as the right'); nothing failed but search."""
    from pathlib import Path

    from django.conf import settings

    from core.text import parse_rules

    for rule in parse_rules(Path(settings.SEARCH_SYNONYMS_FILE).read_text(encoding="utf-8")):
        for term in [*rule.terms, rule.target]:
            assert ":" not in term and len(term.split()) <= 5, f"{rule.language}: {term!r} is not a term"
