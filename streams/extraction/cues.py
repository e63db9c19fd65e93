"""Cue phrases that announce a fact, found in one Aho-Corasick pass over the case-folded article.

The phrases come from the article's language table (:mod:`streams.extraction.tables`). Each cue
has a family (what it announces) and a detail, its frame (how to read the sentence around it,
e.g. which side of the verb the buyer stands on). Cues must stand on word boundaries; a phrase
may belong to several families ("replaces" is a supplier change and a leadership change), and
yields one cue per family, for each family's rule to accept or refuse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import ahocorasick

from schemas.news import Language
from streams.extraction.acq_control_patterns import find_control_cues
from streams.extraction.acq_dated_passive import find_dated_passive_cues
from streams.extraction.acq_offer_patterns import find_offer_cues, find_public_offer_cues
from streams.extraction.acq_ownership_patterns import find_owned_share_cues, find_unit_cues
from streams.extraction.contract_described import find_described_contract_cues
from streams.extraction.customer_order_patterns import FR_COUNT, find_order_noun_cues
from streams.extraction.end_patterns import find_end_cues, find_goods_cues
from streams.extraction.holding_patterns import find_holding_cues
from streams.extraction.holding_split_patterns import SPLIT_FRAME, find_split_cues
from streams.extraction.lead_fr_handover import find_handover_cues
from streams.extraction.loss_patterns import find_loss_cues
from streams.extraction.major_cue_patterns import find_major_cues
from streams.extraction.partner_patterns import find_site_cues
from streams.extraction.relation_patterns import find_relation_cues
from streams.extraction.risk_patterns import find_pattern_cues
from streams.extraction.roster_patterns import find_roster_cues
from streams.extraction.tables import load_table
from streams.extraction.text import is_word_char

LEAD_INTROS = frozenset(
    (
        "led by",
        "co-led by",
        "mené par",
        "menée par",
        "menés par",
        "emmené par",
        "emmenée par",
        "conduit par",
        "conduite par",
        "dirigé par",
        "dirigée par",
        "headed by",
        "spearheaded by",
    )
)
"""Investor intros that name a round's lead: with an amount before them they tell a round on their own."""
APPOSED_BACKER_INTROS = frozenset(
    (
        "backed by", "bankrolled by", "financed by", "funded by", "soutenue par", "soutenu par", "soutenues par",
        "soutenus par", "financée par", "financé par", "épaulé par", "épaulée par", "épaulés par", "épaulées par",
    )
)  # fmt: skip
"""Investor intros that name a company's backers in an apposition after a comma: "X, the startup backed by A"."""
BACKED_INTROS = frozenset(
    (
        "auprès de",
        "auprès d'",
        "auprès du",
        "auprès des",
        "apportés par",
        "apporté par",
        "apportée par",
        "apportées par",
    )
)
"""Investor intros that name the backers of an amount a roundup line credits to a company: "avec 6 M€ apportés par X"
(``round_sequel.backed_amount_cues``)."""


