"""Session 28 (names), speed: the whole-text name scans rewritten to open on their first character find what the
patterns they replace found.

A pattern that starts with a look-behind or an alternation is tried by ``re`` at every position of the text; opened
on a character class, with the look-behind after it, ``re`` jumps from one such character to the next. Each rewrite
is checked against the former pattern on many random texts made of the pieces that decide a match.
"""

from __future__ import annotations

import random
import re

import pytest

from streams.extraction.acq_frame_names import (
    _BID_FOR,
    _BID_FOR_WORDS,
    _BOUGHT_BY,
    _BOUGHT_BY_WORDS,
    _OWNER_OF,
    _OWNER_OF_WORDS,
    _PURCHASES_OF,
    _PURCHASES_OF_WORDS,
    _SOLD_TO,
    _SOLD_TO_WORDS,
)
from streams.extraction.customer_roles import _EITHER, _NOUN, _NOUN_WORDS, _RELY_ON, _USED_BY
from streams.extraction.first_letters import _CASE_TRAPS, opened_on_first_letters
from streams.extraction.funding_names import (
    _BACKERS_OF,
    _BACKERS_OF_WORDS,
    _INVESTEE_AFTER,
    _INVESTEE_AFTER_WORDS,
    _ROUND_INTO,
    _ROUND_INTO_WORDS,
    _ROUND_OF_FR,
    _ROUND_OF_FR_WORDS,
)
from streams.extraction.invest_frame_names import (
    _HOLDINGS_IN,
    _HOLDINGS_IN_WORDS,
    _LED_BY_FR,
    _LED_BY_FR_WORDS,
    _MANAGED_BY,
    _MANAGED_BY_WORDS,
    _RAISED_FROM,
    _RAISED_FROM_FR,
    _RAISED_FROM_FR_WORDS,
    _RAISED_FROM_WORDS,
    _ROUND_THAT,
    _ROUND_THAT_WORDS,
)
from streams.extraction.mentions import (
    _AFTER_LOWER_WORD,
    _COUNTED_MAKER,
    _KIND_NEXT,
    _LEGAL_FORM,
    _LEGAL_FORMS,
    _OF_COUNTRY,
    _PARTNERS_FIRM,
    _PLACED,
)
from streams.extraction.object_slots import _SLOT, _SLOT_BEFORE, _SLOT_BEFORE_WORDS, _SLOT_WORDS
from streams.extraction.parties import (
    _CITY_CUSTOMER,
    _COUNT_REST,
    _UNNAMED_BY_SHARE,
    _UNNAMED_BY_SHARE_BODY,
    _UNNAMED_COUNTED,
    _UNNAMED_COUNTED_BODY,
    _UNNAMED_EN,
    _UNNAMED_EN_BODY,
    _UNNAMED_FOREIGN_FR,
    _UNNAMED_FOREIGN_FR_BODY,
    _UNNAMED_FR,
    _UNNAMED_FR_AFTER,
    _UNNAMED_FR_AFTER_BODY,
    _UNNAMED_FR_BODY,
    _UNNAMED_FR_OWNED,
    _UNNAMED_FR_OWNED_BODY,
    _UNNAMED_SECTOR,
    _UNNAMED_SECTOR_BODY,
    _UNNAMED_SECTOR_COUNTED,
)
from streams.extraction.person_marks import _FIRST_NAME_ANYWHERE, FIRST_NAME_BEFORE
from streams.extraction.recog_fr_slots import (
    _AGENT,
    _ARTICLE,
    _BINDING_VERBS,
    _BOUND,
    _CLEFT,
    _END,
    _LONG_LIST,
    _NAME,
    _OF,
    _OWNED,
    _OWNED_NOUNS,
)
from streams.extraction.roles_fr import _ARTICLE_NAME, CLAUSE_OPENING

