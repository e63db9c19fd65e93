"""English tenses of a table's ``*_verbs`` rows: short verbs double their consonant, irregular pasts are known."""

import pytest

from streams.extraction.inflections import verb_forms


@pytest.mark.parametrize(
    ("phrase", "form"),
    [
        ("stop buying from", "stopped buying from"),
        ("stop buying from", "stopping buying from"),
        ("drop", "dropped"),
        ("scrap", "scrapping"),
        ("swap out", "swapped out"),
        ("cut ties with", "cut ties with"),
        ("cut ties with", "cutting ties with"),
        ("sell", "sold"),
        ("take over from", "took over from"),
        ("take over from", "taken over from"),
        ("choose", "chosen"),
        ("team up with", "teamed up with"),
        ("sever ties with", "severed ties with"),
        ("open", "opened"),
        ("end", "ended"),
    ],
)
def test_english_forms(phrase: str, form: str) -> None:
    assert form in verb_forms(phrase, "en")


@pytest.mark.parametrize(
    ("phrase", "wrong"), [("drop", "droped"), ("cut ties with", "cuted ties with"), ("end", "endded")]
)
def test_no_misspelt_forms(phrase: str, wrong: str) -> None:
    """Forms no reporter writes are not made (they would only waste the automaton's room)."""
    assert wrong not in verb_forms(phrase, "en")