PARTY_FAMILIES = frozenset({
    "acquisition", "stake", "investment", "customer_start", "customer_continue", "customer_at_risk", "customer_end",
    "partnership",
})  # fmt: skip
"""Cue families whose verb or noun has a company on each side (a leadership verb's object is a person): the readers
of names by their role read only around these."""


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue phrase found at ``start:end`` of the folded text."""

    start: int
    end: int
    family: str
    detail: str


@cache
def _automaton(language: Language) -> ahocorasick.Automaton:
    readings: dict[str, list[tuple[str, str]]] = {}
    for row in load_table(language):
        if row.family == "clause" and row.frame == "conjunction":
            continue  # frequent words, looked for only where a split can matter (see conjunctions)
        pairs = readings.setdefault(row.phrase, [])
        if (row.family, row.frame) not in pairs:
            pairs.append((row.family, row.frame))
    for phrase, pairs in list(readings.items()):
        variants = _possessive_variants(phrase, language) + _adverb_variants(phrase, language)
        variants += _post_time_variants(phrase, language) if any(f.startswith("leadership") for f, _ in pairs) else []
        if any(family in _REPORTED_FAMILIES for family, _ in pairs):
            variants += _reported_future_variants(phrase, language)
        deal_pairs = [pair for pair in pairs if pair[0] in _PLUPERFECT_FAMILIES]
        for variant in _pluperfect_variants(phrase, language) if deal_pairs else []:
            for form in (variant, *_adverb_variants(variant, language)):
                readings.setdefault(form, deal_pairs)
        for variant in variants + _first_person_variants(phrase, language):
            readings.setdefault(variant, pairs)
    automaton = ahocorasick.Automaton()
    for phrase, pairs in readings.items():
        automaton.add_word(phrase, (len(phrase), is_word_char(phrase[0]), is_word_char(phrase[-1]), tuple(pairs)))
    automaton.make_automaton()
    return automaton


_ITS = re.compile(r"\bits\b")
_OTHER_POSSESSIVES = ("his", "her", "their")


def _possessive_variants(phrase: str, language: Language) -> list[str]:
    """Return an English phrase written with "its" as reporters also write it for a person or a group.

    Tables spell the company's possessive ("raised its stake to", "ended its contract with"); an
    investor may be a person ("Icahn lifted his stake to") or several firms ("they ended their
    contract"). A phrase the table lists itself keeps its own reading (the caller never overrides one).
    """
    if language != "en" or _ITS.search(phrase) is None:
        return []
    return [_ITS.sub(possessive, phrase) for possessive in _OTHER_POSSESSIVES]


_OURS_FR = {"son": "notre", "sa": "notre", "leur": "notre", "ses": "nos", "leurs": "nos"}
_WE_FR = {
    "a": "avons", "ont": "avons", "met": "mettons", "prend": "prenons", "reprend": "reprenons", "rompt": "rompons",
    "choisit": "choisissons", "retient": "retenons", "conclut": "concluons", "maintient": "maintenons",
}  # fmt: skip
_SHORTEST_VERB = 2
"""Words this short ("a", "en", "de") are no verb of the first group."""
_WE_ENDINGS_FR = (("elle", "elons"), ("ète", "etons"), ("ède", "édons"), ("ge", "geons"), ("ce", "çons"), ("e", "ons"))
"""The present tense of "nous" from that of "il" for verbs of the first group: renouvelle, rachète, cède, prolonge."""


def _first_person_variants(phrase: str, language: Language) -> list[str]:
    """Return a phrase as a company says it of itself in a quote ("we ended our contract with", "nous avons choisi").

    The first person is read wherever a company speaks: "« Nous prolongeons notre accord avec X »", "we cut
    ties with X". The French verb takes the "nous" form only when the phrase opens on an auxiliary, on a known
    irregular verb, or on a verb of the first group before a possessive ("prolonge son accord" -> "prolongeons
    notre accord"); other phrases only swap the possessive ("mettre fin à son contrat" -> "... à notre contrat").
    """
    if language == "en":
        return [_ITS.sub("our", phrase)] if _ITS.search(phrase) else []
    words = phrase.split(" ")
    ours = [_OURS_FR.get(word, word) for word in words]
    variants = [" ".join(ours)] if ours != words else []
    we = _WE_FR.get(words[0])
    if we is None and ours != words and len(words[0]) > _SHORTEST_VERB and not words[0].endswith(("er", "re", "ir")):
        we = next((words[0][: -len(end)] + ending for end, ending in _WE_ENDINGS_FR if words[0].endswith(end)), None)
    if we is not None and len(words) > 1:
        variants.append(" ".join([we, *ours[1:]]))
    return variants


_REPORTED_FAMILIES = frozenset({"leadership_in", "leadership_out", "partnership"})
"""Families whose future rows are also read as reported in the past ("said Jane Roe would take over as CEO")."""
_SHORTEST_FUTURE = 5
"""French futures shorter than this ("sera", "ira") are left as they are."""


def _reported_future_variants(phrase: str, language: Language) -> list[str]:
    """Return a future phrase as reported speech writes it: "will take over as" -> "would take over as".

    A company's announcement is retold in the past: "Danone said Jane Roe would take over as CEO", « Danone a annoncé
    que Jane Roe prendrait la direction générale » (the French future turns conditional). Modality reads the
    reported future as a plan, the bare French conditional as a rumour (:mod:`streams.extraction.modality`).
    """
    if language == "en":
        return ["would " + phrase.removeprefix("will ")] if phrase.startswith("will ") else []
    verb, _, rest = phrase.partition(" ")
    if len(verb) < _SHORTEST_FUTURE or not verb.endswith(("ra", "ront")):
        return []
    conditional = verb[:-1] + "ait" if verb.endswith("ra") else verb[:-3] + "aient"  # prendra, prendront
    return [f"{conditional} {rest}".strip()]


_PLUPERFECT_FAMILIES = frozenset({"acquisition", "stake"})
"""Families whose French compound pasts are also read in the pluperfect: a deal told as background."""
_PLUPERFECT_FR = (("a ", "avait "), ("ont ", "avaient "), ("s'est ", "s'était "), ("se sont ", "s'étaient "))


def _pluperfect_variants(phrase: str, language: Language) -> list[str]:
    """Return a French compound past in the pluperfect: "a acquis" -> "avait acquis".

    "s'est emparé de" gives "s'était emparé de". A French story tells the deal behind today's news in the pluperfect
    (« Numericable s'était emparé de SFR en 2014 », « le groupe, qui avait repris Tessaly ... »); the tables spell the
    passé composé once. Only deal families are widened: their readers check the parties, and a dated recalled deal
    is history (:mod:`streams.extraction.history`).
    """
    if language != "fr":
        return []
    for present, past in _PLUPERFECT_FR:
        rest = phrase.removeprefix(present)
        if rest != phrase and rest not in ("", "été"):
            return [past + rest]
    return []


_AUXILIARIES = {
    "en": ("has ", "have ", "had "),
    "fr": (
        "a ", "ont ", "avait ", "avaient ", "aurait ", "s'est ", "se sont ", "s'était ", "va ", "vont ",
        "prendra ", "prend ", "deviendra ", "devient ",
    ),
}  # fmt: skip
"""Auxiliaries an adverb may follow; in French also the near future's "va / vont" (« va officiellement fournir »)
and the verbs of taking a post (« prendra officiellement la tête de », « deviendra officiellement PDG »)."""
_ADVERBS = {
    "en": (
        "also", "now", "already", "finally", "recently", "just", "since", "therefore", "officially", "formally",
        "again", "once again", "quietly", "eventually",
    ),
    "fr": (
        "également", "aussi", "par ailleurs", "finalement", "notamment", "enfin", "d'ailleurs", "récemment", "déjà",
        "ainsi", "donc", "officiellement", "formellement", "de nouveau", "à nouveau", "discrètement", "définitivement",
    ),
}  # fmt: skip


_MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
    "décembre",
)  # fmt: skip
_POST_TIMES = {
    "en": (),
    "fr": (
        *(
            f"{lead} {month}{after}"
            for lead in ("en", "début", "fin", "dès")
            for month in _MONTHS_FR
            for after in ("", " prochain")
        ),
        *("dès lundi", "dès demain", "l'an prochain", "l'année prochaine", "le mois prochain"),
    ),
}
"""Times a reporter puts inside the phrase of taking a post (« prendra en septembre la tête de X », « prendra dès
demain la direction de »): the future of the phrase is kept, and the time only dates it."""
_POST_VERBS = ("prendra ", "prend ")


def _post_time_variants(phrase: str, language: Language) -> list[str]:
    """Return « prendra la tête de » with a month or a near time after its verb (« prendra en septembre la tête »)."""
    verb = next((verb for verb in _POST_VERBS if phrase.startswith(verb)), None)
    if verb is None or language != "fr":
        return []
    return [f"{verb}{time} {phrase[len(verb) :]}" for time in _POST_TIMES[language]]


def _adverb_variants(phrase: str, language: Language) -> list[str]:
    """Return a compound-tense phrase with an adverb between the auxiliary and the participle.

    Reporters write "La SNCF a également retenu Alstom", "Airbus a par ailleurs prolongé son contrat",
    "Tesco has now chosen X", "X s'est ainsi emparé de Y", "has officially chosen": the table spells "a retenu",
    "has chosen" once, and each adverb is read here. Adverbs of hearsay or doubt ("reportedly", "tentatively")
    are left out: they change what the sentence asserts.
    """
    auxiliary = next((aux for aux in _AUXILIARIES[language] if phrase.startswith(aux)), None)
    rest = phrase[len(auxiliary) :] if auxiliary is not None else ""
    if rest in ("", "been", "été"):
        return []  # "has been" alone is too loose a cue to stretch ("has now been chosen for 410 aircraft")
    return [f"{auxiliary}{adverb} {rest}" for adverb in _ADVERBS[language] if not rest.startswith(adverb)]


@cache
def conjunctions(language: Language) -> re.Pattern[str]:
    """The language's clause-joining words (", and", " et", "; "...) as one pattern.

    They are kept out of the cue automaton: "and" is everywhere, and a split only matters in a
    sentence with two facts or a speaker, which :func:`streams.extraction.clauses.analyse` checks first.
    """
    phrases = sorted(
        (row.phrase for row in load_table(language) if row.family == "clause" and row.frame == "conjunction"),
        key=len,
        reverse=True,
    )
    return re.compile("|".join(re.escape(phrase) + (r"(?![\w])" if phrase[-1].isalnum() else "") for phrase in phrases))


@cache
def source_openers(language: Language) -> re.Pattern[str]:
    """The language's source openers ("according to", "selon") as one pattern, read apart from the cues.

    A longer cue may swallow the opener ("according to a report" announces a rumour), yet the company
    the source names must still never take a role: :func:`streams.extraction.clauses.analyse` marks it.
    """
    phrases = sorted(
        (row.phrase for row in load_table(language) if row.family == "clause" and row.frame == "attribution_prefix"),
        key=len,
        reverse=True,
    )
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(phrase) for phrase in phrases) + r")(?![\w])")


_NAMED_INSIDE = re.compile(r"\b(?![A-Z]{2,}s\b)[A-ZÀ-Ý]")
"""A capital inside a relation pattern's words: the "goods" hold a name; an acronym's plural ("GPUs", "SUVs") is
goods."""
_OVERLAID_FRAMES = frozenset({"counted", "displaced"})
"""Frames whose cue is a plain verb of buying read beside the deal rows, never instead of them: "va acquérir" names
goods by the number ("va acquérir 40 rames Alstom") or a company ("va acquérir l'intégralité du capital de Subaru"),
and each reader keeps only its own structure. A supplier swap ("took over from X at A") is read beside the leadership
row of the same words, which reads a manager's successor."""
_OWN_ZONE_FRAMES = frozenset({"order_noun", "offer", "given_by", "system_maker"})
"""Frames read beside every other cue, in a zone of their own: an order told as a noun ("placed orders with X", "sa
commande de 30 A350 auprès de X") holds the rows that read the seller's side ("a décroché une commande ... de la part
de X") and a counted order ("placed orders"), each keeping only its own structure; so does an offer naming its bidder
(« l'offre publique d'achat de X sur Y » holds the noun row "offre publique d'achat sur"); so does a won contract
whose giver follows it ("has won a supply contract from X" holds "contract from"), read only with a winner's verb."""
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|this|these|those|in|during|for|of|on|at|after)[ ]$")
"""Before a one-word English participle cue: it qualifies the noun after it ("in extended NYSE trading", "the
acquired business", "an expanded range"), no verb telling a deal."""
_ATTRIBUTIVE_REACH = 8


_COUNTED_GOODS = re.compile(
    r"(?:" + FR_COUNT + r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty"
    r"|fifty|a[ ]hundred)[ ]"
)
"""Goods counted first, in figures or words ("12 new Airbus jets", "five Airbus jets", « cinq A380 »)."""


_UNLISTED_CHIEF = re.compile(r"(?<=chief)[ ](?!executive)(?:[a-z\-]+[ ](?:and|&)[ ])?[a-z\-]+[ ]officers?\b")
"""After a bare "chief": an officer's title the tables do not list ("chief sustainability officer")."""


def find_cues(folded: str, language: Language, text: str | None = None) -> list[Cue]:
    """Return word-bounded cues of ``language`` in ``folded``; overlapping cues keep the longest (earliest on ties).

    Longest first matters: "poursuite de leur partenariat avec" is a continuation, not a new
    partnership, and "président-directeur général" is a CEO, not a chairman. A phrase that starts
    or ends with punctuation or a space (", which") needs no word boundary on that side. With the
    article's ``text``, a relation pattern whose words after its verb hold a capital is dropped: the
    "goods" are a name.
    """
    size = len(folded)
    candidates = []
    for last, (length, word_start, word_end, pairs) in _automaton(language).iter(folded):
        start, end = last - length + 1, last + 1
        if word_start and start > 0 and is_word_char(folded[start - 1]):
            continue
        if word_end and end < size and is_word_char(folded[end]):
            continue
        if language == "en" and (
            _is_attributive(folded, start, end)
            # "chief strategy and commercial officer": a title the tables do not list, no chief executive
            or (folded.startswith("chief", start, end) and _UNLISTED_CHIEF.match(folded, end) is not None)
        ):
            continue
        if language == "en" and _is_plural_deal_noun(folded, start, end, pairs):
            continue
        if language == "fr" and _unfunded_receipt(folded, start, end):
            continue
        candidates.append((-length, start, pairs))
    candidates.extend(_gap_pattern_candidates(folded, language))
    if text is not None:
        dropped = find_goods_cues(folded, text, language)
        candidates.extend((start - end, start, (("customer_end", frame),)) for start, end, frame in dropped)
        lost = find_loss_cues(folded, text, language)
        candidates.extend((start - end, start, ((family, frame),)) for start, end, family, frame in lost)
        described = find_described_contract_cues(text, language)
        candidates.extend((start - end, start, ((family, frame),)) for start, end, family, frame in described)
    if text is not None and language == "fr":
        candidates.extend((-2, m.start(), (("revenue", "cue"),)) for m in _CARD_CA.finditer(text))
    candidates.extend(
        (start - end, start, (("co_investor", frame),)) for start, end, frame in find_roster_cues(folded, language)
    )
    for start, end, family, frame in find_relation_cues(folded, language):
        goods = text.find(" ", start, end) + 1 if text is not None else 0
        if text is not None and _NAMED_INSIDE.search(text, goods, end) and not _COUNTED_GOODS.match(text, goods):
            # "bought Telecom Italia from its founders": a company bought, not goods; the deal row reads it. Goods
            # counted first may carry their maker's or model's name ("will lease 12 new Airbus jets to X").
            continue
        candidates.append((start - end, start, ((family, frame),)))
    candidates.sort()
    occupied = bytearray(size)
    overlaid = bytearray(size)  # the cues of frames read beside the others (_OVERLAID_FRAMES)
    own_zone = bytearray(size)  # _OWN_ZONE_FRAMES
    chosen: list[Cue] = []
    for neg_length, start, pairs in candidates:
        end = start - neg_length
        taken = overlaid if all(frame in _OVERLAID_FRAMES for _, frame in pairs) else occupied
        taken = own_zone if all(frame in _OWN_ZONE_FRAMES for _, frame in pairs) else taken
        if taken.find(1, start, end) >= 0:
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.extend(Cue(start, end, family, detail) for family, detail in pairs)
    chosen.sort(key=lambda cue: cue.start)
    return chosen


_RECEIPT_FR = frozenset(("a reçu", "reçoit"))
_FUNDS_AHEAD = re.compile(
    r"[ ](?:[^ ,;.]+[ ]){0,2}?(?:\d|(?:un|une|de[ ]nouveaux|des)[ ](?:financement|investissement))"
)
"""After « a reçu / reçoit »: an amount or a funding noun within a few words (« a reçu 39 millions », « reçoit un
financement »)."""


def _unfunded_receipt(folded: str, start: int, end: int) -> bool:
    """Whether a French receipt verb (round 19 raise rows) receives no money: « Matignon a reçu les syndicats ».

    Anything may be received; only money or a funding noun right after the verb makes it a raise cue, so the readers
    of a cue's subject never offer the receiver of a letter or a visit as a company.
    """
    return folded[start:end] in _RECEIPT_FR and _FUNDS_AHEAD.match(folded, end) is None


def _gap_pattern_candidates(folded: str, language: Language) -> list[tuple[int, int, tuple[tuple[str, str], ...]]]:
    """Cues of the patterns whose words between a verb and its noun no row can spell: risks, ends, raised holdings."""
    candidates: list[tuple[int, int, tuple[tuple[str, str], ...]]] = [
        (start - end, start, (("customer_at_risk", frame),))
        for start, end, frame in find_pattern_cues(folded, language)
    ]
    candidates.extend(
        (start - end, start, (("customer_end", frame),)) for start, end, frame in find_end_cues(folded, language)
    )
    candidates.extend((start - end, start, (("stake", "into"),)) for start, end in find_holding_cues(folded, language))
    # "one of its largest retail customers", "its largest own-label bread manufacturing contract" (session 27)
    ranked = find_major_cues(folded, language)
    candidates.extend((start - end, start, (("major_customer", "cue"),)) for start, end in ranked)
    handovers = find_handover_cues(folded, language)  # « transmet son poste de CEO à X »
    candidates.extend((start - end, start, (("leadership_in", "hands_over"),)) for start, end in handovers)
    offers = find_offer_cues(folded, language)
    controls = find_control_cues(folded, language)
    candidates.extend((start - end, start, (("acquisition", "active"),)) for start, end in controls)
    dated = find_dated_passive_cues(folded, language)  # "acquired last year by X", « repris le 19 mai par X »
    candidates.extend((start - end, start, (("acquisition", "passive"),)) for start, end in dated)
    candidates.extend((start - end, start, (("acquisition", "offer"),)) for start, end in offers)
    public = find_public_offer_cues(folded, language)  # « une offre publique d'achat simplifiée visant Y »
    candidates.extend((start - end, start, (("acquisition", "noun"),)) for start, end in public)
    splits = find_split_cues(folded, language)  # "is owned by A (60%) and B (40%)"
    candidates.extend((start - end, start, (("stake", SPLIT_FRAME),)) for start, end in splits)
    shares = find_owned_share_cues(folded, language)  # « détenue à 40 % par X »
    candidates.extend((start - end, start, (("acquisition", "owned"),)) for start, end in shares)
    units = find_unit_cues(folded, language)  # "Korvia, Dorvane's chip unit," (session 28)
    candidates.extend((start - end, start, (("acquisition", "unit"),)) for start, end in units)
    orders = find_order_noun_cues(folded, language)
    candidates.extend((start - end, start, (("customer_start", "order_noun"),)) for start, end in orders)
    sites = find_site_cues(folded, language)  # "will build two battery plants with Y"
    candidates.extend((start - end, start, (("partnership", "forward"),)) for start, end in sites)
    return candidates


_CARD_CA = re.compile(r"(?<![\w'])CA(?:[ ](?:19|20)\d\d)?[ ]?:?[ ](?=\d)")
"""A French company card in brackets or after a comma: "(siège à Paris, CA 16,2 milliards d'euros, 81 000 salariés)",
"CA 2023 : 45 M€": the capitalised abbreviation right before a figure is the revenue word (the table's rows need a
determiner, "le CA", since a bare "ca" may be anything)."""


def _is_attributive(folded: str, start: int, end: int) -> bool:
    """Whether the one-word participle ``folded[start:end]`` ("extended", "acquired") qualifies a noun.

    After an article, a possessive or a preposition it does, rather than tell the act: no finite verb follows
    "in", "the" or "its".
    """
    return (
        folded.endswith("ed", start, end)
        and folded.find(" ", start, end) < 0
        and _ATTRIBUTIVE_BEFORE.search(folded, max(0, start - _ATTRIBUTIVE_REACH), start) is not None
    )


def _is_plural_deal_noun(folded: str, start: int, end: int, pairs: tuple[tuple[str, str], ...]) -> bool:
    """Whether the one-word deal verb in -s ``folded[start:end]`` is a plural noun after a determiner.

    "First Solar will wind down its purchases": no verb "purchases" follows "its" or "the", so no company is bought;
    "its purchases of X" names its deals, and the nominal rows read it.
    Only deal cues and goods bought by the number are so read: a revenue noun ("its sales") is meant as a noun.
    """
    return (
        folded.endswith("s", start, end)
        and folded.find(" ", start, end) < 0
        and not folded.startswith((" of ", " in "), end)
        and all(family in _DEAL_FAMILIES or frame == "counted" for family, frame in pairs)
        and _DETERMINER_BEFORE.search(folded, max(0, start - _ATTRIBUTIVE_REACH), start) is not None
    )


_DEAL_FAMILIES = frozenset(("acquisition", "stake", "investment"))
_DETERMINER_BEFORE = re.compile(r"\b(?:its|their|his|her|our|the|these|those)[ ]$")
"""Before a one-word cue in -s: a determiner makes it a plural noun ("its purchases"), never a verb's third person."""