_PIECES = (
    ".", "!", "?", "\n", " ", "  ", '"', "\u201d", "\u00bb", "(", "«", ",", ", ", "-", "'", "\u2019", "x", "é", "É",
    "12", "3 ", "737 ", "A320neo", "Le ", "La ", "Les ", "The ", "Rennes ", "Austin ", "Lyon", "a ", "met fin ",
    "ended ", "renewed ", "In ", "A ", "À ", "L'", "Tulsa", "la ", "aux ", "au ", "les ", "le ", "l'", "Korvia",
    "SNCB", "Acme", "Boeing ", "de ", "liant ", "Liait ", "unit ", "UNISSANT ", "à ", "lie ", "et ", "ou ",
    "Martin ", "and ", "Sons", "Fils", "of ", "the ", "Netherlands", "nouveaux ", "more ",
)  # fmt: skip
_CASES = 6000


def _texts(seed: int) -> list[str]:
    rng = random.Random(seed)  # noqa: S311 - reproducible test data
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 30))) for _ in range(_CASES)]


def _former_alternation(
    pattern: re.Pattern[str], words: tuple[str, ...], not_after: str = r"\w", ignorecase: bool = False
) -> str:
    """The pattern as it was: the alternation of the words it now opens on their first letters, bounded by a look-behind
    before it, then the same rest."""
    opening = opened_on_first_letters(words, not_after, ignorecase=ignorecase)
    assert pattern.pattern.startswith(opening), pattern.pattern
    flags = "(?i:" if ignorecase else "(?:"
    return rf"(?<!{not_after}){flags}" + "|".join(words) + ")" + pattern.pattern.removeprefix(opening)


def _former_opening(pattern: re.Pattern[str], opening: str, former: str) -> str:
    """The pattern as it was: its former opening (a look-behind, then the characters) before the same rest."""
    assert pattern.pattern.startswith(opening), pattern.pattern
    return former + pattern.pattern.removeprefix(opening)


_CITY_LEAD = re.compile(r"(?:^|(?<=[.!?\n])[ ]{0,2}|(?<=[.!?][\"\u201d\u00bb])[ ]{0,2})(?!(?:Le|La|Les|The)[ ])")


def _former_city_customer() -> re.Pattern[str]:
    """The city pattern as it was: its sentence opening first, then the capital."""
    tail = _CITY_CUSTOMER.pattern.split("(?<=T)he[ ])", 1)[1]
    return re.compile(_CITY_LEAD.pattern + "(?P<city>[A-ZÀÂÇÉÈÊÎÔ]" + tail)


_REWRITES = [
    (_CITY_CUSTOMER, _former_city_customer(), False),
    (_OF_COUNTRY, re.compile(_former_opening(_OF_COUNTRY, r"([A-Z](?<![\w\-].)", r"(?<![\w\-])([A-Z]")), True),
    (_PARTNERS_FIRM, re.compile(_former_opening(_PARTNERS_FIRM, r"[A-Z](?<![\w\-].)", r"(?<![\w\-])[A-Z]")), True),
    (
        _COUNTED_MAKER,
        re.compile(_former_opening(_COUNTED_MAKER, r"\d(?<![\w.,].)\d{0,3}", r"(?<![\w.,])\d{1,4}")),
        True,
    ),
    (
        _PLACED,
        re.compile(
            _former_opening(
                _PLACED,
                r"([AÀI](?:(?<=^.)|(?<=[.!?\n].)|(?<=[.!?\n][ ].)|(?<=[.!?\n][ ][ ].))(?:(?<=I)n|(?<=[AÀ])))[ ]",
                r"(?:^|[.!?\n][ ]{0,2})([AÀ]|In)[ ]",
            )
        ),
        False,
    ),
    (
        _ARTICLE_NAME,
        re.compile(r"(?<![^\s(«\"])(?:[Ll]a|[Ll]es?|[Aa]ux?|[Ll]['\u2019])[ ]?(?=[A-ZÀÂÇÉÈÊÎÔÖÜ][a-zà-ÿ])"),
        True,
    ),
    (
        _BOUND,
        re.compile(_former_alternation(_BOUND, _BINDING_VERBS, r"[\w]", ignorecase=True)),
        True,
    ),
    (
        _LONG_LIST,
        re.compile(rf"(?<![\w'\u2019])({_NAME})(?:,[ ](?:{_NAME})){{1,6}},?[ ](?:et|ou(?:[ ]encore)?)[ ]{_NAME}{_END}"),
        True,
    ),
]


