"""Which side of a relation a company is on, as the noun that describes it says: "retailer X", "logistics firm Y".

"XPO Logistics has renewed its contract with frozen food retailer Iceland Foods" reads either way on its verb alone:
a supplier renews the contracts it holds as readily as a customer renews its suppliers. Reporters who name a party
often say what it is right next to its name, before it ("frozen food retailer Iceland Foods", "l'enseigne Casino",
"logistics provider Wincanton") or in an apposition after it ("Asda, the supermarket chain,"). A retailer, an
airline, a carmaker or a city is the one that buys; a supplier, a contractor, an agency or a logistics firm is the
one that sells. A public body (a ministry, the army, a city) is a customer of the companies it contracts with, never
their supplier. These words orient a relation whose cue does not (see ``rules._supplier_told_elsewhere``).
"""

from __future__ import annotations

import re

from streams.extraction.closing_words import search_back
from streams.extraction.mentions import CompanyMention

_BUYER_NOUNS = (
    r"retailers?|grocers?|supermarkets?|supermarket[ ](?:chain|group|giant)|(?:store|grocery|retail)[ ]chain|airlines?"
    r"|carmakers?|automakers?|car[ ]makers?|customers?|clients?|department[ ]store|(?:city|county)[ ]council"
    r"|enseigne|distributeur|constructeur[ ]automobile|compagnie[ ]aérienne|client|cliente|collectivité"
)
_SELLER_NOUNS = (
    r"suppliers?|providers?|contractors?|subcontractors?|vendors?|outsourcers?|caterers?|wholesalers?"
    r"|(?:logistics|haulage|transport|distribution|staffing|catering|it|outsourcing)[ ](?:firm|company|group|specialist"
    r"|operator|business|giant)|(?:media|advertising|ad|creative)[ ]agency|agency"
    r"|fournisseur|prestataire|sous-traitant|logisticien|équipementier|agence|consortium"
)
_BEFORE = re.compile(r"\b(?:(?P<buyer>" + _BUYER_NOUNS + r")|(?P<seller>" + _SELLER_NOUNS + r"))[ ]$")
"""A role noun ending right before the name: "retailer Iceland Foods", "logistics firm Wincanton", "l'enseigne X".
Not "client de X": there the noun names the other party (X sells)."""
_AFTER = re.compile(
    r",[ ](?:the|a|an|its|le|la|l'|son|sa|[a-z\-]{2,20}['\u2019]s)[ ]?(?:[a-z\-]{1,20}[ ]){0,3}?(?:(?P<buyer>"
    + _BUYER_NOUNS
    + r")|(?P<seller>"
    + _SELLER_NOUNS
    + r"))\b"
    r"(?![ ](?:said|says|told|added|explained|noted|stated|announced|confirmed|declined|a[ ]indiqué|a[ ]déclaré"
    r"|a[ ]annoncé|a[ ]précisé|indique|précise|explique))"
)
"""A role noun in an apposition right after the name: "Asda, the supermarket chain,", "Wincanton, the logistics
group,", "Sobeys, Canada's second-largest supermarket"; the describing words between are few and unbroken. Not an
attribution: in "... on Lear, the carmaker said" the noun describes the speaker, not the company before it."""
_SELLER_NAME = re.compile(r"\b(?:logistics|services|solutions|consulting|staffing|outsourcing)$")
"""A company whose own name says it sells a service: "XPO Logistics", "Capita Business Services"."""
_REACH = 45


def role_of(folded: str, mention: CompanyMention, *, by_name: bool = True) -> str | None:
    """``"buyer"`` or ``"seller"`` when the words around ``mention`` say which side it is on, else ``None``.

    ``by_name``: a service word in the company's own name counts ("XPO Logistics" sells); not for a contract the
    company signs, where a logistics firm is as likely to buy the software or services it signs for.
    """
    if mention.kind == "public_body":
        return "buyer"
    before = search_back(_BEFORE, folded, max(0, mention.start - _REACH), mention.start)
    after = _AFTER.match(folded, mention.end, mention.end + _REACH)
    found = [m.lastgroup for m in (before, after) if m is not None]
    if by_name and _SELLER_NAME.search(folded, mention.start, mention.end):
        found.append("seller")
    if not found or len(set(found)) > 1:
        return None
    return found[0]


def told_reversed(folded: str, customer: CompanyMention, vendor: CompanyMention, *, by_name: bool = True) -> bool:
    """Whether the role nouns say the customer slot holds the seller and the vendor slot the buyer.

    One side's word is enough when the other side has none; a word that agrees with the slots keeps them.
    """
    customer_role, vendor_role = role_of(folded, customer, by_name=by_name), role_of(folded, vendor, by_name=by_name)
    if customer_role == "buyer" or vendor_role == "seller":
        return False
    return customer_role == "seller" or vendor_role == "buyer"
