"""Amounts, percentages, dates and fiscal periods in English and French news prose.

Every pattern is linear: bounded quantifiers, no nested repetition, so adversarial inputs
("1," * 50000, "$" * 50000) cost one pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Literal

from text_to_num import text2num

from streams.extraction.pattern_windows import gated_finditer
from streams.extraction.text import fold_case

Qualifier = Literal["exact", "about", "more_than", "less_than"]

_GROUP_DIGITS = 3
_MIN_SCALE_WORD = 3
"""A bare "2 milliards" counts as money after an earlier amount; a bare "2 m" (metres?) does not."""
_MAX_PERCENT = 100

_CURRENCY_WORDS = {
    "$": "USD", "us$": "USD", "u.s.$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
    "de dollars": "USD", "us dollars": "USD", "u.s. dollars": "USD", "swiss francs": "CHF",
    "m$": "USD", "md$": "USD", "mds$": "USD", "mrd$": "USD", "md $": "USD",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "d'euros": "EUR", "m€": "EUR",
    "md€": "EUR", "mds€": "EUR", "mrd€": "EUR",
    "£": "GBP", "gbp": "GBP", "livres": "GBP", "livres sterling": "GBP", "de livres": "GBP",
    "pounds": "GBP", "chf": "CHF", "francs suisses": "CHF", "c$": "CAD", "a$": "AUD",
    "de francs suisses": "CHF", "de francs": "CHF", "francs": "CHF", "de francs cfa": "XOF", "francs cfa": "XOF",
    "rs": "INR", "rs.": "INR", "₹": "INR", "inr": "INR",
    # Session 18: Asian and Moroccan rounds ("6.5 billion yen", "RMB450 million", « 2,6 MDH », « six millions de
    # dirhams »).
    "yen": "JPY", "yens": "JPY", "de yens": "JPY", "jpy": "JPY", "¥": "JPY", "yuan": "CNY", "yuans": "CNY",
    "de yuans": "CNY", "cny": "CNY", "rmb": "CNY", "dirhams": "MAD", "de dirhams": "MAD",
    # Session 27: Malaysian filings write ringgit before the number ("a RM1.9 billion contract").
    "rm": "MYR",
    # Session 28: African and South-East Asian press writes its currency as a short prefix ("R15.7 billion" rand,
    # "N309.9bn" naira, "Sh17.9b" / "KSh 50.7 billion" Kenyan shillings, "P633 billion" pesos, "Rp7 trillion",
    # "GH¢7.9m" cedis). "Sh" is read as Kenyan, the shilling most quoted in English business news.
    "r": "ZAR", "zar": "ZAR", "n": "NGN", "₦": "NGN", "ngn": "NGN", "sh": "KES", "ksh": "KES", "kes": "KES",
    "p": "PHP", "php": "PHP", "rp": "IDR", "idr": "IDR", "gh¢": "GHS", "gh₵": "GHS", "ghc": "GHS", "ghs": "GHS",
}  # fmt: skip
"""French business news means Swiss francs by a bare "francs" (CFA francs are named as such)."""

_SCALES = {
    "trillion": 1e12, "trillions": 1e12, "billion": 1e9, "billions": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9,
    "tn": 1e12, "milliard": 1e9, "milliards": 1e9, "md": 1e9, "mds": 1e9, "mrd": 1e9, "mrds": 1e9,
    "million": 1e6, "millions": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "mio": 1e6, "mil": 1e6, "bil": 1e9,
    "thousand": 1e3, "k": 1e3, "mille": 1e3, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5,
}  # fmt: skip
"""Indian news counts in crores (10 million) and lakhs (100,000): "Rs 1,173 crore" is 11.73 billion rupees."""

# The match starts at the digits (a char-class start lets the regex engine skip ahead fast);
# a currency written before the number is read from the few characters before the match.
_ABBREVIATIONS = {
    "MEUR": (1e6, "EUR"), "ME": (1e6, "EUR"), "MUSD": (1e6, "USD"), "MdsE": (1e9, "EUR"), "MdE": (1e9, "EUR"),
    "GEUR": (1e9, "EUR"), "G€": (1e9, "EUR"), "MDH": (1e6, "MAD"),
}  # fmt: skip
"""French financial shorthand: "318,72 ME" is 318.72 million euros, "1,2 MdE" 1.2 billion euros."""
_PRE_CURRENCY = re.compile(
    r"(?:(?P<pre>US\$|U\.S\.\$|C\$|A\$|\$|€|£|₹|¥|₦|\bRs\.?|\bRM|\bK[Ss]h|\bRp|\bG[Hh][¢₵Cc])"
    r"|\b(?P<code>USD|EUR|GBP|CHF|INR|JPY|CNY|RMB|ZAR|NGN|KES|PHP|IDR|GHS))[ ]?$"
    # A one-letter (or "Sh") prefix only when glued to the figure: "R15.7 billion", not "Form R 2".
    r"|(?<![\w$£€])(?P<letter>[RNP]|Sh)$"
)
_LETTER_PREFIX_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+")
"""Without a scale, a one-letter prefix is money only before a figure grouped by thousands ("N5,157,265,770"):
"P1 race" and "R2-D2" are no amounts."""
# The lookbehinds of _MONEY, _PERCENT and _YEAR sit after the first digit(s), not before: a pattern that opens
# with a digit or a literal lets `re` skip to candidate positions, one that opens with a lookbehind is tried
# at every character (4x slower, same matches).
_MONEY = re.compile(
    # "1 700,0 ME": groups of three after a space, then a decimal comma.
    r"(?P<num>\d(?:(?<![\w.,]\d)|(?<=USD\d|EUR\d|GBP\d|CHF\d|RMB\d|JPY\d|CNY\d|Rs\.\d)|(?<=RM\d)(?<![A-Za-z]RM\d)"
    # Session 28: "R4bn", "N5bn", "P1bn" (the prefix is read, or refused, in _prefix), "Sh3b", "Ksh784", "GHc43".
    r"|(?<=[RNP]\d)(?<![\w][RNP]\d)|(?<=[Ss]h\d)(?<![A-JL-Za-z][Ss]h\d)|(?<=Rp\d)(?<![\w]Rp\d)"
    r"|(?<=G[Hh][Cc]\d)(?<![\w]G[Hh][Cc]\d))"
    r"(?:\d{0,2}(?:[ ]\d{3}){1,4}(?:,\d{1,3})?(?![\d.,])|[\d.,]{0,18}))"
    r"(?:[ ]?(?P<abbr>MEUR|MUSD|MDH|ME|MdsE|MdE|GEUR|G€)(?![\w]))?"
    # "$1-billion": a hyphen before a scale word spelt out.
    r"(?:(?:[ ]?|-(?=(?i:trillion|billion|million|milliard)))"
    r"(?P<scale>(?i:trillions?|billions?|milliards?|millions?|thousand|mille|crores?|lakhs?|mrds?|mds?|mio|bn"
    r"|mn|mln|bln|md|mil|bil|tn|[bmk]))"
    r"(?![\w]))?"
    r"(?:[ ]?(?P<post>de dollars|d'euros|de livres(?: sterling)?|livres sterling"
    r"|(?:de[ ])?francs(?:[ ]suisses|[ ]cfa|[ ]CFA)?|(?:US[ ]|U\.S\.[ ])?dollars?|Swiss[ ]francs|euros?"
    r"|pounds|\$|€|£|USD|EUR|GBP|CHF|yens?|yuans?|(?:de[ ])?dirhams)(?![\w]))?"
)
_NUMBER_WORDS = {
    "en": "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    "|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred",
    "fr": "un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt"
    "|trente|quarante|cinquante|soixante|cent|cents",
}
_WORD_SCALES = {"en": "trillion|billion|million|thousand", "fr": "milliards?|millions?|mille"}
_WORD_CURRENCIES = {
    "en": "(?:of )?(?:dollars|euros|pounds|us dollars)",
    "fr": "de dollars|d'euros|de livres(?: sterling)?|de francs suisses|d'euros|de dirhams",
}
_CURRENCY_STEMS = ("dollars", "euros", "pounds", "livres", "francs", "dirhams")
"""One of these occurs in every currency in words: checked before the scale patterns run."""
_WORD_SCALE = {
    language: re.compile(rf"(?<=[ ])(?P<scale>{scales})[ ](?P<post>{_WORD_CURRENCIES[language]})(?![\w])")
    for language, scales in _WORD_SCALES.items()
}
_WORD_NUMBER_BEFORE = {
    language: re.compile(rf"(?<![\w-])(?P<words>(?:a|an|{words})(?:[ -](?:and[ ]|et[ ])?(?:{words})){{0,5}})[ ]$")
    for language, words in _NUMBER_WORDS.items()
}
_WORD_REACH = 80
"""Amounts in words ("two billion dollars", "deux milliards d'euros"), read in the folded text."""
_ONE = frozenset({"a", "an", "one", "un", "une"})
_PER_UNIT_AFTER = re.compile(
    r"(?:[ ]?\([^()]{1,25}\)|\))?"
    r"[ ]?(?:(?:in cash|cash|en numéraire|en espèces)[ ])?"
    r"(?:(?:a|per|/|each)[ -]?(?:(?:common|ordinary|outstanding|class [ab])[ ])?(?:share|ads)\b"
    r"|for (?:each|every)[ ](?:[a-z0-9.\-]{1,20}[ ]){0,3}?(?:share|ads)\b"
    r"|(?:par action|par titre|l'action|par part|pour chaque action)\b)"
)
"""After a price per share: "$95 a share", "$37 in cash for each outstanding EFI share", "24,10 euros par action";
also across its conversion in brackets, from either side of it ("20.50 euros ($24.4) per share")."""
_SHARE_MOVE = re.compile(r"%[ ]?(?:à|at|to)[ ]$")
"""A share price quoted after its move: "(-4,97 % à 102,20 dollars)"."""
_SHARE_PRICE_CEILING = 1_000_000
"""A move to an amount this large is a total ("sales rose 5.8% to £17.3 billion"), never a share price."""
_PER_UNIT_BEFORE = re.compile(r"(?:per-share|per share|a share|unit price|prix unitaire|prix par action)[a-z ]{0,12}$")
_PERCENT = re.compile(
    r"(\d(?<![\w.,]\d)\d{0,2}(?:[.,]\d{1,3})?)[ ]?(?:%|pour[ -]?cent\b|per[ -]?cent\b|percent\b|pct\b)"
)
_FRACTIONS = {
    "half": 50.0,
    "third": 100 / 3,
    "two thirds": 200 / 3,
    "quarter": 25.0,
    "fifth": 20.0,
    "moitié": 50.0,
    "moitie": 50.0,
    "tiers": 100 / 3,
    "deux tiers": 200 / 3,
    "quart": 25.0,
    "cinquième": 20.0,
    "cinquieme": 20.0,
}
_FRACTION = re.compile(
    r"(?<![\w-])(?:(?:a|one|un|une|la)[ ])?(half|third|two[ -]thirds|quarter|fifth|moiti[ée]|deux[ ]tiers|tiers|quart"
    r"|cinqui[èe]me)[ ](?:of|de|du|des|d')(?=[ \w])"
)
"""A share of a company in words ("a fifth of the broadcaster", "un tiers du capital"), read in folded text.

