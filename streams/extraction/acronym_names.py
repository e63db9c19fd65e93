"""Companies named by a bare acronym the knowledge base does not know: "la SNCB", "from OSI", "M&S's demands".

A word in capitals is a company's name as often as it is a country ("US"), a title ("CEO"), a technology
("LTE") or a product ("THAAD"). The acronym is read as a company only where a party stands: after the
French article a firm or an agency takes ("la SNCB", "les CFF", "l'ONEE"), after a preposition of a
dealing ("with EDS", "from OSI", "at BT", "chez RUAG"), or before what only a party does (a possessive
"M&S's", a speech verb "ATI said"). Common abbreviations of business prose are left out whatever their place.
"""

from __future__ import annotations

import re

_ACRONYM = re.compile(
    r"[A-Z](?:(?<![\w\-&.'\u2019/].)|(?<=(?<![\w\-])[LlDd]['\u2019].))[A-Z0-9&]{1,5}(?![\w\-&/]|[.,][\w])"
)
"""A word of two to six capitals, digits or ampersands ("SNCB", "G4S", "M&S"), not inside a longer token; an elided
article may stand before it ("l'ONEE", "d'EDS"). The capital comes first and the look-behinds check the character
before it, so the scan skips every other position at once (six times faster than testing them first)."""

_TECHNOLOGIES_TEXT = (
    "AI IT IA TI TV PC HD VR AR XR EV VE SUV GPS USB API CRM ERP SaaS LLM GPU CPU EUV LTE RAN OEM EHR ICT SSD"
    " LNG LPG CNG"
)
TECHNOLOGY_ABBREVIATIONS = frozenset(_TECHNOLOGIES_TEXT.split())
"""Technologies and products in capitals ("EV", "AI", "GPU"), fuels sold by the tonne ("LNG"): never a company,
wherever they stand ("teamed up with EV", "a deal with AI startup X", "buy 300,000 tonnes of LNG from X"), where other
abbreviations below may be a firm's or a body's ("BCE", "GNL")."""
_COMMON_TEXT = """
US USA UK EU UE UAE UN NATO OTAN GB RU ES UPS
CEO CFO COO CTO CIO CMO EVP SVP VP MD PDG DG DGA DRH RH HR PR CSR RSE ESG MP
IPO OPA OPE OPR M&A R&D P&L Q&A LBO MBO VC LP GP PE ETF SPAC PIPE NFT
PME TPE ETI SME SMEs SSII ESN ONG NGO VTC BTP SARL SAS SA SE NV AG BV PLC LLC LLP INC LTD CO
GDP PIB PNB TVA VAT CAGR EBITDA EBIT EBITA ROI KPI FY YTD YOY EPS BPA GAAP ARR MRR
MW GW KW MWH GWH TWH KWH MAX NEO CFA RMB EUR USD GBP CHF JPY CAD AUD GMT CET UTC
CAC TSX NYSE FTSE DAX SMI SBF NASDAQ
SEC FDA FTC DOJ CMA FCC AMF ACPR BCE ECB FED IMF FMI OCDE OECD OMC WTO
PET LNG GNL PVC LED OLED SUV ATM ID OK NB PS RFP RFI
"""
COMMON_ABBREVIATIONS = frozenset(_COMMON_TEXT.split()) | TECHNOLOGY_ABBREVIATIONS
"""Abbreviations of business prose that name no company: countries, titles, deal and finance terms, units,
currencies, indices, regulators (never a party of a deal), technologies."""

_PARTY_BEFORE = re.compile(
    r"(?<![\w\-])(?:(?:with|at|from|to|by|avec|chez|auprès[ ]de|par)[ ](?:the[ ]|la[ ]|les[ ]|l['\u2019])?"
    r"|à[ ]|[Ll]a[ ]|[Ll]es[ ])$"
)
"""Right before the acronym: a preposition of a dealing ("par l'ONEE") or the French article of a firm ("la SNCB");
the elided article alone is also a place's ("installée à l'ICM")."""

_OWNED_AFTER = re.compile(
    r"(?:['\u2019]s?|[ ](?:spokes(?:man|woman|person)|porte-parole|unit|subsidiary|division|filiale))(?![\w\-])"
)
"""Right after the acronym: what only a party has, a possession ("M&S's", "M&S' move"), a spokesman or a unit
("an M&S spokesman", "the OSI unit")."""
_ACTS_AFTER = re.compile(
    r"(?:[ ](?:said|says|told|added|announced|reported|confirmed|has|had|was|is|will|would|won|signed|agreed"
    r"|précise|indique|annonce|affirme|explique|souligne|a[ ](?:annoncé|indiqué|précisé|déclaré))"
    r"|,?[ ](?:which|who|qui))(?![\w\-])"
)
"""Right after the acronym: a party speaking or acting ("ATI has", "CSRA, which"), unless a determiner makes the
acronym a thing ("the QIP had raised")."""
_DETERMINER_BEFORE = re.compile(r"(?<![\w\-])(?:the|a|an|its|their|this|that|un|une|son|sa|ce|cette)[ ]$", re.I)

_MIN_CAPITALS = 2
"""One capital and digits ("A320", "F35") is a model, not a name."""
_BEFORE_REACH = 14
"""Characters looked back for the preposition and article ("auprès de la ")."""


def acronym_candidates(text: str) -> list[tuple[int, str, bool]]:
    """``(start, acronym, False)`` of each bare acronym standing where a party stands, in text order.

    One pass over the capitals of the text; each candidate only looks at the few characters around it.
    The caller drops the acronyms a name found before covers ("LSG Sky Chefs") or the knowledge base knows.
    """
    found: list[tuple[int, str, bool]] = []
    for match in _ACRONYM.finditer(text):
        word = match.group(0)
        if (
            sum(char.isupper() for char in word) < _MIN_CAPITALS
            or word.upper() in COMMON_ABBREVIATIONS
            or word[-1] == "&"
        ):
            continue
        start, end = match.span()
        if f"({word})" in text:
            continue  # "qualified institutional placement (QIP)": the story defines it, other passes read it
        if text.startswith(" ", end) and text[end + 1 : end + 2].isupper():
            continue  # "BMW AG", "LSG Sky Chefs": the first word of a longer name
        before = _PARTY_BEFORE.search(text, max(0, start - _BEFORE_REACH), start)
        thing = _DETERMINER_BEFORE.search(text, max(0, start - 6), start) is not None
        acts = not thing and _ACTS_AFTER.match(text, end) is not None
        if before is not None or acts or _OWNED_AFTER.match(text, end) is not None:
            found.append((start, word, False))
    return found
