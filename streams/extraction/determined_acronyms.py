"""French acronyms a definite article introduces: "la SNCB", "l'ONEE", "les CFF", "du CNES", "à la STIB".

French writes the article before the acronym of a body or a firm, where English drops it ("SNCB picked CAF" but
"la SNCB a choisi CAF"). An acronym after an article is the organisation's name unless it is one of the common
nouns French also shortens (a chief executive, a tax, a share offer, a train line, a product class): those are
listed in :data:`COMMON_ACRONYMS`. Read in one pass of one pattern over the text.
"""

from __future__ import annotations

import re

_DETERMINED_ACRONYM = re.compile(
    r"[LlDdAa](?<![^\s(«\"][LlDdAa])"
    r"(?:(?:(?<=[Ll])a|(?<=[Ll])es?|(?<=[Dd])u|(?<=[Dd])es|(?<=[Aa])ux?)[ ]([A-Z][A-Z&]{1,5})"
    r"|(?<=[Ll])['\u2019]([AEIOUY][A-Z&]{1,5}))(?![\w\-&'\u2019])"
)
"""An article, then a word of two to six capitals ("la SNCB", "l'ONEE", "aux CFF"); digits or a hyphen after it
make a model ("le F-35", "l'A320"). The article's first letter comes first and the rest looks behind it, so ``re``
only tries l, d and a (2x faster)."""

_COMMON_ACRONYMS = """
    PDG DG CEO CFO COO CTO DRH DAF TVA PIB PME PMI ETI TPE OPA OPE OPR IPO CAC SBF IA AI RSE RGPD BTP
    HLM CDI CDD SMIC RSA CA EBITDA EBIT ETF ETFS PER PEA OGM ONG SA SAS SARL SASU SCI GIE GNL LNG GPL JO TGV TER RER
    SUV VTC VE USA UK RDC PC TV BD CV QG PV AG AGE AGO PLU PPP DSP AO APD CSE CE CHSCT SMS GPS ISS COP UV
    R&D RH IT SI SIG DSI API SAAS PAC FDR OQTF ZFE LGV TNT IRM SCOT TIC PS
    AMF ACPR CNIL ARCEP ARCOM CRE MIT EPFL ENS HEC ESSEC INSEAD
    UE ONU OTAN OCDE OMC FMI BCE
"""
COMMON_ACRONYMS = frozenset(_COMMON_ACRONYMS.split())
"""Common nouns French writes as acronyms after an article: "le PDG", "la TVA", "le PIB", "l'OPA", "le TGV", "l'IA";
and the regulators a company files with or answers to ("a déclaré à l'AMF détenir 9,98 %"), the international
institutions that clear or watch a deal ("l'UE approuve l'achat de X par Y", session 25) and the schools a founder
went to ("passé par le MIT"), never a party of a deal or a supply, who would take the place of the filer or the
founder's company."""


def determined_acronyms(text: str) -> list[tuple[int, str, bool]]:
    """The acronyms an article introduces, as name candidates (start, name, strict=False) for mention finding."""
    names: list[tuple[int, str, bool]] = []
    for match in _DETERMINED_ACRONYM.finditer(text):
        group = 1 if match.group(1) is not None else 2
        acronym = match.group(group)
        if acronym not in COMMON_ACRONYMS and f"({acronym})" not in text:  # a spelled-out one keeps its long name
            names.append((match.start(group), acronym, False))
    return names