An article is required before all but "half" and "two-thirds" so that "third quarter" or "le tiers payant" is no
share; "first half of" (a period) is excluded where it is read.
"""
_FRACTION_STEMS = ("half", "third", "quart", "fifth", "moiti", "tiers", "cinqui")
"""One of these occurs in every fraction word: checked before the slower pattern runs."""
_BARE_FRACTIONS = frozenset({"half", "two thirds", "deux tiers", "moitié", "moitie"})
_PERIOD_HALF = re.compile(r"(?:first|second|1st|2nd|h[12])[ ]$")
_YEAR = re.compile(r"((?:19|20)(?<![\w$€£.,]..)\d\d)(?![\w%]|[.,]\d)")

_MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12, "january": 1, "february": 2, "march": 3, "april": 4,
    "may": 5, "june": 6, "july": 7, "august": 8, "september": 9, "october": 10,
    "november": 11, "december": 12,
}  # fmt: skip
MONTH_NUMBERS = _MONTHS
"""Month names (EN, FR, folded) to their numbers, for readers of dates told without a year (lead_effective)."""
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_DMY = re.compile(rf"\b(\d{{1,2}}|1er)[ ](?:de[ ])?({_MONTH_ALT})[ ,]{{1,2}}((?:19|20)\d\d)\b")
_DATE_MDY = re.compile(rf"\b({_MONTH_ALT})[ ](\d{{1,2}})(?:st|nd|rd|th)?,?[ ]((?:19|20)\d\d)\b")
_RELATIVE_YEAR = re.compile(
    r"\b(cette année|this year|l'an dernier|l'année dernière|last year|l'an prochain|l'année prochaine|next year)\b"
)
_RELATIVE_YEAR_STEMS = ("year", "l'an", "année")
"""One of these occurs in every relative year: checked before the slower pattern runs."""
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
_RELATIVE_OFFSET = {"cette année": 0, "this year": 0, "l'an dernier": -1, "l'année dernière": -1,
                    "last year": -1, "l'an prochain": 1, "l'année prochaine": 1, "next year": 1}  # fmt: skip

_ABOUT = re.compile(
    r"(?:~|\b(?:environ|about|around|approximately|roughly|some|près de|quelque|quelques|nearly|almost|presque"
    r"|aux alentours de|aux environs de|autour de|de l'ordre de|in the region of)"
    r"[ ]?(?:les |the |de |d')?)$"
)
_MORE = re.compile(
    r"\b(?:plus de|more than|over|above|au-delà de|at least|au moins|exceed|exceeding|surpass|dépasser|dépasse|"
    r"franchir|top|topping|supérieure? à|greater than|in excess of)[ ]?(?:les |la |le |the |de |d')?$"
)
_LESS = re.compile(r"\b(?:moins de|less than|under|below|up to|jusqu'à)[ ]?(?:les |the |de |d')?$")


@dataclass(frozen=True, slots=True)
class MoneyMention:
    """An amount found at ``start:end``; its currency may come from an earlier amount ("puis 2 milliards")."""

    start: int
    end: int
    value: float
    currency: str
    qualifier: Qualifier
    per_unit: bool = False
    """A price per share or unit ("$95 a share"): never a deal's, contract's or company's total."""