@pytest.mark.parametrize(("pattern", "former", "whole"), _REWRITES, ids=lambda value: str(value)[:40])
def test_the_scan_opened_on_its_character_finds_the_former_matches(
    pattern: re.Pattern[str], former: re.Pattern[str], whole: bool
) -> None:
    for text in _texts(28):
        found = [(m.span() if whole else None, m.regs[1:], m.groups()) for m in pattern.finditer(text)]
        assert found == [(m.span() if whole else None, m.regs[1:], m.groups()) for m in former.finditer(text)], text


def test_the_rewrites_open_on_a_character_class() -> None:
    """``re`` skips to the opening characters only when the compiled pattern starts with them (no look-behind)."""
    for pattern, _, _ in _REWRITES:
        assert not pattern.pattern.startswith("(?<"), pattern.pattern


def test_a_city_opening_a_sentence_is_read() -> None:
    text = "Talks ended.  Rennes met fin à son contrat. Le Mans a résilié le contrat."
    assert [m.group("city") for m in _CITY_CUSTOMER.finditer(text)] == ["Rennes"]
    assert [m.groups() for m in _PLACED.finditer("Prices rose. In Tulsa, the plant shut. A L'Horme, X.")] == [
        ("In", None, "Tulsa"),
        ("A", "L'", "Horme"),
    ]


# The descriptions of unnamed parties as they were: a word boundary, then the determiner or the count, then the same
# words as now (the bodies the code shares with these).
_COUNTS = "|".join(
    letter + rest
    for letter, rests, single in re.findall(r"\(\?<=(\w)\)(?:\(\?:([\w|]+)\)|(\w+))", _COUNT_REST)
    for rest in (rests or single).split("|")
)
"""The counts ("two", "several") read back from the rests the code writes after their first letters."""
_UNNAMED_EN_FORMER = re.compile(
    r"\b(?:(?:[Aa]|[Aa]n|[Oo]ne[ ]of[ ](?:its|their|the)|[Ii]ts|[Tt]heir|[Aa]nother)[ ])" + _UNNAMED_EN_BODY
)
_UNNAMED_FR_FORMER = re.compile(
    r"\b(?:(?:[Uu]n|[Uu]ne|[Ll]'un[ ]de[ ]ses|[Ll]'une[ ]de[ ]ses|[Ss]on|[Ss]a|[Ll]eur|[Uu]n[ ]de[ ]ses)[ ])"
    + _UNNAMED_FR_BODY
)
_UNNAMED_FR_OWNED_FORMER = re.compile(r"\b(?:[Ll]e|[Ll]a)[ ]" + _UNNAMED_FR_OWNED_BODY)
_UNNAMED_FR_AFTER_FORMER = re.compile(
    r"\b(?:(?:[Uu]n|[Uu]ne|[Ll]'un[ ]de[ ]ses|[Ll]'une[ ]de[ ]ses|[Uu]n[ ]de[ ]ses)[ ])" + _UNNAMED_FR_AFTER_BODY
)
_UNNAMED_SECTOR_FORMER = re.compile(
    r"\b(?:[Aa]|[Aa]n|[Oo]ne[ ]of[ ](?:its|their|the))[ ]"
    + _UNNAMED_SECTOR_BODY
    + r"|(?<![Tt]he[ ])(?<![Tt]hese[ ])(?<![Tt]hose[ ])(?<![Ii]ts[ ])(?<![Tt]heir[ ])"
    + rf"\b((?:{_COUNTS}){_UNNAMED_SECTOR_COUNTED})\b"
)
_UNNAMED_BY_SHARE_FORMER = re.compile(
    r"\b(?:[Aa]|[Oo]ne[ ]of[ ](?:its|their|the[ ]company's)|[Uu]n|[Ll]'un[ ]de[ ]ses)[ ]" + _UNNAMED_BY_SHARE_BODY
)
_UNNAMED_COUNTED_FORMER = re.compile(rf"\b((?:{_COUNTS}){_UNNAMED_COUNTED_BODY})\b")
_UNNAMED_FOREIGN_FR_FORMER = re.compile(
    r"\b(?:(?:[Uu]n|[Uu]ne|[Dd]eux|[Tt]rois|[Pp]lusieurs)[ ])" + _UNNAMED_FOREIGN_FR_BODY
)

