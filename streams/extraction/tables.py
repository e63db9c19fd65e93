"""Per-language cue tables (``tables/en.toml``, ``tables/fr.toml``) and the closed set of frames they use.

A table row is a phrase under ``[family] frame = [...]``: the family says what the phrase
announces, the frame says where the parties stand around it. Rules are written per frame, never
per phrase, so a new phrasing is a new row; a new frame is new code, hence the closed set below,
checked when a table is loaded.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from schemas.news import Language
from streams.extraction.inflections import verb_forms

_CUSTOMER_FRAMES = frozenset(
    {
        "active",  # customer before, vendor after: "X drops Y", "X a choisi Y"
        "passive",  # vendor before, customer after: "Y was dropped by X", "Y lost its contract with X"
        "own",  # customer before, vendor after "with" or named before: "X ended its contract (with Y)"
        "signed",  # "X signed a $300m contract with Y"
        "dative",  # customer before, vendor right after or after "à/to": "X confie pour cinq ans à Y la gestion de"
        "as_customer",  # "Y lost X as a customer", "Y won X as a customer"
        "nominal",  # vendor is the sentence's subject, customer after the noun: "the loss of X as a customer"
        "vendor_discloses",  # vendor before, customer unnamed or in apposition: "Y lost its largest customer"
        "quoted_supplier",  # the speaker is the customer: '"Y will no longer be one of our suppliers," X said'
        "quoted",  # the speaker is the customer, the supplier follows: '"We are extending our contract with Y," X said'
        "review",  # customer before, supplier after "with" or none: "X has opened a review of its media account"
        "roster",  # customers listed before, supplier after "of" or "its": "A and B are among Y's customers" (patterns)
        "roster_after",  # supplier opening the sentence, customers after: "Y has customers such as A and B" (patterns)
        "incumbent",  # the supplier next to the cue, the customer under review: "Y, the incumbent," "incumbent Y"
        "seeking",  # read as "review", kept only with a supplier named: "X is in talks with a second supplier"
        "concern",  # a worry, then a customer named as one: "fears over X, Y's largest customer"
        "ceding",  # supplier before, rival after, customers after "at / including": "Y is losing business to Z at X"
        "successor",  # new supplier before, the customer of the loss just told: "Z will take over the contract"
        "same_move",  # another customer does as the one just read, with the same supplier: "Target followed suit"
        "notice",  # a notice of termination received from / sent by the customer: "Y received a termination notice
        # from X", "X a adressé à Y une lettre de résiliation"
        "insource",  # customer makes in-house what a supplier named with a supply verb sells it: "X will design it
        # in-house, replacing chips it buys from Y"
        "supplies",  # supplier before, customer right after the cue's closing preposition: "Y makes vans for X"
        "renewal_of",  # a renewal as a noun: "le renouvellement du contrat de Y par X", "the renewal of the X contract"
        "chosen_noun",  # a choice as a noun: "X's selection of Y", "the choice of Y by X", "le choix de Y par X"
        "counted",  # customer before, goods counted then their maker: "X will buy 20 Airbus A350s", "40 rames Alstom"
        "award_went",  # the customer's contract before, its winners after: "X's frameworks went to Y and Z"
        "kept_account",  # an account kept after a review, its client named by the account (account_kept.py): "Y
        # retained the X account", "Y, the agency for X, retained its assignment", "X kept its account with Y"
        "joint_signed",  # both parties before the verb, oriented by the story: "X and Y have signed a contract"
        "order_noun",  # an order as a noun, the seller after "à / auprès de / with": "X a validé une commande de
        # dix A350 à Airbus", "la commande de 172 bus de la STIB à EvoBus" (patterns, customer_orders.py)
        "given_by",  # a won contract or order, its giver after the cue, the winner the clause's subject: "Y won its
        # largest job, a $8m contract from X", « Y a confirmé une commande de cinq paquebots, passée par X »
        "system_maker",  # a system put to work, its vendor told as its adjective: "X is installing a Dorvane EHR",
        # "X went live on Dorvane" (start_system_maker.py)
        "built_by",  # goods a maker is to build, the buyer named around them: "X awarded contracts for ten ships,
        # six to be built by Y" (start_built_by.py)
        "successful",  # a tender's winners named by their role, the buyer told before: "The successful suppliers
        # include A and B" (start_successful.py)
    }
)
FRAMES: dict[str, frozenset[str]] = {
    "acquisition": frozenset(
        {
            "active",  # buyer before, target after: "X agreed to buy Y", "X rachète Y"
            "passive",  # target before, buyer after: "Y was acquired by X"
            "noun",  # target after the noun, buyer before or after "by": "X's takeover of Y"
            "sale",  # seller before, target after, buyer after "to/à": "X sold its 10% stake in Y to Z"
            "paid",  # buyer before, amount then "for/into/pour" and the target: "X paid $240m for 1.6% of Y"
            "buyer_is",  # names the buyer of a sale told before without one: "L'acquéreur est l'australien Carsales"
            "target_is",  # names the target of a deal announced before without one: "Sa cible est X"
            "price",  # prices a deal told before: "La facture atteint 3,9 milliards d'euros", "soit un montant de"
            "merger",  # two parties joined by "and / et", after the noun or before the verb: "the merger of X and Y"
            "offer",  # patterns only (acq_offers.py): "a $4.5 billion offer from X", « l'offre de X sur Y »
            # ownership told in passing (acq_ownership.py): the company right before, its owner right after
            # ("Y, owned by X", « Y, contrôlée par X »); the owner before, its companies after ("X, the parent of Y")
            "owned",
            "owner",
            "unit",  # patterns only (session 28): the unit noun with its owner's name, "Korvia, Dorvane's chip unit"
        }
    ),
    "stake": frozenset(
        {
            "active",  # holder before, company after, a percentage needed: "X owns 15% of Y"
            "into",  # a stake of unstated size: "X buys into Y"
            "shareholder",  # company right before or after, a percentage needed: "the largest Y shareholder, with 35%"
            "resize",  # the sentence's deal is a stake of the size after the phrase: "..., lifting its holding to 72%"
            "threshold",  # a stake of the size right after: "a franchi le seuil de 5 % du capital de Y"
            "entry",  # holders after the noun, then "au capital (de Y)": "l'entrée de X et de Z au capital de Y"
            "named_holding",  # the company held between "its" and the noun: "Fiat lifts its Chrysler holding to 30%"
            "split",  # a capital split among holders, each with its share: "Y is owned by A (60%) and B (40%)"
        }
    ),
    "investment": frozenset({"active", "raise"}),
    "investor": frozenset({"intro"}),
    "valuation": frozenset({"cue", "verb", "trailing", "worth"}),  # worth: "X vaut / is worth $N", amount at once
    "revenue": frozenset({"cue"}),
    "customer_start": _CUSTOMER_FRAMES,
    "customer_continue": _CUSTOMER_FRAMES,
    "customer_at_risk": _CUSTOMER_FRAMES,
    "customer_end": _CUSTOMER_FRAMES,
    "leadership_in": frozenset({"named", "succeeds", "hands_over"}),
    "leadership_out": frozenset({"cue"}),
    # noun: the noun, then "with / avec" and the partner a few words on: "signed a memorandum on Tuesday with Y"
    # relative: a venture noun whose relative clause names both partners: "the venture X set up with Y"
    # apposed: "its partner" apposed to a company, whose partner is the sentence's first company: "..., than NEC, its
    # historic partner", "Panasonic, its cell supplier and its partner in the plant"
    # members: a group noun whose members are listed after it: "a joint venture of A and B", « le tandem formé par
    # A et B »
    # together: a word of joint action whose subject is a pair or a list: "A and B have invested together"
    # partner_noun: the noun with its holder before and the other side after "of" or as a possessive: "X is a
    # long-standing partner of Y", "X is also Y's partner in the plant"
    # with_which: a relative clause of alliance on the partner named before it: "Y, with which X formed an alliance"
    "partnership": frozenset(
        {
            "forward",
            "between",
            "joint",
            "noun",
            "relative",
            "apposed",
            "members",
            "together",
            "partner_noun",
            "with_which",
        }
    ),
    "payment": frozenset({"cue", "sales_to"}),
    # round_of: the verb names the round of the company after it: "X led Y's $200m round", "X a mené la levée de Y"
    "co_investor": frozenset({"cue", "after", "sequel", "round_of"}),
    "major_customer": frozenset({"cue"}),
    # A role noun around two companies, a standing customer_continue (supplier_phrase.py): "Y, one of the largest
    # suppliers to X", "X suppliers A and B", "X, a loyal Y customer". Its own family, so that the bare noun never
    # counts as a customer cue of the sentence for the other readers.
    # portfolio_noun: an investor's portfolio listed, a standing investment (invest_portfolio.py): "A and B are among
    # X's portfolio companies", « Parmi les participations de X figurent A et B ».
    # investment_noun: an investment told as a noun with its parties (funding_noun.py): "A's investment of $N in Y".
    "role_noun": frozenset({"supplier_noun", "customer_noun", "portfolio_noun", "investment_noun"}),
    "modality_rumor": frozenset({"cue"}),
    # before: a refusal denies only what follows it; after: "was abandoned" denies only the deal told before it
    "modality_denied": frozenset({"cue", "before", "after"}),
    "role": frozenset({"CEO", "deputy CEO", "CFO", "CTO", "COO", "CSO", "founder", "chair", "other"}),
    "clause": frozenset({"attribution_prefix", "contrast", "relative", "speech", "conjunction"}),
    # A longer phrase that holds a cue word in another sense ("a buy rating", "rachat d'actions"): it wins the
    # longest-match over the cue and announces nothing.
    "other_sense": frozenset({"phrase"}),
}
"""family -> the frames its rows may use."""

MARKER_FAMILIES = frozenset({"role", "investor", "modality_rumor", "modality_denied", "clause", "other_sense"})
"""Families whose cues qualify a fact but announce none on their own."""


@dataclass(frozen=True, slots=True)
class Row:
    """One phrase of a table with what it announces and how it is read."""

    phrase: str
    family: str
    frame: str


@cache
def load_table(language: Language) -> tuple[Row, ...]:
    """Return the rows of ``tables/<language>.toml``, checked against :data:`FRAMES`.

    Raises:
        ValueError: a family or frame outside the closed set, a phrase that is not case-folded, or a
            phrase in two frames of one family (it would be read two ways).
    """
    raw = resources.files("streams.extraction").joinpath("tables", f"{language}.toml").read_text(encoding="utf-8")
    return parse_table(raw, language)


VERBS_SUFFIX = "_verbs"
"""A key ``<frame>_verbs`` lists infinitive phrases read in all their third-person tenses under ``<frame>``
(:mod:`streams.extraction.inflections`); the ``joint`` frame takes only the plural ones (a pair is its subject)."""


def _phrases(key: str, phrases: list[str], language: str) -> tuple[str, list[str]]:
    """The frame a table key names and its phrases, a ``*_verbs`` key's infinitives inflected."""
    if not key.endswith(VERBS_SUFFIX):
        return key, phrases
    frame = key.removesuffix(VERBS_SUFFIX)
    plural = frame == "joint"
    return frame, [form for phrase in phrases for form in verb_forms(phrase, language, plural=plural)]