@dataclass(frozen=True, slots=True)
class PercentMention:
    """A percentage found at ``start:end``."""

    start: int
    end: int
    value: float


@dataclass(frozen=True, slots=True)
class DateMention:
    """A calendar date found at ``start:end``."""

    start: int
    end: int
    value: date


@dataclass(frozen=True, slots=True)
class PeriodMention:
    """A year (explicit or relative, resolved) found at ``start:end``."""

    start: int
    end: int
    year: int


def parse_number(raw: str, language: str) -> float | None:
    """Parse "14,3", "14.3", "1,500", "2.000.000" in the conventions of ``language``."""
    text = raw.rstrip(".,")
    if not text:
        return None
    thousands, decimal = (".", ",") if language == "fr" else (",", ".")
    parts = text.replace(decimal, "\x00").split(thousands)
    if len(parts) > 1 and all(len(p.split("\x00")[0]) == _GROUP_DIGITS for p in parts[1:]):
        text = "".join(parts)
    elif len(parts) > 1:
        # A thousands mark that does not group by three is the other language's decimal mark.
        text = text.replace(decimal, "").replace(thousands, "\x00")
    else:
        text = parts[0]
    if text.count("\x00") > 1:
        return None
    try:
        return float(text.replace("\x00", "."))
    except ValueError:
        return None