_UNNAMED = [
    (_UNNAMED_EN, _UNNAMED_EN_FORMER),
    (_UNNAMED_FR, _UNNAMED_FR_FORMER),
    (_UNNAMED_FR_OWNED, _UNNAMED_FR_OWNED_FORMER),
    (_UNNAMED_FR_AFTER, _UNNAMED_FR_AFTER_FORMER),
    (_UNNAMED_SECTOR, _UNNAMED_SECTOR_FORMER),
    (_UNNAMED_BY_SHARE, _UNNAMED_BY_SHARE_FORMER),
    (_UNNAMED_COUNTED, _UNNAMED_COUNTED_FORMER),
    (_UNNAMED_FOREIGN_FR, _UNNAMED_FOREIGN_FR_FORMER),
]
_UNNAMED_PIECES = (
    "a ", "A ", "An ", "one of its ", "One of the ", "the ", "The ", "these ", "its ", "Their ", "two ", "several ",
    "multiple ", "seven ", "nine ", "ten ", "eight ", "major ", "US ", "oil ", "big ", "foo-based ", "companies",
    "company ", "firms ", "makers", "group of ", "customers", "clients ", "un ", "une ", "l'un de ses ", "Son ", "sa ",
    "leur ", "grand ", "client ", "important ", "le ", "La ", "principal ", "de la société ", "du groupe", ", ", "x",
    "é", "Deux ", "trois ", "plusieurs ", "marines ", "étrangères ", "airlines", "which made up ", "32%", " ", ".",
    "Orvane",
)  # fmt: skip


def _description(match: re.Match[str], former: bool) -> tuple[tuple[int, int], str]:
    """The span :func:`parties.find_unnamed_parties` reads: the description without its determiner, or the count's
    whole match (the former patterns held the count in a group of its own)."""
    if former:
        group = 1 if match.group(1) is not None else 2 if match.re.groups > 1 else 1
    else:
        group = 1 if match.re.groups and match.group(1) is not None else 0
    return match.span(group), match.group(0)


@pytest.mark.parametrize(("pattern", "former"), _UNNAMED, ids=lambda value: str(value)[:40])
def test_an_unnamed_party_opened_on_its_first_letter_is_the_former_description(
    pattern: re.Pattern[str], former: re.Pattern[str]
) -> None:
    rng = random.Random(2028)  # noqa: S311 - reproducible test data
    texts = ["".join(rng.choice(_UNNAMED_PIECES) for _ in range(rng.randint(1, 14))) for _ in range(_CASES)]
    for text in texts + _texts(29):
        found = [(_description(m, former=False), m.end()) for m in pattern.finditer(text)]
        assert found == [(_description(m, former=True), m.end()) for m in former.finditer(text)], text


_LEGAL_FORM_FORMER = re.compile(
    r"(?<![\w])(?:"
    + "|".join(
        r"(?:(?<=[a-z][ ])|^)" + form.replace(_AFTER_LOWER_WORD, "") if _AFTER_LOWER_WORD in form else form
        for form in _LEGAL_FORMS
    )
    + r")(?![\w-])"
)
"""The legal forms as a bounded alternation of the code's own list, the forms that follow a lower-case word looking
behind them before they open."""
_OWNED_FORMER = re.compile(
    rf"(?<![\w\-])(?i:{'|'.join(_OWNED_NOUNS)})[ ]{_OF}(?P<name>{_NAME}){_END}"
    rf"(?P<more>(?:,[ ]{_OF}{_NAME}){{0,4}}[ ](?:et|ou)[ ]{_OF}{_NAME}{_END})?"
)
_FORM_PIECES = (
    *("Inc", "Corp", "Corporation", "Ltd", "LTD", "Ltda", "S.A", "S.A.S", "SA", "SAS", "AS", "SL", "KG", "SNC", "e.K"),
    *(
        "a.s",
        "s.r.o",
        "sp. z o.o",
        "Sp. z o.o",
        "SAB de CV",
        "Sdn Bhd",
        "Sdn. Bhd",
        "Joint Stock Company",
        "A/S",
        "plc",
    ),
    *(" ", ", ", ".", "-", "x", "acme ", "Acme ", "\n", "é", "\u0130", "\u0131", "\u017f", "\u212a", "Co", "Corpo"),
)
_OWNED_PIECES = (
    *("dirigeants ", "DIRIGEANTES ", "Patrons ", "actionnaire ", "investisseurs ", "SALARIÉS ", "capital ", "part "),
    *("parts ", "prendra la direction ", "Assurer la direction ", "pris la direction ", "présidente du conseil "),
    *("présidence du directoire ", "président-directeur général ", "directeur financier ", "chiffre d'affaires total "),
    *("de ", "de la ", "du ", "d'", "l'", "Korvia", "Dorvane", " et ", " ou ", ", ", ".", " ", "x", "-", "é"),
    *("\u0130nvestisseurs ", "\u0131nvestisseurs ", "\u017falariés ", "\u212a"),
)


