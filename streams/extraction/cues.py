"""Cue phrases that announce a fact, found in one Aho-Corasick pass over the case-folded article.

Each cue has a family (what it announces) and a detail (how to read the sentence around it,
e.g. which side of the verb the buyer stands on). Cues must stand on word boundaries.
"""

from __future__ import annotations

from dataclasses import dataclass

import ahocorasick

# family -> detail -> phrases (case-folded, ASCII apostrophes).
_CUES: dict[str, dict[str, tuple[str, ...]]] = {
    "acquisition": {
        "active": (
            "acquires", "acquired", "to acquire", "acquiring", "will acquire", "agreed to acquire", "buys", "bought",
            "to buy", "is buying", "will buy", "would buy", "would acquire", "snaps up", "snapped up", "take over",
            "takes over", "took over", "acquiert", "a acquis",
            "acquérir", "acquerir", "rachète", "rachete", "a racheté", "a rachete", "racheter", "rachèterait",
            "s'offre", "s'est offert", "met la main sur", "a mis la main sur", "prend le contrôle de",
            "prendre le contrôle de", "a pris le contrôle de", "absorbe",
        ),
        "passive": (
            "acquired by", "bought by", "was acquired by", "to be acquired by", "sold to", "racheté par",
            "rachetée par", "acquis par", "acquise par", "a été racheté par", "a été rachetée par", "cédé à", "cédée à",
        ),
        "noun": (
            "acquisition of", "takeover of", "purchase of", "buyout of", "acquisition de", "acquisition d'",
            "rachat de", "rachat d'", "l'acquisition de",
        ),
    },
    "stake": {
        "active": (
            "stake in", "participation dans", "participation au capital de", "entre au capital de",
            "entrée au capital de", "prend une participation", "takes a stake", "took a stake", "minority stake",
            "au capital de", "du capital de",
        ),
        # "buys into Leonardo": a stake of unstated size, never the whole company.
        "into": ("buys into", "bought into", "buy into", "buying into", "has bought into"),
    },
    "investment": {
        "active": (
            "invests", "invested", "to invest", "investing", "will invest", "investit", "a investi", "investira",
            "injecte", "a injecté", "mise", "misé",
            # "Accel led a $100 million funding round in Arvana": the investor before, the company after.
            "funding round in", "financing round in", "investment round in", "round of funding in",
            "a mené une levée de fonds", "mène une levée de fonds", "a mené un tour de table", "mène un tour de table",
            "a conduit une levée de fonds", "conduit une levée de fonds",
            # "Tencent backs Mistral with €200 million" (an investment needs its amount; "backed by" is an intro).
            "backs", "backed", "is backing",
        ),
        "raise": (
            "raised", "raises", "has raised", "to raise", "lève", "a levé", "lèvera", "levée de fonds de",
            "secured", "closes a", "closed a", "boucle un tour",
        ),
    },
    "investor": {
        "intro": (
            "led by", "co-led by", "backed by", "mené par", "menée par", "menés par", "emmené par",
            "emmenée par", "conduit par", "conduite par", "auprès de", "auprès d'", "from investors including", "from",
        ),
    },
    "valuation": {
        "cue": (
            "valued at", "valuing", "valuation of", "at a valuation", "valorise", "valorisant", "valorisée",
            "valorisé", "valorisation de", "valorisation d'", "values the company at", "valued the company at",
        ),
        # "values Scale AI at $13.8 billion": the amount must come after an "at".
        "verb": ("values", "valued", "value"),
        # "at a $13.8 billion valuation": the amount stands right before the noun.
        "trailing": ("valuation", "valorisation"),
    },
    "revenue": {
        "cue": (
            "revenue", "revenues", "sales", "turnover", "chiffre d'affaires", "chiffres d'affaires", "revenus",
            "recettes", "annual recurring revenue", "arr",
        ),
    },
    "customer_start": {
        "forward": (
            "signed a contract with", "signs a contract with", "signed a deal with", "signs a deal with",
            "signe un contrat avec", "a signé un contrat avec", "signé un contrat avec", "a choisi", "choisit",
            "chose", "has chosen", "selected", "selects", "has selected", "new customer of", "nouveau client de",
            "devient client de", "became a customer of", "becomes a customer of", "will use", "adopte", "a adopté",
        ),
        # "signed a multi-year contract with", "a conclu un accord de 3 milliards avec": the contract
        # noun and "with" are read after the verb by the rule.
        "signed": (
            "signed a", "signs a", "signed an", "signs an", "has signed a", "a signé un", "signe un", "ont signé un",
            "a conclu un", "conclut un", "a passé un", "passe un",
        ),
        # "Infosys won Porsche as a customer": needs "as a customer" right after the customer.
        "as_customer": ("won", "wins", "has won"),
        "reverse": (
            "won a contract from", "wins a contract from", "remporte un contrat auprès de",
            "a remporté un contrat auprès de", "was selected by", "a été choisi par", "a été choisie par",
            "signs up", "signed up", "lands", "landed", "as a new customer", "comme nouveau client",
        ),
    },
    "customer_continue": {
        "forward": (
            "continue to work with", "continues to work with", "will continue working with",
            "will continue to work with", "continue working with", "renewed its contract with",
            "renews its contract with", "extended its contract with", "extends its contract with",
            "continuerait de collaborer avec", "continuera de collaborer avec", "continue de collaborer avec",
            "continuer de collaborer avec", "continue de travailler avec", "continuera de travailler avec",
            "poursuite de leur partenariat avec", "poursuite de son partenariat avec", "poursuit son partenariat avec",
            "renouvelle son contrat avec", "a renouvelé son contrat avec", "prolonge son contrat avec",
            "stick with", "sticks with", "stays with", "reste client de", "keep working with", "keeps working with",
            "will keep working with", "keep using", "keeps using", "poursuivra sa collaboration avec",
            "poursuit sa collaboration avec", "maintient sa collaboration avec", "reste fidèle à",
        ),
    },
    "customer_at_risk": {
        "forward": (
            "is reviewing its contract with", "reviewing its contract with", "is reviewing its relationship with",
            "threatens to drop", "threatened to drop", "threatens to leave", "is considering dropping",
            "considers dropping", "menace de quitter", "menace de rompre avec", "menace de rompre son contrat avec",
            "réexamine son contrat avec", "réévalue sa relation avec", "remet en cause son contrat avec",
            "envisage de quitter", "menace de",
        ),
        # "X, which pays Y $75m a year, is reviewing its contract": the vendor is the other company before.
        "own": (
            "is reviewing its contract", "reviews its contract", "réexamine son contrat", "réexaminer son contrat",
            "move its business to a rival", "move its business to a competitor",
            "confier ses commandes à un concurrent",
            "passer chez un concurrent", "switch to a rival", "switch to a competitor",
        ),
    },
    "customer_end": {
        "forward": (
            "dropped", "drops", "ends its contract with", "ended its contract with", "terminated its contract with",
            "terminates its contract with", "cut ties with", "cuts ties with", "cutting ties with", "to cut ties with",
            "stops working with", "stopped working with", "met fin à son contrat avec", "a mis fin à son contrat avec",
            "met fin à sa collaboration avec", "met fin à", "a mis fin à", "rompre ses liens avec",
            "rompt ses liens avec", "rompu ses liens avec", "rompu avec", "rompre avec", "rompt avec",
            "cesse de travailler avec", "a cessé de travailler avec", "ending its relationship with",
            "end its relationship with", "ended its relationship with", "ends its relationship with",
            "mettre fin à sa relation avec", "met fin à sa relation avec", "a mis fin à sa relation avec",
            "a résilié son contrat avec", "résilie son contrat avec",
            "abandonne", "a abandonné", "lâche", "a lâché",
        ),
        # "Capgemini lost Airbus as a customer": needs "as a customer" right after the customer.
        "as_customer": ("loses", "lost", "has lost"),
        "reverse": (
            "dropped by", "lâché par", "abandonné par", "lost its contract with", "perd son contrat avec",
            "a perdu son contrat avec", "perdu son contrat avec",
        ),
        # "ended its contract", "cancelled its $9bn contract with Enel": the vendor follows "with", or is
        # the other company named before ("X, Y's biggest customer, ended its contract").
        "own": (
            "ended its contract", "ends its contract", "terminated its contract", "cancelled its", "canceled its",
            "a mis fin à son contrat", "met fin à son contrat", "a résilié son contrat", "résilie son contrat",
            "a rompu son contrat", "rompt son contrat",
        ),
    },
    "leadership_in": {
        "named": (
            "named", "appointed", "appoints", "names", "nommé", "nommée", "a nommé", "nomme", "devient", "deviendra",
            "becomes", "will become", "takes over as", "took over as", "will take over as", "prendra la relève",
            "prend la relève", "promoted to", "promu", "promue", "élu", "élue", "elected", "joins as",
            "rejoint en tant que", "la nomination de", "nomination de", "the appointment of", "appointment of",
        ),
        "succeeds": (
            "succède à", "succèdera à", "succédera à", "succeeds", "will succeed", "replaces", "will replace",
            "remplace", "remplacera",
        ),
    },
    "leadership_out": {
        "cue": (
            "steps down", "stepped down", "step down", "stepping down", "resigns", "resigned", "démissionne",
            "a démissionné", "quitte ses fonctions", "quittera ses fonctions", "quitte son poste", "cède sa place",
            "departs as", "is leaving", "was ousted", "ousted", "évincé", "évincée", "succeeded by", "replaced by",
            "remplacé par", "remplacée par",
        ),
    },
    "partnership": {
        "forward": (
            "partnered with", "partners with", "partnering with", "partnership with", "teams up with",
            "teamed up with", "alliance with", "partenariat avec", "s'associe à", "s'associe avec", "s'allie à",
            "s'allie avec", "alliance avec", "collaboration avec", "collaboration with",
        ),
        "between": ("partnership between", "partenariat entre", "alliance entre", "alliance between"),
        # "X and Y announced a strategic partnership": both partners stand before the cue.
        "joint": (
            "announced a strategic partnership", "announced a partnership", "signed a partnership", "join forces",
            "joined forces", "ont annoncé un partenariat", "annoncent un partenariat",
            "ont signé un accord de partenariat",
            "signent un accord de partenariat", "s'allient", "se sont alliés",
        ),
    },
    "payment": {
        "cue": (
            "pays", "paid", "will pay", "to pay", "paying", "spends", "spent", "verse", "versera", "verser",
            "devait verser", "paie", "paiera", "payer", "dépense", "dépensera",
        ),
    },
    "co_investor": {
        "cue": (
            "took part in the round", "also took part in the round", "participated in the round",
            "also participated in the round", "joined the round", "also joined the round", "took part in the funding",
            "a participé au tour", "ont participé au tour", "ont également participé au tour",
            "a également participé au tour", "participent au tour", "participe au tour",
        ),
    },
    "major_customer": {
        "cue": (
            "largest customer", "biggest customer", "largest client", "biggest client", "top customer",
            "major customer", "key customer", "main customer", "principal client", "plus gros client",
            "premier client", "plus important client", "client majeur", "plus grand client",
        ),
    },
    "modality_rumor": {
        "cue": (
            "serait", "seraient", "aurait", "auraient", "reportedly", "selon des sources", "selon nos informations",
            "according to sources", "according to people familiar", "people familiar with", "sources said",
            "is said", "are said", "rumored", "rumoured", "rumeur", "rumeurs", "would reportedly", "pourrait", "could",
        ),
    },
}  # fmt: skip

