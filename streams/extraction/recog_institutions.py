"""French institutions named by a capitalised kind noun, a lower-case complement and a place or acronym.

French writes the name of a bank, fund, fund manager or transport company with one capital on its kind noun
and lower-case words after it, up to the place or the acronym that closes it: "la Caisse de dépôt et placement
du Québec", "la Société de transport de Montréal", "le Fonds de solidarité FTQ", "la Caisse d'Epargne de
Midi-Pyrénées". The capitalised-word readers cut such a name at its first lower-case word ("Caisse") or miss it.

The name is read only when all of these hold, so that prose after a capitalised noun is never taken in:
a definite article (or a sentence start) before the kind noun; lower-case words each after a particle ("de",
"du", "des", "d'", "et") except one adjective right after a noun ("Fonds locaux de solidarité"); and a closing
capitalised word after a particle ("du Québec") or an acronym ("FTQ"). "La Banque a prêté de l'argent à Lyon"
names nothing: "prêté" may be an adjective, "a" may not. A name ending on a lower-case word ("la Banque
européenne d'investissement") is left alone: nothing marks where it ends.
"""

from __future__ import annotations

import re

_KINDS = (
    "Caisse", "Caisses", "Banque", "Société", "Office", "Agence", "Fonds", "Crédit", "Compagnie", "Régie",
    "Coopérative", "Mutuelle",
)  # fmt: skip
"""Kind nouns that open an institution's own name; not "Conseil", "Commission", "Autorité": courts, regulators."""

_KIND_AT = re.compile(r"(?:" + "|".join(_KINDS) + r")(?=[ ]|[ ]?d['\u2019])")
"""A kind noun followed by its complement: one search for the nouns (no look-behind, which would slow the search
down), before a look at the article that must precede it."""
_ARTICLE_BEFORE = re.compile(
    r"(?:(?<![\w'\u2019])(?:[Ll]a|[Ll]e|[Ll]es|[Dd]u|[Aa]u|[Aa]ux|[Dd]es)[ ]|(?<![\w])[Ll]['\u2019]|[.!?\n][ ])$"
)
"""A definite article right before the kind noun, or the end of the sentence before it."""
_BEFORE = 5
_PROPER = r"[A-ZÀÂÉÈÊÎÔÛÇ][\w]*(?:-[A-Za-zÀ-ÿ][\w]*)*"
_TOKEN = re.compile(
    r"[ ](?P<particle>de[ ]la|de[ ]l['\u2019]|de|du|des|et)(?:(?<=['\u2019])|(?=[ ]))|[ ]?(?P<elided>d['\u2019])(?=\w)"
    r"|[ ](?P<acronym>[A-Z]{2,6})(?![\w\-'\u2019])"
    rf"|[ ]?(?P<capital>{_PROPER}(?:[ ]{_PROPER}){{0,2}})(?![\w\-'\u2019])"
    r"|[ ]?(?P<lower>[a-zà-ÿ][a-zà-ÿ\-]{1,24})(?![\w\-'\u2019])"
)
"""One step of a complement: a particle, a glued "d'", an acronym, capitalised words or a lower-case word."""
_MAX_STEPS = 10
_ACRONYM_NEXT = re.compile(r"[ ]\([A-Z]")
"""A name given with its acronym ("Société des rédacteurs du Monde (SRM)") is the acronym readers' to name."""


def _name_end(text: str, pos: int) -> int | None:
    """Where the institution's name that goes on at ``pos`` ends, or None when no place or acronym closes it.

    The complement alternates particles and words; a lower-case word must follow a particle, save one adjective
    right after a noun. The name closes on the first capitalised words after a particle, or on an acronym, and
    takes one more "de/du/des <Place>" after them ("Caisse d'Epargne de Midi-Pyrénées").
    """
    after_particle = False
    adjective_free = True
    for _ in range(_MAX_STEPS):
        step = _TOKEN.match(text, pos)
        if step is None:
            return None
        pos = step.end()
        if step.group("particle") or step.group("elided"):
            after_particle = True
        elif step.group("acronym"):
            return pos
        elif step.group("capital"):
            return _place_after(text, pos) if after_particle else None
        elif after_particle:
            after_particle, adjective_free = False, True
        elif adjective_free:
            adjective_free = False
        else:
            return None
    return None


_PLACE_AFTER = re.compile(rf"[ ](?:de|du|des)[ ]{_PROPER}(?![\w\-'\u2019])")


def _place_after(text: str, end: int) -> int:
    """The end of a name after its capitalised words, taking in a place that follows them ("de Midi-Pyrénées")."""
    place = _PLACE_AFTER.match(text, end)
    return place.end() if place is not None else end


def institution_names(text: str) -> list[tuple[int, str, bool]]:
    """``(start, name, strict)`` of every French institution named with a lower-case complement.

    One search for the kind nouns, then a look at the article and a short walk over the complement of each.
    """
    names: list[tuple[int, str, bool]] = []
    if not any(kind in text for kind in _KINDS):
        return names
    for anchor in _KIND_AT.finditer(text):
        start = anchor.start()
        if start > 0 and _ARTICLE_BEFORE.search(text, max(0, start - _BEFORE), start) is None:  # also "CaisseX"
            continue
        end = _name_end(text, anchor.end())
        if end is not None and end > anchor.end() and not _ACRONYM_NEXT.match(text, end):
            names.append((start, text[start:end], False))
    return names