def parse_table(raw: str, language: str) -> tuple[Row, ...]:
    """Parse and check one table's TOML text (see :func:`load_table`).

    A phrase written again in the same frame (a ``*_verbs`` row may make a tense a phrase row already lists) is
    kept once.
    """
    rows: dict[Row, None] = {}
    seen: dict[tuple[str, str], str] = {}
    for family, frames in tomllib.loads(raw).items():
        allowed = FRAMES.get(family)
        if allowed is None:
            raise ValueError(f"{language}.toml: unknown family {family!r}")
        for key, listed in frames.items():
            frame, phrases = _phrases(key, listed, language)
            if frame not in allowed:
                raise ValueError(f"{language}.toml: unknown frame {family}.{frame}")
            for phrase in phrases:
                if phrase != phrase.lower() or not phrase.strip():
                    raise ValueError(f"{language}.toml: {family}.{frame} phrase {phrase!r} is not case-folded")
                other = seen.setdefault((family, phrase), frame)
                if other != frame:
                    raise ValueError(f"{language}.toml: {phrase!r} is in {family}.{other} and {family}.{frame}")
                rows.setdefault(Row(phrase, family, frame))
    return tuple(rows)


def coverage(language: Language) -> dict[str, dict[str, int]]:
    """Count the phrases per family and frame of one language's table (for docs/extraction.md)."""
    counts: dict[str, dict[str, int]] = {}
    for row in load_table(language):
        frames = counts.setdefault(row.family, {})
        frames[row.frame] = frames.get(row.frame, 0) + 1
    return counts


def coverage_markdown() -> str:
    """The coverage of both tables as the Markdown table that docs/extraction.md shows."""
    tables = {language: coverage(language) for language in ("en", "fr")}
    lines = ["| family | frame | EN | FR |", "|---|---|---:|---:|"]
    totals = dict.fromkeys(tables, 0)
    for family, frames in FRAMES.items():
        for frame in sorted(frames):
            counts = {language: tables[language].get(family, {}).get(frame, 0) for language in tables}
            if any(counts.values()):
                lines.append(f"| {family} | {frame} | {counts['en']} | {counts['fr']} |")
                for language, count in counts.items():
                    totals[language] += count
    lines.append(f"| **all** | | **{totals['en']}** | **{totals['fr']}** |")
    return "\n".join(lines)