def _qualifier(folded: str, start: int) -> Qualifier:
    window = folded[max(0, start - 24) : start]
    if _ABOUT.search(window):
        return "about"
    if _MORE.search(window):
        return "more_than"
    if _LESS.search(window):
        return "less_than"
    return "exact"


def find_money(text: str, folded: str, language: str) -> list[MoneyMention]:
    """Return amounts with a currency, or with a scale word ("plus de 2 milliards") after one.

    A bare scaled amount takes the currency of the closest explicit amount before it, since
    articles repeat "$" once and then write "2 milliards" alone.
    """
    found: list[MoneyMention] = []
    last_currency: str | None = None
    waiting: list[tuple[int, int, float]] = []
    for match in _MONEY.finditer(text):
        num, abbr, scale, post = match.group("num", "abbr", "scale", "post")
        num = num.replace(" ", "")
        pre, code, start = _prefix(text, match.start(), num, scale)
        if not (pre or code or post or abbr or (scale and len(scale) > 1)):
            continue
        value = parse_number(num, language)
        if value is None:
            continue
        if scale:
            value *= _SCALES.get(scale.lower(), 1.0)
        currency = _currency(pre or code or post)
        if abbr:
            multiplier, currency = _ABBREVIATIONS[abbr]
            value *= multiplier
        if currency is None:
            # "milliard" alone is a scale word, not money, unless an amount came before it.
            if scale is None or len(scale) < _MIN_SCALE_WORD or _counted(folded, start, match.end()):
                continue
            if last_currency is None:
                waiting.append((start, match.end(), value))
                continue
            currency = last_currency
        elif last_currency is None:
            found.extend(_borrowing(folded, waiting, start, currency))
        if not (found and _CONVERSION_GAP.fullmatch(text, found[-1].end, start)):
            last_currency = currency
        end = match.end()
        found.append(
            MoneyMention(start, end, value, currency, _qualifier(folded, start), _per_unit(folded, start, end, value))
        )
    found.extend(_money_in_words(folded, language))
    found.extend(
        MoneyMention(
            m.start(1), m.end(), 1e9, "EUR" if m.group(2) == "d'euros" else "USD", _qualifier(folded, m.start())
        )
        for m in gated_finditer(_THE_BILLION, folded, folded)
    )
    found.sort(key=lambda mention: mention.start)
    return _canadian_dollars(text, found) if language == "fr" and "$" in text else found