def _pieces_texts(seed: int, pieces: tuple[str, ...]) -> list[str]:
    rng = random.Random(seed)  # noqa: S311 - reproducible test data
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(_CASES)]


def test_legal_forms_opened_on_their_first_letters_are_the_former_alternation() -> None:
    for text in _pieces_texts(30, _FORM_PIECES):
        assert [m.span() for m in _LEGAL_FORM.finditer(text)] == [m.span() for m in _LEGAL_FORM_FORMER.finditer(text)]
        assert (_LEGAL_FORM.fullmatch(text) is None) == (_LEGAL_FORM_FORMER.fullmatch(text) is None), text
        for pos in range(len(text)):
            found, former = _LEGAL_FORM.match(text, pos), _LEGAL_FORM_FORMER.match(text, pos)
            assert (found and found.span()) == (former and former.span()), (text, pos)


def test_owned_nouns_opened_on_their_first_letters_are_the_former_alternation_in_any_case() -> None:
    for text in _pieces_texts(31, _OWNED_PIECES):
        found = [(m.span(), m.regs, m.groups()) for m in _OWNED.finditer(text)]
        assert found == [(m.span(), m.regs, m.groups()) for m in _OWNED_FORMER.finditer(text)], text


def test_the_case_traps_are_every_other_character_an_ascii_letter_matches() -> None:
    """Under ``re.IGNORECASE`` an ASCII letter matches its two cases and only these characters beside them."""
    letters = re.compile(r"(?i:[a-z])")
    others = {chr(code) for code in range(0x110000) if letters.fullmatch(chr(code)) and not chr(code).isascii()}
    assert others == set(_CASE_TRAPS)


@pytest.mark.parametrize("ignorecase", [False, True])
def test_opened_on_first_letters_is_the_bounded_alternation(ignorecase: bool) -> None:
    words = ("in", "inc", "iso", "ka", "sa", r"s\.a", "Ab", "abc")
    flags = "(?i:" if ignorecase else "(?:"
    former = re.compile(rf"(?<![\w\-]){flags}{'|'.join(words)})")
    opened = re.compile(opened_on_first_letters(words, r"[\w\-]", ignorecase=ignorecase))
    pieces = (
        "in",
        "inc",
        "In",
        "INC",
        "iso",
        "\u0130so",
        "\u0131n",
        "ka",
        "\u212aa",
        "sa",
        "\u017fa",
        "s.a",
        "Ab",
        "AB",
    )
    for text in _pieces_texts(32, (*pieces, "abc", " ", "-", "x", ".")):
        assert [m.span() for m in opened.finditer(text)] == [m.span() for m in former.finditer(text)], text


def test_a_word_must_open_on_a_letter() -> None:
    with pytest.raises(ValueError, match="open on a letter"):
        opened_on_first_letters(["(?:a|b)c"], r"[\w]")


