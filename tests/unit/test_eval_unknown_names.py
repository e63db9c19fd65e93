"""Sentence sets read with their organisations renamed to names the knowledge base does not know."""

from pathlib import Path

from typer.testing import CliRunner

from streams.cli import main
from streams.evaluation.sentences import LabelledSentence, score_sentences
from streams.evaluation.unknown_names import invented_names, with_unknown_names
from streams.extraction.knowledge_base import load_knowledge_base


def _sentence(text: str, orgs: list[str], relations: list[dict[str, str]], lang: str = "en") -> LabelledSentence:
    return LabelledSentence.model_validate(
        {"id": "a", "lang": lang, "text": text, "orgs": orgs, "relations": relations}
    )


def test_invented_names_are_distinct_and_unknown() -> None:
    kb = load_knowledge_base()
    names = invented_names(kb, seed=3)
    drawn = [next(names) for _ in range(500)]
    assert len(set(drawn)) == 500
    assert all(kb.lookup(name) is None and name.isalpha() and name[0].isupper() for name in drawn)
    again = invented_names(kb, seed=3)
    assert [next(again) for _ in range(500)] == drawn


def test_names_are_renamed_in_the_text_and_in_the_relations_alike() -> None:
    sentence = _sentence(
        "Bouygues Construction, a unit of Bouygues, won a contract from Walmart; Walmart's rival Target did not.",
        ["Bouygues Construction", "Bouygues", "Walmart", "Target"],
        [{"type": "customer_start", "subject": "Walmart", "object": "Bouygues Construction"}],
    )
    (renamed,) = with_unknown_names([sentence], load_knowledge_base())
    unit, parent, customer, rival = renamed.orgs
    assert len({unit, parent, customer, rival}) == 4
    assert renamed.text == (
        f"{unit}, a unit of {parent}, won a contract from {customer}; {customer}'s rival {rival} did not."
    )
    assert (renamed.relations[0].subject, renamed.relations[0].object) == (customer, unit)


def test_a_french_elision_is_spelled_out_before_the_new_name() -> None:
    sentence = _sentence(
        "Le groupe a cédé l'essentiel d'Atos à Airbus, selon l'entreprise.",
        ["Atos", "Airbus"],
        [{"type": "acquisition", "subject": "Airbus", "object": "Atos"}],
        lang="fr",
    )
    (renamed,) = with_unknown_names([sentence], load_knowledge_base())
    seller, buyer = renamed.orgs
    assert renamed.text == f"Le groupe a cédé l'essentiel de {seller} à {buyer}, selon l'entreprise."


def test_a_reader_that_needs_no_known_name_still_reads_the_renamed_sentence() -> None:
    sentence = _sentence(
        "Meta agreed to acquire Scale AI for $14.3 billion on Thursday.",
        ["Meta", "Scale AI"],
        [{"type": "acquisition", "subject": "Meta", "object": "Scale AI"}],
    )
    renamed = with_unknown_names([sentence], load_knowledge_base())
    assert "Meta" not in renamed[0].text
    assert score_sentences(renamed).by_type["acquisition"].tp == 1


def test_the_command_renames_on_request(tmp_path: Path) -> None:
    file = tmp_path / "s.jsonl"
    sentence = _sentence(
        "Google dropped Scale AI as a supplier last week.",
        ["Google", "Scale AI"],
        [{"type": "customer_end", "subject": "Google", "object": "Scale AI"}],
    )
    file.write_text(sentence.model_dump_json() + "\n", encoding="utf-8")
    shown = CliRunner().invoke(main.app, ["eval-sentences", str(file), "--unknown-names", "--show"])
    assert shown.exit_code == 0, shown.output
    assert "organisations renamed" in shown.output
    assert "Google" not in shown.output.split("organisations renamed", 1)[1]
