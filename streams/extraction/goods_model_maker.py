"""The maker of goods a customer orders when the story names the goods only by their model.

Aviation and rail copy names the maker once and then tells each order by model: "Korvia Air has ordered 20
A320neo jets", "Dorvane disclosed an order for 40 737-900ERs", "Brelmont ordered eight four-car Flirt EMUs". The
verb frames look for the seller after the goods ("from Airbus") or inside them ("20 Airbus A350s") and find none.
A model is its maker's goods, so the maker supplies -- but only when the story names that maker (no party is
invented from a model alone) and the goods are counted right after the verb (a choice of a model or a model in a
comparison is no order).
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention

_MODELS: tuple[tuple[str, str], ...] = (
    ("airbus", r"a3[0-8]0(?:neo|-?\d{3,4}\w*)?|a3[12][0189](?:neo|ceo|lr|xlr)?|a220(?:-[13]00)?|a400m"),
    ("boeing", r"7[0-8]7(?:-\d{1,3}\w*|[ ]?max\w*|x|er|f)?|dreamliners?"),
    ("embraer", r"e1[79]5(?:-e2)?|e190(?:-e2)?|e-jets?"),
    ("atr", r"atr[ -]?(?:42|72)(?:-\d+)?"),
    ("comac", r"c919|arj21"),
    ("stadler", r"flirt\d?|kiss|tango"),
    ("alstom", r"coradia|citadis|avelia|pendolino|prima"),
    ("siemens", r"desiro|mireo|velaro|vectron|avenio|charger"),
    ("bombardier", r"electrostars?|aventra|talent|flexity|traxx|crj\d{3,4}|q400"),
    ("caf", r"civity|urbos|oaris"),
)
"""Maker (the first word of its name) and the models it sells, as the folded text writes them."""
_MODEL = re.compile(
    r"(?:(?:" + "|".join(f"(?P<m{i}>{pattern})" for i, (_, pattern) in enumerate(_MODELS)) + r")(?:s|'s)?)(?![\w-])"
)
_COUNT = (
    r"\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty"
    r"|a[ ]hundred"
)
_COUNTED = re.compile(
    rf"[ ](?:(?:an?|the|its|their)[ ](?:new[ ]|firm[ ]|additional[ ]|further[ ])?orders?[ ]for[ ])?"
    rf"(?:(?:up[ ]to|another|a[ ]further|a[ ]total[ ]of|about|some|more[ ]than)[ ])?(?:{_COUNT})[ ]"
)
"""Right after the verb: so many goods ("20 ", "an order for 40 ", "a total of 13 ")."""
_GOODS_MODEL = re.compile(
    r"(?:(?!(?:from|for|to|with|of|at|and|which|that|worth)[ ])[\w\-/]{1,16}[ ]){0,4}?" + _MODEL.pattern
)
"""Up to four words before the model ("mid-sized long-haul", "four-car"), no preposition nor clause, then the model."""


def model_maker(article: Article, sentence: Sentence, cue: Cue, exclude: str | None) -> CompanyMention | None:
    """The story's mention of the maker of counted goods told by model after an order cue, if it names that maker."""
    if cue.family not in ("customer_start", "customer_continue"):
        return None
    folded = article.folded
    counted = _COUNTED.match(folded, cue.end)
    if counted is None:
        return None
    clause_end = sentence.clauses.span_of(cue.start)[1]
    model = _GOODS_MODEL.match(folded, counted.end(), clause_end)
    if model is None or any(counted.end() <= c.start < model.end() for c in sentence.companies):
        return None
    maker = next(_MODELS[int(name[1:])][0] for name, value in model.groupdict().items() if value is not None)
    return next(
        (
            c
            for c in article.companies
            if c.id != exclude and (c.name.lower() == maker or c.name.lower().startswith(maker + " "))
        ),
        None,
    )


def model_maker_in(folded: str, start: int, end: int) -> str | None:
    """The maker (first word of its name) of the first model named in ``folded[start:end]``, if any."""
    model = _MODEL.search(folded, start, end)
    if model is None:
        return None
    return next(_MODELS[int(name[1:])][0] for name, value in model.groupdict().items() if value is not None)