_FUNDING_FORMER = [
    (_INVESTEE_AFTER, _former_alternation(_INVESTEE_AFTER, _INVESTEE_AFTER_WORDS)),
    (_ROUND_OF_FR, _former_alternation(_ROUND_OF_FR, _ROUND_OF_FR_WORDS)),
    (_BACKERS_OF, _former_alternation(_BACKERS_OF, _BACKERS_OF_WORDS)),
    (_ROUND_INTO, _former_alternation(_ROUND_INTO, _ROUND_INTO_WORDS)),
]
_FUNDING_PIECES = (
    *(
        "invest",
        "invested ",
        "investments ",
        "investors ",
        "backers ",
        "investi ",
        "investissements ",
        "injecté ",
        "misé ",
    ),
    *("$5m ", "in ", "into ", "dans ", "online auctioneer ", "Korvia", "Dorvane", "tour de table ", "levée de fonds "),
    *(
        "tour d'amorçage ",
        "série B ",
        "tour de 40 millions d'euros ",
        "de ",
        "d'",
        "of ",
        "round ",
        "Series A ",
        "seed round ",
    ),
    *("funding ", "financing ", "for ", "x", " ", ".", ",", "-", "é", "reinvest", "shareholders ", "actionnaires "),
)


@pytest.mark.parametrize(("pattern", "former"), _FUNDING_FORMER, ids=lambda value: str(value)[:40])
def test_funding_slots_opened_on_their_first_letters_are_the_former_patterns(
    pattern: re.Pattern[str], former: str
) -> None:
    compiled = re.compile(former)
    for text in _pieces_texts(33, _FUNDING_PIECES):
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in compiled.finditer(text)], text


def test_the_kind_referent_taken_without_backtracking_is_the_lazy_pattern_s() -> None:
    """Taken whole ("{0,240}+"), the words of the subject's sentence reach the same first stop as taken lazily."""
    former = re.compile(_KIND_NEXT.pattern.replace("{0,240}+", "{0,240}?"), _KIND_NEXT.flags)
    assert former.pattern != _KIND_NEXT.pattern
    pieces = (
        "Vexora",
        "Kelvio ",
        "cut jobs",
        ", ",
        " ",
        ". ",
        ".  ",
        "! ",
        "?",
        "\n",
        "The ",
        "Swedish ",
        "firm",
        "Le ",
    )
    for text in _pieces_texts(34, (*pieces, "groupe", "L'", "équipementier", "La ", "x", "company ", "-", '"', "»")):
        assert [(m.span(), m.groups()) for m in _KIND_NEXT.finditer(text)] == [
            (m.span(), m.groups()) for m in former.finditer(text)
        ], text


_FRENCH_PIECES = (
    *(
        "par ",
        "Par ",
        "apar ",
        "l'",
        "la ",
        "Korvia",
        "Dorvane ",
        "Bellmark",
        "c'est ",
        "C\u2019est ",
        "qui ",
        "de ",
        "x",
    ),
    *(". ", ", ", "\n", "»", '"', " ", "é", "Éa", "Jean", "-Louis ", "Ab ", "'", "\u2019", "-", "et ", "qu'"),
)


def test_french_scans_opened_on_their_first_letter_are_the_former_patterns() -> None:
    agent = re.compile(rf"(?<![\w'\u2019])par[ ](?P<article>{_ARTICLE})?(?P<name>{_NAME}){_END}")
    cleft = re.compile(rf"(?<![\w])[Cc]['\u2019]est[ ](?P<name>{_NAME})[ ]qui[ ]")
    opening = re.compile(r"(?:^|(?<=[.!?\n»\"][ ])|(?<=,[ ])|(?<=\n))(?=[A-ZÀ-Ý])")
    first_name = r"(?<![\w\-'\u2019])([A-ZÀ-Ý][a-zß-ÿ]+)(-[A-ZÀ-Ý][a-zß-ÿ]+)?[ ]"
    for text in _pieces_texts(35, _FRENCH_PIECES):
        for pattern, former in ((_AGENT, agent), (_CLEFT, cleft), (_FIRST_NAME_ANYWHERE, re.compile(first_name))):
            found = [(m.span(), m.regs) for m in pattern.finditer(text)]
            assert found == [(m.span(), m.regs) for m in former.finditer(text)], text
        assert [m.start() for m in CLAUSE_OPENING.finditer(text)] == [m.start() for m in opening.finditer(text)], text
        before = re.compile(first_name + "$")
        for end in range(len(text) + 1):
            found_before = FIRST_NAME_BEFORE.search(text, max(0, end - 32), end)
            former_before = before.search(text, max(0, end - 32), end)
            assert (found_before and found_before.regs) == (former_before and former_before.regs), (text, end)


