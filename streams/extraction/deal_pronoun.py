"""A company bought in a time clause hung on another fact: "X left Lexmark after it was acquired by Apex".

Reporters recall a takeover in passing, in a clause of time after the fact the sentence is about: "who left
Lexmark after it was acquired by Apex", "Acme shares rose after Vexor was bought by Zentra", « a quitté X après
qu'elle a été rachetée par Y ». The company bought is the subject of the time clause, not of the sentence: the one
named right after "after / when / since", or, when that subject is a pronoun, the company named last before the
clause. A pronoun's clause in a past passive is the story's background: the deal came before the fact the main
clause tells, so it is recorded but raises no alert (see `history.py`).
"""

from __future__ import annotations

import re

from streams.extraction.article import Sentence
from streams.extraction.mentions import CompanyMention

_TIME_WORD = r"(?:after|before|since|until|when|once|après[ ]qu'|avant[ ]qu'|depuis[ ]qu'|lorsqu'|quand[ ])"
_AUXILIARY = r"(?:(?:was|were|had[ ]been|has[ ]been|is|is[ ]being|a[ ]été|avait[ ]été|ait[ ]été|fut)[ ])?"
_ADVERB = r"(?:(?:later|then|eventually|finally|ensuite|finalement)[ ])?"
_PAST = r"(?:was|were|had[ ]been|a[ ]été|avait[ ]été|fut)[ ]"
_PRONOUN_PAST = re.compile(rf"\b{_TIME_WORD}[ ]?(?:it|they|il|elle|ils|elles)[ ](?P<past>{_PAST})?{_ADVERB}$")
"""Right before a passive deal cue: a time clause whose subject is a pronoun ("after it was ", « après qu'elle a
été »); the cue may hold the auxiliary ("was acquired by")."""
_PAST_CUE = re.compile(_PAST)
_TIME_CLAUSE = re.compile(rf"\b{_TIME_WORD}[ ]?")
_PRONOUN_SUBJECT = re.compile(rf"(?:it|they|il|elle|ils|elles)[ ]{_AUXILIARY}{_ADVERB}$")
_NAMED_SUBJECT_TAIL = re.compile(rf"[ ]{_AUXILIARY}{_ADVERB}$")
"""Between the time clause's named subject and the deal cue: only an auxiliary ("Vexor was bought by")."""
_REACH = 80
"""How far before the cue the time clause may open ("... after Vexor Systems was later ")."""


def time_clause_target(folded: str, sentence: Sentence, cue_start: int) -> tuple[bool, CompanyMention | None]:
    """Whether a passive deal cue stands in a time clause opened mid-sentence, and the company it tells bought.

    (False, None) when it does not (the caller reads the sentence's subject); (True, None) when the clause's
    subject is a pronoun with no company named before the clause, or not a company: nobody, never the subject
    of the main clause.
    """
    window_start = max(sentence.start + 1, cue_start - _REACH)
    clauses = list(_TIME_CLAUSE.finditer(folded, window_start, cue_start))
    if not clauses:
        return False, None
    opens = clauses[-1]
    if _PRONOUN_SUBJECT.fullmatch(folded, opens.end(), cue_start):
        return True, next((c for c in reversed(sentence.companies) if c.end <= opens.start()), None)
    named = next((c for c in sentence.companies if opens.end() <= c.start and c.end <= cue_start), None)
    if named is not None and _NAMED_SUBJECT_TAIL.fullmatch(folded, named.end, cue_start):
        return True, named
    return False, None


def told_before(folded: str, sentence_start: int, cue_start: int) -> bool:
    """Whether a deal cue is a past passive in a pronoun's time clause ("left X after it was acquired by Y").

    Such a deal came before the fact its sentence tells: background, as `history.py` reads it.
    """
    found = _PRONOUN_PAST.search(folded, max(sentence_start + 1, cue_start - _REACH), cue_start)
    return found is not None and (found.group("past") is not None or _PAST_CUE.match(folded, cue_start) is not None)
