"""A supplier chosen for the work it will do, its customer named after that work.

Trade and public-procurement news tell a win from the supplier's side with a passive verb of choice and the work as
its purpose: "Kelmar has been selected to deliver 30 trams to the Lyon transit authority", "X was picked to supply
engines for Y's new jets", « Alstom avait été choisi pour fournir 150 trains à Trenitalia », « X a été retenu pour
exploiter le réseau de Y ». No row spells the words (every auxiliary, participle and work verb multiplies), and the
rows' bare "selected / choisi" read the subject as the customer. The pattern's cue runs to the preposition after
the goods and is in the ``supplies`` frame: the supplier is the verb's subject, the customer the company right after
"to / for / at / à / pour" or the owner of the thing worked on ("for the wind farm of Y"); a company after anything
else (a speaker: "X was chosen to build the line, Y said") is none. A choice for anything but work ("was selected to
join the consortium", « a été choisi pour représenter ») is no supply and yields no cue.

Session 28: the same work told after a won contract rather than a choice ("X won a $400 million contract to build a
satellite for Y", « X a emporté un marché de 35 milliards de dollars pour fournir des ravitailleurs à Y ») held no cue
at all. Only a verb of winning opens it: a contract merely signed or announced may be the customer's ("Y signed a
contract with X to build ..."), and a contract "with" someone names its other party there, which other rows read.
The cue starts at the work (group ``work``): the win before it stays the table rows' cue, which may find its customer
in the next sentence ("won a contract to build 30 trains for a German operator. The deal with Deutsche Bahn ...").
"""

from __future__ import annotations

_EN_WORK_VERBS = (
    r"supply|provide|deliver|develop|build|design|install|operate|run|manage|maintain|upgrade|make|produce|equip"
    r"|power|construct|carry[ ]out|perform|support|modernise|modernize|repair|overhaul|refurbish|service"
)
"""Verbs of work a supplier does for its customer (not "join", "advise", "lead", "represent")."""
_EN_AUXILIARY = r"(?:has|have|had|was|were|is|are|will[ ]be|would[ ]be|has[ ]been|have[ ]been|had[ ]been)"
_EN_CHOSEN = r"(?:selected|chosen|picked|tapped|hired|contracted|engaged|commissioned|appointed|named)"
EN_CHOSEN_FOR_WORK = (
    rf"\b{_EN_AUXILIARY}[ ](?:(?:also|now|already|reportedly)[ ])?(?:been[ ])?{_EN_CHOSEN}[ ]to[ ]"
    rf"(?:{_EN_WORK_VERBS})[ ]"
)
"""A passive choice, then "to" and a verb of work: "has been selected to deliver ", "was picked to supply "; the
goods and the preposition before the customer follow (:mod:`streams.extraction.relation_patterns`)."""
_EN_WON = (
    r"(?:won|wins|secured|secures|landed|lands|clinched|clinches|bagged|scored|received|receives"
    r"|(?:was|were|been|is|are)[ ]awarded)"
)
EN_WON_FOR_WORK = (
    rf"(?:\b{_EN_WON}[ ]|,[ ])(?:an?|the|its|their|another)[ ](?:[^ ,.;]{{1,20}}[ ]){{0,6}}?"
    r"(?:contract|deal|order|award)s?[ ]"
    rf"(?:(?!with[ ])[^ ,.;]{{1,20}}[ ]){{0,6}}?(?P<work>to[ ](?:{_EN_WORK_VERBS})[ ])"
)
"""A won contract, then "to" and a verb of work: "won a $400 million contract to build ", "secured a deal in April to
supply ", or the win retold in an apposition (", a $500M contract to provide "); the goods and the preposition
before the customer follow."""
EN_WON_TO_EQUIP = EN_WON_FOR_WORK.replace(_EN_WORK_VERBS, "provide|supply|equip") + r"(?=[^,.;]{2,60}?[ ]with[ ])"
"""The customer right after the verb, its goods after "with": "won a contract to provide the USDA with hosting"."""
EN_WON_STEMS = ("won ", "wins ", "secure", "landed", "lands", "clinch", "bagged", "scored", "receive", "awarded")
EN_CHOSEN_STEMS = ("selected to", "chosen to", "picked to", "tapped to", "hired to", "contracted to", "engaged to",
                   "commissioned to", "appointed to", "named to")  # fmt: skip

_FR_AUXILIARY = (
    r"(?:a|ont|avait|avaient|aurait|auraient|aura|auront|est|sont|était|étaient|sera|seront|serait|seraient)"
)
_FR_CHOSEN = r"(?:choisi|retenu|sélectionné|désigné|mandaté|missionné)e?s?"
_FR_WORK_VERBS = (
    r"fournir|livrer|construire|bâtir|équiper|exploiter|concevoir|développer|installer|gérer|entretenir|assurer"
    r"|réaliser|moderniser|produire|fabriquer|motoriser|rénover|maintenir|opérer"
)
FR_CHOSEN_FOR_WORK = (
    rf"\b{_FR_AUXILIARY}[ ](?:(?:déjà|aussi|également|finalement)[ ])?(?:été[ ])?{_FR_CHOSEN}[ ]"
    rf"(?:(?:en|le|la|l')[ ]?[\w\-]{{1,12}}[ ])?pour[ ](?:{_FR_WORK_VERBS})[ ]"
)
"""« a été choisi pour fournir », « avait été retenue pour exploiter », « est choisi en 2016 pour livrer »."""
_FR_WON = r"(?:remporté|décroché|obtenu|emporté|raflé|remporte|décroche|obtient|rafle)"
FR_WON_FOR_WORK = (
    rf"\b{_FR_WON}[ ](?:un|une|le|la|l')[ ]?(?:[^ ,.;]{{1,20}}[ ]){{0,2}}?"
    r"(?:contrat|marché|commande|appel[ ]d'offres)s?[ ]"
    rf"(?:(?!avec[ ])[^ ,.;]{{1,20}}[ ]){{0,8}}?(?P<work>pour[ ](?:{_FR_WORK_VERBS})[ ])"
)
"""« a emporté un marché de 35 milliards de dollars pour fournir », « a décroché le contrat pour livrer »."""
FR_WON_STEMS = ("remport", "décroch", "obtenu", "obtient", "emporté", "rafl")
FR_CHOSEN_STEMS = ("choisi", "retenu", "sélectionné", "désigné", "mandaté", "missionné")
