"""A table's verb rows written once, in the infinitive, and read in the tenses reporters use.

A row such as ``forward_verbs = ["coopérer avec"]`` stands for "coopère avec", "coopèrent avec", "coopérera avec",
"a coopéré avec", "va coopérer avec", "vient de coopérer avec", ... and ``"cooperate with"`` for "cooperates with",
"cooperated with", "cooperating with" ("will cooperate with" holds "cooperate with"). Phrase rows stay exact; this
saves writing every tense by hand, which is how a row written after one article's "coopère avec" missed another
reporter's "coopérera avec". Only third persons are made (a company's own "nous" comes from
:func:`streams.extraction.cues._first_person_variants`); ``plural=True`` keeps the forms of a pair subject ("X et Y
coopèrent", "X and Y cooperate"), for the ``joint`` frame, where a singular form would lack its second partner.
"""

from __future__ import annotations

import re

from schemas.news import Language

_IRREGULAR_FR: dict[str, dict[str, str]] = {
    # infinitive -> present 3s/3p, future stem, imperfect stem, past participle
    "faire": {"3s": "fait", "3p": "font", "fut": "fer", "imp": "fais", "pp": "fait"},
    "conclure": {"3s": "conclut", "3p": "concluent", "fut": "conclur", "imp": "conclu", "pp": "conclu"},
}
_VOWELS = "aeiouyéèêh"


def _french_parts(infinitive: str) -> dict[str, str]:
    """The stems of a French verb of the first or second group, or of a listed irregular one."""
    if infinitive in _IRREGULAR_FR:
        return _IRREGULAR_FR[infinitive]
    if infinitive.endswith("ir"):  # second group: unir -> unit, unissent, unira, uni
        stem = infinitive[:-2]
        return {"3s": stem + "it", "3p": stem + "issent", "fut": infinitive, "imp": stem + "iss", "pp": stem + "i"}
    stem = infinitive[:-2]
    # coopérer -> coopère: an é in the last syllable of the stem opens before a mute ending
    index = stem.rfind("é")
    opened = (
        stem[:index] + "è" + stem[index + 1 :]
        if index > 0 and all(c not in _VOWELS for c in stem[index + 1 :])
        else stem
    )
    return {"3s": opened + "e", "3p": opened + "ent", "fut": infinitive, "imp": stem, "pp": stem + "é"}


def _french_forms(phrase: str, plural: bool) -> list[str]:
    """Third-person forms of a French infinitive phrase, reflexive ("s'associer à") or not ("coopérer avec")."""
    words = phrase.split(" ")
    head, rest = words[0], " ".join(words[1:])
    reflexive = head.startswith(("s'", "se "))
    infinitive = head[2:] if head.startswith("s'") else head
    parts = _french_parts(infinitive)
    future = parts["fut"]

    def pronoun(form: str) -> str:
        return ("s'" if form[0] in _VOWELS else "se ") + form if reflexive else form

    full = pronoun(infinitive)
    of = "d'" if full[0] in _VOWELS else "de "
    plural_forms = [
        pronoun(parts["3p"]),
        pronoun(future + "ont"),
        pronoun(future + "aient"),
        pronoun(parts["imp"] + "aient"),
        f"vont {full}",
        f"viennent {of}{full}",
        f"se sont {parts['pp']}s" if reflexive else f"ont {parts['pp']}",
    ]
    if reflexive:
        plural_forms.append(f"se sont {parts['pp']}es")
    singular_forms = [
        pronoun(parts["3s"]),
        pronoun(future + "a"),
        pronoun(future + "ait"),
        pronoun(parts["imp"] + "ait"),
        f"va {full}",
        f"vient {of}{full}",
    ]
    singular_forms += [f"s'est {parts['pp']}", f"s'est {parts['pp']}e"] if reflexive else [f"a {parts['pp']}"]
    forms = plural_forms if plural else plural_forms + singular_forms
    # "s'associe à" also contracts before an article: "s'associe au groupe X", "s'allie aux laboratoires X"
    tails = [rest, "au", "aux"] if rest == "à" else [rest]
    return [f"{form} {tail}".strip() for form in forms for tail in tails]


_IRREGULAR_EN: dict[str, tuple[str, ...]] = {
    # base -> past forms (simple past, then a different past participle if any)
    "cut": ("cut",), "quit": ("quit",), "shut": ("shut",), "put": ("put",), "set": ("set",), "let": ("let",),
    "sell": ("sold",), "buy": ("bought",), "win": ("won",), "take": ("took", "taken"), "choose": ("chose", "chosen"),
    "keep": ("kept",), "leave": ("left",), "lose": ("lost",), "give": ("gave", "given"),
    "throw": ("threw", "thrown"), "strike": ("struck",), "break": ("broke", "broken"), "go": ("went", "gone"),
    "make": ("made",), "bring": ("brought",),
}  # fmt: skip
"""Pasts the regular rule gets wrong."""
_DOUBLED_END = re.compile(r"^[^aeiou]*[aeiou][bdgklmnprt]$")
"""A one-syllable verb ending in one vowel and one consonant doubles it: stop -> stopped, stopping; drop, swap."""


def _english_forms(phrase: str, plural: bool) -> list[str]:
    """The base, third-person, past and -ing forms of an English verb phrase ("team up with" -> "teamed up with").

    Irregular pasts come from :data:`_IRREGULAR_EN` ("cut ties with" -> "cut ties with", "sold"), and short verbs
    double their last consonant ("stop buying from" -> "stopped buying from", "stopping buying from").
    """
    verb, _, rest = phrase.partition(" ")
    consonant_y = verb.endswith("y") and verb[-2:-1] not in tuple("aeiou")
    third = verb[:-1] + "ies" if consonant_y else verb + ("es" if verb.endswith(("s", "sh", "ch", "x")) else "s")
    stem = verb + verb[-1] if _DOUBLED_END.match(verb) else verb
    if verb in _IRREGULAR_EN:
        pasts: tuple[str, ...] = _IRREGULAR_EN[verb]
    else:
        pasts = (verb[:-1] + "ied" if consonant_y else stem + ("d" if verb.endswith("e") else "ed"),)
    ing = verb[:-1] + "ing" if verb.endswith("e") and not verb.endswith("ee") else stem + "ing"
    verbs = [verb, *pasts, ing] if plural else [verb, third, *pasts, ing]
    return [f"{form} {rest}".strip() for form in verbs]


def verb_forms(phrase: str, language: Language | str, *, plural: bool = False) -> list[str]:
    """The inflected forms of an infinitive phrase of a table's ``*_verbs`` row, without repeats, in a stable order."""
    forms = _english_forms(phrase, plural) if language == "en" else _french_forms(phrase, plural)
    return list(dict.fromkeys(forms))