def test_party_slots_opened_on_their_first_letters_are_the_former_patterns() -> None:
    """The prepositions before a party ("with Korvia", "between A and B"), searched from a cue on (a window)."""
    slot = re.compile(_former_alternation(_SLOT, _SLOT_WORDS, r"[\w\-]"))
    before = re.compile(_former_alternation(_SLOT_BEFORE, _SLOT_BEFORE_WORDS, r"[\w\-]"))
    pieces = (*(word + " " for word in _SLOT_WORDS), "the ", "The ", "Korvia")
    for text in _pieces_texts(36, (*pieces, "With ", "ato ", "x", "-", " ", "é")):
        for pattern, former in ((_SLOT, slot), (_SLOT_BEFORE, before)):
            for pos in (0, 2):
                found = [(m.span(), m.regs) for m in pattern.finditer(text, pos)]
                assert found == [(m.span(), m.regs) for m in former.finditer(text, pos)], text


_FRAME_FORMERS = [
    (_RAISED_FROM, _former_alternation(_RAISED_FROM, _RAISED_FROM_WORDS)),
    (_LED_BY_FR, _former_alternation(_LED_BY_FR, _LED_BY_FR_WORDS)),
    (_MANAGED_BY, _former_alternation(_MANAGED_BY, _MANAGED_BY_WORDS)),
    (_HOLDINGS_IN, _former_alternation(_HOLDINGS_IN, _HOLDINGS_IN_WORDS)),
    (_ROUND_THAT, _former_alternation(_ROUND_THAT, _ROUND_THAT_WORDS)),
    (_RAISED_FROM_FR, _former_alternation(_RAISED_FROM_FR, _RAISED_FROM_FR_WORDS)),
    (_OWNER_OF, _former_alternation(_OWNER_OF, _OWNER_OF_WORDS)),
    (_SOLD_TO, _former_alternation(_SOLD_TO, _SOLD_TO_WORDS)),
    (_BID_FOR, _former_alternation(_BID_FOR, _BID_FOR_WORDS)),
    (_BOUGHT_BY, _former_alternation(_BOUGHT_BY, _BOUGHT_BY_WORDS)),
    (_PURCHASES_OF, _former_alternation(_PURCHASES_OF, _PURCHASES_OF_WORDS)),
    (_NOUN, _former_alternation(_NOUN, _NOUN_WORDS)),
    (_RELY_ON, _former_opening(_RELY_ON, r"rel(?<!\wrel)", r"\brel")),
    (_EITHER, _former_opening(_EITHER, r"from(?<!\wfrom)", r"\bfrom")),
    (_USED_BY, _former_opening(_USED_BY, r"used(?<!\wused)", r"\bused")),
]
"""The frame patterns of the name readers, each with its former pattern (a word boundary, then its alternation or
word)."""


@pytest.mark.parametrize(("pattern", "former"), _FRAME_FORMERS, ids=lambda value: str(value)[:40])
def test_frame_patterns_opened_on_their_first_letters_are_the_former_patterns(
    pattern: re.Pattern[str], former: str
) -> None:
    words = sorted(set(re.findall(r"[a-zà-ÿ\-']{2,}", former)))
    common = ("Korvia", "Dorvane ", " ", ", ", ".", "x", "é", "-", "$5m ", "60 % ", "the ", "à ", "to ", "by ", "par ")
    pieces = (*common, *(word + " " for word in words), *words, *(word.capitalize() + " " for word in words[:10]))
    compiled = re.compile(former)
    for text in _pieces_texts(37, pieces):
        found = [(m.span(), m.regs) for m in pattern.finditer(text)]
        assert found == [(m.span(), m.regs) for m in compiled.finditer(text)], text
