"""Labelled sentences whose organisations are renamed to invented names the knowledge base does not know.

Real stories name many firms the knowledge base has never heard of (start-ups, mid-size and foreign companies),
while the sentence sets, written after well-known stories, mostly name firms it lists. Reading the same sentences
with every organisation renamed to an invented one-word name ("Corvantis") shows how much of what the readers
find depends on knowing the names: a reader that needs the knowledge base to see a party finds nothing here.

The renaming is deterministic (a seed), whole-word, longest name first, and keeps French elision right
("d'Apple" becomes "de Corvantis"); each relation's parties are renamed with the same map.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from streams.evaluation.sentences import LabelledRelation, LabelledSentence
from streams.extraction.knowledge_base import KnowledgeBase

_SYLLABLES = (
    "bel", "cor", "van", "tis", "mor", "dra", "lex", "qua", "ren", "sol",
    "tav", "ner", "ost", "pil", "zen", "rix", "dal", "fen", "gor", "hal",
)  # fmt: skip
"""Syllables of the invented names: three of them make a word of no language the readers know."""

_ELIDED = {"d": "de", "l": "le", "qu": "que", "D": "De", "L": "Le", "Qu": "Que"}
"""French elisions before a name that started with a vowel, spelled out before a name that starts with a consonant."""


def invented_names(kb: KnowledgeBase, seed: int = 0) -> Iterator[str]:
    """Yield distinct capitalised one-word names, none of which the knowledge base knows."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, no secret
    seen: set[str] = set()
    while True:
        name = "".join(rng.sample(_SYLLABLES, 3)).capitalize()
        if name not in seen and kb.lookup(name) is None:
            seen.add(name)
            yield name


def _rename_in(text: str, names: dict[str, str]) -> str:
    """``text`` with every whole-word occurrence of a key of ``names`` replaced, longest key first."""
    for old in sorted(names, key=len, reverse=True):
        pattern = re.compile(r"(?<![\w'\u2019])(?:(?P<elided>[dDlL]|[qQ]u)['\u2019])?" + re.escape(old) + r"(?!\w)")

        def replace(match: re.Match[str], new: str = names[old]) -> str:
            elided = match.group("elided")
            return f"{_ELIDED[elided]} {new}" if elided else new

        text = pattern.sub(replace, text)
    return text


def _renamed(relation: LabelledRelation, names: dict[str, str]) -> LabelledRelation:
    subject = names.get(relation.subject, relation.subject)
    second = names.get(relation.object, relation.object) if relation.object is not None else None
    return relation.model_copy(update={"subject": subject, "object": second})


def with_unknown_names(sentences: list[LabelledSentence], kb: KnowledgeBase, seed: int = 0) -> list[LabelledSentence]:
    """``sentences`` with each sentence's organisations renamed to invented names (a fresh name per organisation)."""
    fresh = invented_names(kb, seed)
    renamed: list[LabelledSentence] = []
    for sentence in sentences:
        names = {org: next(fresh) for org in dict.fromkeys(sentence.orgs)}
        renamed.append(
            sentence.model_copy(
                update={
                    "text": _rename_in(sentence.text, names),
                    "orgs": [names[org] for org in sentence.orgs],
                    "relations": [_renamed(relation, names) for relation in sentence.relations],
                }
            )
        )
    return renamed