def _prefix(text: str, start: int, num: str, scale: str | None) -> tuple[str | None, str | None, int]:
    """The currency sign or code written before the figure at ``start``, and where the amount then starts.

    A bare letter prefix ("R", "N", "P", "Sh") counts only before a scaled or thousands-grouped figure, since "P1"
    or "R2" alone is more often a name than a sum.
    """
    if not start or text[start - 1] not in "$€£₹¥₦¢₵ DRPFYBMNhpcC.":
        # "$5m", "USD 5m", "EUR10m", "CHF2bn", "RMB4m", "Rs.9 crore", "RM2m", "R4bn", "Sh3b", "Rp7 trillion"
        return None, None, start
    before = _PRE_CURRENCY.search(text, max(0, start - 6), start)
    if before is None:
        return None, None, start
    pre, code, letter = before.group("pre", "code", "letter")
    if letter and (scale or _LETTER_PREFIX_DIGITS.fullmatch(num)):
        pre = letter
    return (pre, code, before.start()) if pre or code else (None, None, start)


_US_MARK_BEFORE = re.compile(r"(?:US|U\.S\.)\$$")
_US_MARK_AFTER = re.compile(r"[ ]?(?:US|É\.-U\.|[Aa]méricains?)\b")
_CA_MARK_AFTER = re.compile(r"[ ]?(?:CA|CAN|[Cc]anadiens?)\b")


def _canadian_dollars(text: str, found: list[MoneyMention]) -> list[MoneyMention]:
    """Dollars of a French story written the Québec way are Canadian dollars unless marked US.

    Québec press puts the sign after the figure with a space ("27,6 millions $", "176 397 $") and writes "$ US" or
    "dollars américains" for US dollars; France writes "millions de dollars" or "M$" for US dollars. A story that
    spaces its "$" so makes its other dollars ("32 M$", "le milliard de dollars") Canadian too; "$ CA" and "dollars
    canadiens" are Canadian in any French story.
    """
    quebec = any(m.currency == "USD" and text.endswith(" $", m.start, m.end) for m in found)
    return [
        replace(m, currency="CAD")
        if m.currency == "USD"
        and (
            _CA_MARK_AFTER.match(text, m.end) is not None
            or (
                quebec
                and _US_MARK_AFTER.match(text, m.end) is None
                and _US_MARK_BEFORE.search(text, m.start, min(m.end, m.start + 5)) is None
            )
        )
        else m
        for m in found
    ]