_ROLE_CUES: dict[str, tuple[str, ...]] = {
    "CEO": (
        "à la tête de", "ceo", "chief executive", "chief executive officer", "pdg", "p-dg",
        "président-directeur général",
        "présidente-directrice générale", "directeur général", "directrice générale", "patron", "patronne",
    ),
    "CFO": ("cfo", "chief financial officer", "directeur financier", "directrice financière"),
    "CTO": ("cto", "chief technology officer", "directeur technique", "directrice technique"),
    "COO": ("coo", "chief operating officer", "directeur des opérations", "directrice des opérations"),
    "CSO": (
        "chief strategy officer", "directeur de la stratégie", "directrice de la stratégie",
    ),
    "founder": (
        "founder", "co-founder", "cofounder", "fondateur", "fondatrice", "co-fondateur", "cofondateur",
        "co-fondatrice", "cofondatrice",
    ),
    "chairman": ("chairman", "chairwoman", "chair", "président", "présidente", "président du conseil"),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue phrase found at ``start:end`` of the folded text."""

    start: int
    end: int
    family: str
    detail: str


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _build() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    entries: list[tuple[str, str, str]] = [
        (phrase, family, detail)
        for family, details in _CUES.items()
        for detail, phrases in details.items()
        for phrase in phrases
    ]
    entries += [(phrase, "role", role) for role, phrases in _ROLE_CUES.items() for phrase in phrases]
    for phrase, family, detail in entries:
        automaton.add_word(phrase, (len(phrase), family, detail))
    automaton.make_automaton()
    return automaton


_AUTOMATON = _build()


def find_cues(folded: str) -> list[Cue]:
    """Return word-bounded cues in ``folded``; overlapping cues keep the longest (earliest on ties).

    Longest first matters: "poursuite de leur partenariat avec" is a continuation, not a new
    partnership, and "président-directeur général" is a CEO, not a chairman.
    """
    size = len(folded)
    candidates = []
    for last, (length, family, detail) in _AUTOMATON.iter(folded):
        start, end = last - length + 1, last + 1
        if start > 0 and _is_word_char(folded[start - 1]):
            continue
        if end < size and _is_word_char(folded[end]):
            continue
        candidates.append((-length, start, family, detail))
    candidates.sort()
    occupied = bytearray(size)
    chosen: list[Cue] = []
    for neg_length, start, family, detail in candidates:
        end = start - neg_length
        if occupied.find(1, start, end) >= 0:
            continue
        occupied[start:end] = b"\x01" * (end - start)
        chosen.append(Cue(start, end, family, detail))
    chosen.sort(key=lambda cue: cue.start)
    return chosen