_SOLD_BEFORE = re.compile(
    r"\b(?:sell|sells|sold|selling|ship|ships|shipped|deliver|delivers|delivered|vendre|vendu|vendus|vendues|écouler"
    r"|livrer|livré|livrés)[ ](?:more[ ]than[ ]|over[ ]|about[ ]|around[ ]|nearly[ ]|almost[ ]|some[ ]|plus[ ]de[ ]"
    r"|près[ ]de[ ]|environ[ ])?$"
)
_COUNT_AFTER = re.compile(
    r"[ ](?:de[ ]|d')?(?:[a-z][\w\-]*[ ])?"
    r"(?:cars|vehicles|units|copies|devices|phones|users|customers|subscribers|passengers|visitors"
    r"|barrels|tonnes|tons|shares|voitures|véhicules|unités|exemplaires|appareils|utilisateurs|clients|abonnés"
    r"|passagers|visiteurs|barils|actions)\b"
)


def _counted(folded: str, start: int, end: int) -> bool:
    """Whether a bare scaled number counts goods, not money.

    "aims to sell more than 1 million this year", "6.2 million cars", "2 millions d'abonnés": no currency is taken
    from the amount before it.
    """
    return bool(_SOLD_BEFORE.search(folded, max(0, start - 30), start) or _COUNT_AFTER.match(folded, end))


_BORROW_REACH = 400
"""How far (chars) before a story's first currency a bare scaled amount may take it (session 25, rev)."""


def _borrowing(folded: str, waiting: list[tuple[int, int, float]], start: int, currency: str) -> list[MoneyMention]:
    """Bare scaled amounts told before the story's first currency, given it when it comes soon after.

    « Le chiffre d'affaires s'est établi à 134 millions, contre 167,6 millions ... une perte de 3,1 millions
    d'euros »: the currency is written once, after the first figures.
    """
    return [
        MoneyMention(at, end, value, currency, _qualifier(folded, at), _per_unit(folded, at, end, value))
        for at, end, value in waiting
        if start - at <= _BORROW_REACH
        and not _OWN_CURRENCY_AFTER.match(folded, end)
        and not (start - end <= _CONVERTED_REACH and "(" in folded[end:start])
    ]


_CONVERTED_REACH = 30
"""A later amount in brackets this close after a bare one is its conversion ("1.8 billion xyz ($663 million)")."""
_OWN_CURRENCY_AFTER = re.compile(
    r"[ ](?:de[ ]|d')?(?:reais|real|rupees?|roupies?|rupiah|yuan|renminbi|rand|pesos?|won|kronor|krona|kroner"
    r"|couronnes|roubles?|rubles?|liras?|lires?|ringgit|baht|shekels?|naira|dinars?|dirhams?|riyals?|rials?|yens?"
    r"|zlotys?|forints?|koruna|hryvnias?|lei|leva|bolivars?|soles|shillings?|cedis?|kwacha|taka|dong|tenge)\b"
)
"""Right after a bare amount: a currency the reader does not know ("1.8 billion reais ($663 million)", "18.73 billion
rupees"), which no later currency replaces."""


_CONVERSION_GAP = re.compile(r"[ ]?\([ ]?(?:about[ ]|around[ ]|environ[ ]|soit[ ])?")
"""Between an amount and its conversion in brackets: "982 million euros ($1.1 billion)". The converted currency
is no new currency of the story, so a bare "15.86 billion" after it keeps the euros."""
_THE_BILLION = re.compile(r"\b(?:le|du|au)[ ](milliard)[ ](d'euros|de dollars)\b")
"""A milestone named without a number: "franchir le cap du milliard d'euros de chiffre d'affaires" is 1 billion."""


def per_unit_end(folded: str, end: int) -> int:
    """Where the "a share" / "par action" after an amount ending at ``end`` ends (``end`` when there is none)."""
    match = _PER_UNIT_AFTER.match(folded, end)
    return match.end() if match else end


def _per_unit(folded: str, start: int, end: int, value: float) -> bool:
    return bool(
        _PER_UNIT_AFTER.match(folded, end)
        or _PER_UNIT_BEFORE.search(folded, max(0, start - 30), start)
        or (value < _SHARE_PRICE_CEILING and _SHARE_MOVE.search(folded, max(0, start - 6), start))
    )


def _money_in_words(folded: str, language: str) -> list[MoneyMention]:
    """Amounts written in words, valued with ``text2num`` ("a" and "un" count as one).

    Anchored on the rare scale-and-currency words ("billion dollars", "milliards d'euros"), then the
    number words are read backwards from them: one bounded look per anchor, not a scan of every "a".
    """
    scale_pattern, number_pattern = _WORD_SCALE.get(language), _WORD_NUMBER_BEFORE.get(language)
    if scale_pattern is None or number_pattern is None or not any(word in folded for word in _CURRENCY_STEMS):
        return []
    found = []
    for match in scale_pattern.finditer(folded):
        number = number_pattern.search(folded, max(0, match.start() - _WORD_REACH), match.start())
        if number is None:
            continue
        words, scale, post = number.group("words"), match.group("scale"), match.group("post")
        try:
            value = 1 if words in _ONE else text2num(words, language)
            multiplier = text2num(f"un {scale}" if language == "fr" else f"one {scale}", language)
        except ValueError:
            continue
        currency = _currency(post.removeprefix("of ").removeprefix("us ")) or "USD"
        start, end = number.start(), match.end()
        found.append(MoneyMention(start, end, float(value * multiplier), currency, _qualifier(folded, start)))
    return found


def _currency(token: str | None) -> str | None:
    if not token:
        return None
    return _CURRENCY_WORDS.get(token.lower())


def find_percents(text: str) -> list[PercentMention]:
    """Return percentages ("49 %", "49%", "39.775 per cent", "12,5 pour cent", "a fifth of", "la moitié de").

    Wire headlines write "pct" ("ups stake to 10 pct").
    """
    found = []
    for match in _PERCENT.finditer(text):
        value = parse_number(match.group(1).replace(",", "."), "en")
        if value is not None and value <= _MAX_PERCENT:
            found.append(PercentMention(match.start(), match.end(), value))
    return sorted(found + _fractions(fold_case(text)), key=lambda mention: mention.start)


def _fractions(folded: str) -> list[PercentMention]:
    """Shares in words: "a fifth of", "half of", "un tiers du", "la moitié de" (never "the first half of")."""
    found: list[PercentMention] = []
    if not any(word in folded for word in _FRACTION_STEMS):
        return found  # a plain substring test is much cheaper than the pattern's scan
    for match in _FRACTION.finditer(folded):
        word = match.group(1).replace("-", " ")
        bare = match.group(0).startswith(match.group(1))
        if (bare and word not in _BARE_FRACTIONS) or _PERIOD_HALF.search(
            folded, max(0, match.start() - 8), match.start()
        ):
            continue
        found.append(PercentMention(match.start(), match.end(1), _FRACTIONS[word]))
    return found


def find_dates(folded: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Return full dates ("12 juin 2025", "june 12, 2025") in ``folded[start:end]`` (case-folded text)."""
    stop = len(folded) if end is None else end
    found: list[DateMention] = []
    if _YEAR_DIGITS.search(folded, start, stop) is None:
        return found  # both date patterns need a year; this literal-led pattern finds none fast
    for match in _DATE_DMY.finditer(folded, start, stop):
        day = 1 if match.group(1) == "1er" else int(match.group(1))
        _append_date(found, match, int(match.group(3)), _MONTHS[match.group(2)], day)
    for match in _DATE_MDY.finditer(folded, start, stop):
        _append_date(found, match, int(match.group(3)), _MONTHS[match.group(1)], int(match.group(2)))
    found.sort(key=lambda mention: mention.start)
    return found


def _append_date(found: list[DateMention], match: re.Match[str], year: int, month: int, day: int) -> None:
    try:
        found.append(DateMention(match.start(), match.end(), date(year, month, day)))
    except ValueError:
        return


def find_periods(folded: str, published_at: datetime | None) -> list[PeriodMention]:
    """Return years: explicit ("en 2024", "fiscal 2025") and relative ones resolved against ``published_at``."""
    found = [PeriodMention(m.start(), m.end(), int(m.group(1))) for m in _YEAR.finditer(folded)]
    if published_at is not None and any(word in folded for word in _RELATIVE_YEAR_STEMS):
        for match in _RELATIVE_YEAR.finditer(folded):
            year = published_at.year + _RELATIVE_OFFSET[match.group(1)]
            found.append(PeriodMention(match.start(), match.end(), year))
        found.sort(key=lambda mention: mention.start)
    return found
