"""Where an organisation the knowledge base does not know is named: the words around it.

Each anchor is a regular expression searched in the case-folded text (plain lower-case alternations
scan fast); the name itself, which must be capitalised, is then read from the original text right
after (:data:`NAME_FOLLOWS`) or right before (:data:`NAME_PRECEDES`, :data:`SUBJECT_OF`) the anchor.
The vocabularies that reject a candidate (openers, pronouns, titles, places, nationalities) are here
too, so the finder in :mod:`streams.extraction.mentions` stays about positions.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import ahocorasick

_NATIONALITIES_FR = """
américain français allemand britannique anglais italien espagnol néerlandais belge suisse suédois norvégien danois
finlandais irlandais canadien australien japonais chinois coréen sud-coréen indien israélien brésilien mexicain turc
russe polonais autrichien luxembourgeois portugais saoudien émirati singapourien taïwanais hongkongais sud-africain
marocain québécois californien new-yorkais bavarois lyonnais parisien nantais bordelais lillois toulousain
marseillais grenoblois breton normand alsacien basque corse savoyard provençal auvergnat ligérien vendéen
héraultais nordiste francilien rennais niçois stéphanois rouennais strasbourgeois dijonnais angevin havrais
brestois montpelliérain clermontois tourangeau
hongrois tchèque grec roumain bulgare croate serbe slovaque slovène ukrainien estonien letton lituanien indonésien
malaisien thaïlandais vietnamien pakistanais égyptien nigérian kényan argentin chilien colombien péruvien qatari
koweïtien algérien tunisien
bosniaque islandais écossais gallois flamand wallon catalan lombard libanais iranien irakien sénégalais ivoirien
camerounais philippin néo-zélandais monégasque
"""
_NATIONALITIES_EN = """
american french german british english italian spanish dutch belgian swiss swedish norwegian danish finnish irish
canadian australian japanese chinese korean indian israeli brazilian mexican turkish russian polish austrian
portuguese saudi emirati singaporean taiwanese european asian nordic scandinavian californian
hungarian czech greek romanian bulgarian croatian serbian slovak slovenian ukrainian estonian latvian lithuanian
indonesian malaysian thai vietnamese filipino pakistani egyptian nigerian kenyan argentine argentinian chilean
colombian peruvian qatari kuwaiti moroccan algerian tunisian
bosnian icelandic scottish welsh lebanese iranian iraqi senegalese ivorian cameroonian
uruguayan paraguayan bolivian ecuadorian venezuelan cuban jamaican haitian panamanian guatemalan ghanaian rwandan
ugandan tanzanian ethiopian angolan mozambican namibian zambian zimbabwean malian gabonese congolese beninese togolese
guinean malagasy sudanese libyan syrian jordanian bahraini omani yemeni bangladeshi nepalese burmese cambodian
laotian mongolian kazakh uzbek azerbaijani armenian belarusian moldovan albanian macedonian montenegrin kosovar
maltese cypriot botswanan mauritanian eritrean
"""
_COUNTRIES_EN = """
france germany britain italy spain netherlands belgium switzerland sweden norway denmark finland ireland canada
australia japan china korea india israel brazil mexico turkey russia poland austria portugal singapore taiwan
america europe luxembourg
"""
# Kind nouns: the one table of the words that describe a firm ("carmaker Renault", "the carmaker",
# "le constructeur"). Every reader takes its words from here: the name finder (a kind before a name, a
# kind is no name), the anaphors of :mod:`streams.extraction.article` and the described deal targets.
_KINDS_EN = """
company firm group carmaker automaker chipmaker drugmaker retailer grocer chain bank lender insurer operator carrier
airline utility conglomerate fund investor maker manufacturer supplier producer distributor rival peer giant
subsidiary unit brand biotech miner shipper start-up startup fintech unicorn developer provider specialist
shareholder owner backer incumbent agency toymaker steelmaker planemaker shoemaker
brewer broadcaster publisher broker contractor designer consultancy vendor outfit outsourcer refiner supermarket
telco wholesaler platform marketplace neobank lessor reinsurer studio shipowner competitor
network app e-tailer e-retailer etailer caterer discounter buyer co-operative cooperative foundry
"""
_KINDS_FR = """
groupe société entreprise start-up startup fintech licorne éditeur fabricant constructeur équipementier
distributeur opérateur banque assureur fonds holding spécialiste leader géant filiale enseigne chaîne marque
laboratoire industriel sidérurgiste pétrolier chimiste cimentier transporteur compagnie concurrent rival
investisseur groupement pme cabinet armateur avionneur brasseur firme motoriste énergéticien
foodtech deeptech healthtech medtech edtech proptech insurtech cleantech greentech agritech adtech legaltech
studio réassureur plateforme fournisseur sous-traitant prestataire agence coopérative biscuiterie façadier
néobanque fromagerie chocolaterie laiterie fonderie imprimerie verrerie conserverie distillerie papeterie
concurrente consœur consoeur voyagiste volailler charcutier négoce verrier câblo-opérateur producteur microbrasserie
chantier réseau portail site loueur
biotech marketplace scale-up pépite
"""
_NOT_ANAPHORS = """
agency backer investor owner peer rival competitor shareholder incumbent subsidiary unit brand concurrent
investisseur leader marque filiale plateforme fournisseur sous-traitant prestataire agence
network app buyer concurrente consœur consoeur chantier réseau portail négoce site
"""
"""Kinds that describe a firm before its name ("rival Acme", "sa filiale X") but, alone ("the rival"), point to
another party than the story's company."""
_BEFORE_NAME_EN = """
service arm major heavyweight powerhouse
"""
"""Nouns that describe a firm only right before its name ("online ticket service X", "its catering arm X", "media
major X", "luxury heavyweight X"); elsewhere they name no firm ("financial services", "an arm of the group", "a major
customer"), so they are no kind nouns."""
_PERSON_KINDS_EN = """
developer designer broker contractor specialist
"""
"""Kinds whose plural names people as often as firms ("property developers", "designers")."""
_FOLLOWS_PHRASES = """
led by|co-led by|backed by|acquired|acquires|acquiring|to acquire|buys|bought|to buy|buying|sells|sold|to sell
|selling|takeover of|acquisition of|purchase of|sale of|merger with|merge with|invests in|invested in|stake in
|holding in|shares of|shares in|partnered with|partnership with|contract with|agreement with|deal with|talks with
|contracts with|agreements with|deals with|its partner|son partenaire|sa partenaire|leur partenaire
|relationship with|alliance with|joint venture with|renews|renewed|to lose|loses|lost|dropped
|loss of|losing|perte de|la perte de|départ de chez|business of|account of
|chose|selected|picked|picks|chooses|selects|including|customers include
|clients include|the startup|the start-up|the company|subsidiary|held by|run by|operated by|owned by|supplied by
|provided by|acquired by|bought by|sold to|awarded to|according to|customer,|client,|supplier,|rival,|partner,
|competitor,|largest customer|biggest customer|top customer|confié à|confiée à|attribué à|attribuée à|au profit de
|au bénéfice de|remporté par|selon|avec|fournisseur,|concurrent,|partenaire,|principal client|contract to|order to
|pour cent de|% de|% du capital de|un tiers de|un quart de|la moitié de|% of|percent of|per cent of
|% dans|pour cent dans|des droits de vote de|du capital et des droits de vote de|actions en circulation de
|titres en circulation de|capital stock of
|fusion de|fusion avec|fusion entre|rapprochement avec|rapprochement entre|merger between|merger of
|privately held|privately owned|privately-held|privately-owned
|-based|-headquartered|-listed|retenu|a retenu|sélectionné|a sélectionné|désigné|a désigné|directeur général de
|directrice générale de|président de|présidente de|pdg de|patron de|fondateur de|cofondateur de
|million in|billion in|millions in|billions in|millions d'euros dans|milliards d'euros dans
|fondatrice de|cofondatrice de|patronne de|dirigeant de|dirigeante de|gérant de|gérante de
|directeur financier de|directrice financière de|directoire de|conseil de surveillance de
|conseil d'administration de|ceo of|chief executive of|chairman of|founder of|co-founder of
|acquire|buy|take over|takes over|offer for|bid for|investment in|invest in|combine with|s'offre|s'offrir
|met la main sur|prend le contrôle de|prise de contrôle de|opa sur|offre sur|investir dans
|ceo at|chief executive at|chairman at|post at|top job at
|investment in|investments in|investissement dans|affiliate of|an affiliate of|unit of|subsidiary of
|rachète|a racheté|racheté|racheter|rachat de|acquiert|a acquis|acquisition de|l'acquisition de|cède|a cédé
|céder|cession de|vend|a vendu|vendre|reprend|a repris|reprendre|reprise de|boucle|investit dans|a investi dans
|participation dans|capital de|contrat avec|accord avec|entente avec|partenariat avec|alliance avec
|discussions avec|négociations avec|mené par|menée par|mené conjointement par|menée conjointement par
|conduit par|auprès de|chez|lâche|laisse tomber|abandonne|choisit|a choisi|signée|signé par
|la start-up|la startup|la jeune pousse|la société|l'entreprise|le groupe|groupe|la fintech|l'éditeur|la licorne
|le fabricant|la banque|la filiale|le fonds|la holding|l'opérateur|le constructeur|le distributeur|l'assureur
|l'enseigne|le géant|le spécialiste|works with|worked with|working with|has hired|hired|incumbent
|travaille avec|travaillait avec|supplying|stopped supplying|supplier to|purchases from|orders from|buying from
|deliveries to|shipments to
|opted for|has opted for|opts for|order from|contract from|en remplacement de|à la place de|in place of
|contracts from|awarded by|to supply|will supply|supplies|to power|has landed|signed up|signs up|has signed up
|commandé par|commandée par|commandés par|commandées par|reçu de|de la part de|pour le compte de
|technology to|products to|services to|equipment to|software to|engines to|chips to|parts to|components to
|systems to|trains to|aircraft to|gear to|platform to|solutions to|fournira à|fournit à|fournir à|livrera à
|livrer à|aurait choisi|ont choisi|opte pour|a opté pour|aurait retenu|ont sélectionné
|partners with|teams up with|teamed up with|joins forces with|joined forces with|collaborates with
|licence agreement with|license agreement with|licensing agreement with|licensing deal with
|memorandum of understanding with|s'associe à|s'associe avec|s'allie à|s'allie avec|s'est associé à
|s'est associée à|fait équipe avec
|ceo de|ceo et fondateur de|officer of|s'est associé avec|s'est associée avec
|long-standing customer|longstanding customer|longtime customer|long-time customer|loyal customer|valued customer
|existing customer|long-standing customers|longtime customers|existing customers|customers of|clients of|suppliers of
|fournisseurs de|clients de|client historique de|clients historiques de
|président exécutif de|présidente exécutive de|président du directoire de|présidente du directoire de
|directeur général délégué de|directrice générale déléguée de|la tête de
|en tête,|en tête du classement,|deuxième,|troisième,|quatrième,|cinquième,|deuxième de la semaine,
|troisième de la semaine,|sur la première marche,|sur la deuxième marche,|sur la troisième marche,|sur le podium,
|en deuxième position,|en troisième position,|à la deuxième place,|à la troisième place,
"""
_FOLLOWS_FUNDING = """
investors like|investors such as|investors including|backers like|backers such as|backers including
|investors include|investors included|backers include|backers included|participation from|participation of
|existing investor|existing investors|existing backer|existing backers|new investors|first-time investors
|institutional investors|platform|platforms|marketplace|venture
|accompagné par|accompagnée par|avec l'appui de|avec le soutien de|à son capital|au capital
|son capital à|son capital aux
|appui de|appui financier de|soutien de|soutien financier de|backing from|support from|funding from|financing from
|investment from|money from|capital from
|investisseurs historiques|actionnaires historiques|investisseur historique|remis au pot|remettent au pot
|round are|round were|round include|round included|round includes|financing are|financing were
|financing include|financing included|funding include|funding included|raise included
|tour de table figurent|tour de table sont|levée sont|levée figurent|opération sont|opération figurent
|tour de table comptent|levée comptent
"""
"""Where funding news names investors or the company funded, the knowledge base rarely knowing either:
"with participation from existing investors A and B", "institutional investors A, B and C", "online lending
platform X", the verb after the round's investors ("Investors in this round are A", « de ce tour de table figurent
A »), "aux côtés de A", "accueille à son capital A", "reçu l'appui de A", "backing from A"."""

_FOLLOWS_HOLDERS = """
actionnaire majoritaire de|actionnaire minoritaire de|actionnaire de référence de|premier actionnaire de
|principal actionnaire de|majority shareholder of|majority shareholder in|largest shareholder of|largest shareholder in
|biggest shareholder of|biggest shareholder in|offert par|offerte par|contre-offre de|offre de rachat sur
|offre publique d'achat sur|offre publique d'achat simplifiée sur|opa simplifiée sur|la main sur|absorption de
|l'absorption de|sous le contrôle de|prenant le contrôle de|takeover offer for|takeover bid for|bid for|offer for
"""
"""Where deal news names the company held, bid for or absorbed, or its bidder, the knowledge base rarely knowing
it: "l'actionnaire majoritaire de X", "le prix offert par X", "son offre publique d'achat sur X", "met cette fois la
main sur X", "a hostile bid for X" (session 16)."""
_SUBJECT_VERBS = """
acquires|acquired|has acquired|buys|bought|has agreed to buy|has agreed to acquire|has agreed to sell
|agreed to buy|agreed to acquire|agreed to sell|to buy|to acquire|to sell|to lose|will buy|will acquire|will sell
|will stop|will end|will not renew|sells|sold|signs|signed|renews|renewed|wins|won|has won|loses|lost|lifts
|slides|sinks|plunges|tumbles|denied|denies|confirms|confirmed|ends|ended|terminates|terminated|drops|dropped
|is in talks|in talks|rachète|a racheté|cède|a cédé|vend|a vendu|reprend|a repris|signe|a signé|remporte
|a remporté|perd|a perdu|confirme|dément|a démenti|limoge|laisse tomber|met fin|veut|lève|a levé|boucle|acquiert
|a acquis|annonce|choisit|a choisi|conclut|a conclu|pulled in
|résilie|a résilié|renouvelle|a renouvelé|prend|raised|raises|has raised
|a levé|annonce une levée|réunit|a réuni|récolte|a récolté|a bouclé|pulls in|has pulled in|secures|has secured
|a fait savoir|a indiqué|a précisé|a annoncé|said it|said in a statement|announced
|a expliqué|has announced|reported|reports|posted|a publié|publie|a réalisé|réalise
|is the incumbent|has chosen not to|has hired|hired
|décroche|a décroché|obtient|a obtenu|lands|landed|has landed|clinches|clinched
|ont levé|lèvent|ont chacun levé|ont bouclé|bouclent|ont réuni|have raised|each raised|have each raised
|aurait choisi|aurait racheté|aurait signé|aurait cédé|aurait levé|serait en discussions|serait en négociations
|envisagerait|l'emporte|agreed to be acquired|has agreed to be acquired|agreed to be bought|to be acquired
|to be bought|was acquired|was bought|has been acquired|is being acquired
|has signed|have signed|partners with|partnered with|has partnered with|is partnering with|teams up with|teamed up with
|has teamed up with|joins forces with|joined forces with|has joined forces with|will form a joint venture
|formed a joint venture|have formed a joint venture|have agreed to form|have agreed to set up a joint venture
|have teamed up|have joined forces|s'associe à|s'associe avec|s'allie à|s'allie avec|noue un partenariat
|a noué un partenariat|s'est associé|s'est associée|s'associent|s'allient|se sont associés|créent une coentreprise
|vont créer une coentreprise|ont créé une coentreprise|fait équipe avec|font équipe|s'apprête à|s'apprêtent à
|s'apprêterait à|s'apprêteraient à|will form|has formed|forms a|annoncent|ont annoncé|s'allie|noue|nouent
|amende son alliance
|completed its|has completed its|completes its|closed its|has closed its|finalised its|finalized its|a finalisé
|a bouclé le rachat|named|has named|names|appointed|has appointed|appoints|promoted|has promoted|nomme|a nommé
|a désigné|désigne|a promu|promeut
|a été racheté|a été rachetée|sera racheté|sera rachetée|va être racheté|va être rachetée
|has chosen|chose|chooses|has selected|selected|selects|has picked|picked|picks|opted for|has opted for
|has awarded|awarded|awards|has extended|extended|extends|has renewed|will supply|supplies|has ordered
|bagged|has bagged|bags|has received|received|will extend|would extend|secured|clinched|has clinched|ordered
|retient|a retenu|sélectionne|a sélectionné|attribue|a attribué|confie|a confié|prolonge|a prolongé
|reconduit|a reconduit|a commandé|renouvelle sa confiance|a renouvelé sa confiance
|has reached a deal to|reached a deal to|has reached an agreement to|reached an agreement to|struck a deal to
|has struck a deal to|strikes a deal to|is buying|picked up|has picked up|picks up|met la main sur
|a mis la main sur|va mettre la main sur|s'offre|s'est offert|are teaming up|agreed to work together
|owns|already owns|holds|already holds|has built|has disclosed|disclosed|discloses|increased its stake
|has increased its stake
|lifted its stake|has lifted its stake|has boosted its stake|boosted its stake|has cut its stake
|détient|détient désormais|détenait|possède|possède désormais|a accru|accroît|a augmenté sa participation
|a renforcé sa participation|renforce sa participation|a porté sa participation|porte sa participation|a franchi
|franchit|a relevé sa participation|a pris une participation|prend une participation|est entré au capital
|entre au capital|est monté au capital|monte au capital|a réduit sa participation
"""
_FUNDING_SUBJECT_VERBS = """
se classe|se hisse|arrive deuxième|arrive troisième|arrive juste derrière|arrive en tête|complète le podium
|ferme le podium|finalise le podium|clôt le podium|occupe la première place|prend la tête|suit avec
|are among its|were among its|are among the|figurent parmi ses|comptent parmi ses|figurent parmi les
|se place|se positionne|prend la première place|prend la deuxième place|prend la troisième place
|décroche la première place|décroche la deuxième place|monte sur le podium
"""
"""How a weekly digest of rounds opens on the company ranked ("X se classe deuxième avec une opération de N"), and
how backers stand before their place among a company's investors ("A and B are among its existing backers")."""
_SPLIT_PARTICIPLES = """
levé|bouclé|réuni|récolté|racheté|acquis|signé|cédé|remporté|décroché|choisi|retenu|perdu|obtenu
"""
"""French participles read after an aside that follows their auxiliary: "X a, de son côté, bouclé ..."."""
_ELIDED = ((" de", " d'"), (" le", " l'"), (" la", " l'"))
"""Anchors ending in one of these also exist elided before a vowel: "auprès d'Ace", "rachat d'Unify"."""


def _words(block: str) -> list[str]:
    return block.split()


def _phrases(block: str) -> list[str]:
    return [phrase.strip() for phrase in block.replace("\n", "").split("|") if phrase.strip()]


def _feminine_plural(word: str) -> list[str]:
    forms = [word, word + "s"]
    if word.endswith("ien"):
        forms += [word + "ne", word + "nes"]
    elif not word.endswith("e"):
        forms += [word + "e", word + "es"]
    return forms


_COUNTRIES = frozenset(_words(_COUNTRIES_EN))
KIND_NOUNS = frozenset(_words(_KINDS_EN) + _words(_KINDS_FR) + ["tpe", "jeune"])
"""Nouns that describe a firm without naming it: "La PME a réalisé ..." names no company "La PME"."""
ANAPHOR_KINDS_EN = tuple(kind for kind in _words(_KINDS_EN) if kind not in _words(_NOT_ANAPHORS))
"""English kinds that, after "the", stand for a company named before ("the carmaker")."""
ANAPHOR_KINDS_FR = tuple(kind for kind in _words(_KINDS_FR) if kind not in _words(_NOT_ANAPHORS))
"""French kinds that, after "le / la / l'", stand for a company named before ("l'industriel")."""
_PLURAL_KINDS_EN = tuple(
    kind[:-1] + "ies" if kind.endswith("y") and kind[-2] not in "aeiou" else kind + "s"
    for kind in ANAPHOR_KINDS_EN
    if kind not in _words(_PERSON_KINDS_EN)
)
"""Plural kinds before the names of several firms: "Munich firms Earlybird and Senovo", "carriers A and B" (not the
kinds that point to another party, "rivals Manchester City", nor people's)."""
_PLURAL_KINDS_FR = tuple(kind if kind[-1] in "sx" or "-" in kind else kind + "s" for kind in ANAPHOR_KINDS_FR)
_EXAMPLES_EN = ("such as", "like", "including")
_EXAMPLES_FR = ("comme", "tels que", "telles que")
"""What opens the examples of a plural kind: the names after it are firms of that kind."""
_SET_OFF_EXAMPLES_EN = ("such as", "including", "among them", "among which")
"""The same after a comma ("carmakers, among them Korvia"); "like" after a comma opens a comparison as often."""
KINDS_BEFORE_NAME = frozenset((*KIND_NOUNS, *_words(_BEFORE_NAME_EN), *_PLURAL_KINDS_EN))
"""Every word that introduces a firm's name after it; capitalised inside a sentence, it is a word of a name."""
FOLLOW, PRECEDE, SUBJECT, KIND_FR, SPLIT = 0, 1, 2, 3, 4
"""Anchor roles: the name starts right after the anchor, ends right before it, or is the verb's subject.

``SPLIT`` is a French past participle whose auxiliary an aside cut off ("Yooji a, quant à elle, levé"): its
subject counts only across such an aside.

``KIND_FR`` is a French determiner and kind noun ("le groupe", "la PME"): the name follows, maybe after the
noun's complement ("le groupe de mécanique LZF", "le groupement héraultais Smoovengo"). After a noun of
:data:`FIRM_NOUNS` the name may be a founder's name or a surname ("le groupe Luc Durand", "le groupe
Nourrisson"): the noun says it is a firm.
"""
FIRM_NOUNS = frozenset(
    _words(
        """
groupe société entreprise start-up startup fintech licorne holding filiale enseigne groupement pme cabinet banque agence
assureur compagnie laboratoire éditeur fabricant constructeur équipementier opérateur distributeur transporteur
groupes sociétés entreprises holdings filiales enseignes groupements cabinets banques laboratoires
"""
    )
)
"""French kind nouns that only ever name firms; "l'investisseur", "l'industriel", "son rival" also name people."""
DEMONYM_BEFORE_NAME = re.compile(
    r"[Ll](?<![\w'][Ll])(?:es?|a|')[ ]?"  # the capital first: ``re`` skips other positions at once
    r"(?!(?:mois|fois|bois|palais|relais|marais|frais|biais|délais|rabais)[ ])"
    r"[a-zéèêàâîôûç]{2,16}(?:ais|aise|ois|oise)s?[ ](?=[A-ZÀÂÇÉÈÊÎÔ])"
)
"""A town's demonym before a name: "le vannetais Socomore", "la choletaise X" (the listed nationalities aside)."""
TRADE_COMPOUND_BEFORE_NAME = re.compile(
    r"(?<![\w\-])(?!(?:law|policy|film|match|peace|deal|dress|trouble|money|decision|king|rain|play|pace|noise|home"
    r"|merry|mischief|hay)maker)[a-z]{2,14}(?:maker|builder|producer)[ ](?=[A-Z0-9ÀÂÇÉÈÊÎÔŸÄÖÅØ]|[a-z]{1,2}[A-Z])"
)
"""A compound trade noun before a name: "toolmaker Kelvor", "shipbuilder Fincantieri", "homebuilder Persimmon"
(not "lawmaker X", "filmmaker X": people)."""
_TRADE_SUFFIXES = ("maker ", "builder ", "producer ")


def trade_compounds(text: str) -> list[re.Match[str]]:
    """The matches of :data:`TRADE_COMPOUND_BEFORE_NAME` in ``text``, found from their suffix.

    Tried at every lower-case letter, the pattern cost about 1 % of extraction. A match is one lower-case word that
    ends in a trade suffix and a space, so it can only start where the run of lower-case letters before a suffix
    starts: each suffix found is taken back there and the pattern matched at that one place (same matches, in order).
    """
    starts = set()
    for suffix in _TRADE_SUFFIXES:
        pos = text.find(suffix)
        while pos >= 0:
            start = pos
            while start > 0 and "a" <= text[start - 1] <= "z":
                start -= 1
            starts.add(start)
            pos = text.find(suffix, pos + 1)
    return [match for start in sorted(starts) if (match := TRADE_COMPOUND_BEFORE_NAME.match(text, start))]


KIND_APPOSED_BEFORE_NAME = re.compile(
    r"[AaUu](?<![\w\-][AaUu])(?:(?<=[Aa])n?|(?<=[Uu])ne?)[ ](?:[\w\-]+[ ]){0,2}?(?:"  # the letter first (2x faster)
    + "|".join(sorted(set(_words(_KINDS_EN) + _words(_KINDS_FR)) - set(_words(_NOT_ANAPHORS))))
    + r")(?:[ ][a-zà-ÿ\-]+){0,2},[ ](?=[A-ZÀ-ÝŸ])"
)
"""An indefinite kind noun set off before the name it describes: "à un groupe franco-belge, Dufour,", "to a Belgian
group, Dufour," (the kinds that point to another party, "a rival", left out)."""


def _build_anchors() -> ahocorasick.Automaton:
    anchors: dict[str, int] = {}
    follows = _phrases(_FOLLOWS_PHRASES) + _phrases(_FOLLOWS_FUNDING)
    follows += [form for word in _words(_NATIONALITIES_FR) for form in _feminine_plural(word)]
    follows += [*_words(_KINDS_EN), *_words(_BEFORE_NAME_EN), *_PLURAL_KINDS_EN]
    follows += _phrases(_FOLLOWS_HOLDERS)
    # "carriers such as Cathay Pacific and Virgin Australia", « des deeptechs comme Bioptimus, Moon Surgical »
    follows += [f"{kind} {example}" for kind in _PLURAL_KINDS_EN for example in _EXAMPLES_EN]
    # set off by a comma: "five top carmakers, among them Korvia and Dorvane", "lenders, including Korvia"
    follows += [f"{kind}, {example}" for kind in _PLURAL_KINDS_EN for example in _SET_OFF_EXAMPLES_EN]
    follows += [f"{kind} {example}" for kind in _PLURAL_KINDS_FR for example in _EXAMPLES_FR]
    for phrase in follows:
        anchors[phrase + " "] = FOLLOW
        for full, elided in _ELIDED:
            if phrase.endswith(full):
                anchors[phrase.removesuffix(full) + elided] = FOLLOW
    singular = ("le ", "la ", "l'", "au ", "du ", "à la ", "de la ", "à l'", "de l'", "sa ", "son ", "ses ", "leur ")
    for determiner in singular:
        for kind in _words(_KINDS_FR):
            anchors[determiner + kind + " "] = KIND_FR
    # "les groupes Lamirault et Schumacher", "des sociétés X, Y et Z", "ses filiales Kergroup et Giraudon"
    for determiner in ("les ", "des ", "aux ", "ses ", "leurs "):
        for kind in _words(_KINDS_FR):
            anchors[determiner + (kind if kind[-1] in "sx" or "-" in kind else kind + "s") + " "] = KIND_FR
    for verb in _phrases(_SUBJECT_VERBS) + _phrases(_FUNDING_SUBJECT_VERBS):
        anchors.setdefault(" " + verb, SUBJECT)
    for participle in _phrases(_SPLIT_PARTICIPLES):
        anchors.setdefault(" " + participle, SPLIT)
    for place in PLACES | _COUNTRIES:  # "South Africa's TymeBank", "Istanbul's Sabiha Gokcen"
        anchors.setdefault(f"{place}'s ", FOLLOW)
    automaton = ahocorasick.Automaton()
    for phrase, role in anchors.items():
        automaton.add_word(phrase, (len(phrase), role))
    automaton.make_automaton()
    return automaton


_PERSON_ROLES = (
    r"(?:head|chief|boss|founder|co-founder|ceo|chairman|chairwoman|president|director|patron|président|présidente"
    r"|directeur|directrice|fondateur|fondatrice|cofondateur|dirigeant|dirigeante|pdg)\b"
)
"""An appositive that opens with a role describes a person: "Helge Lund, the head of engineering group X"."""
_NO_SPEECH_AFTER = (
    r"(?![ ](?:said|says|added|adds|told|announced|noted|stated|confirmed|explained|a[ ]indiqué|indique"
    r"|a[ ]annoncé|annonce|précise|a[ ]précisé|explique|a[ ]expliqué|ajoute|a[ ]ajouté)\b)"
)
"""After the kind noun: a speech verb makes it an attribution's speaker ("..., the company said"), no apposition."""
_BUSINESS_VERBS = (
    r"makes|manufactures|produces|sells|develops|designs|operates|provides|offers|distributes|builds|supplies"
    r"|software|platform|products|technology|services|shares|stock|fabrique|produit|commercialise|édite|développe"
    r"|conçoit|exploite|distribue|vend|installe|propose|fournit|fabrique|siège|produits|logiciel|plateforme"
)
"""What a business does in a relative after its name: "Cricut, which makes ...", "Sprout Social, whose software
...", "Medadom, qui installe ...", "Metex, dont le siège ..." (a person "who" makes, "which" is a thing's)."""
_DESCRIBING_WORDS = r"(?:(?!(?:par|by|été|is|was|est|has|had)[ ])[\w\-'.]{1,20}[ ])"
"""A word that describes the kind after it ("a Silicon Valley battery chemistry start-up"), never a clause's verb or
agent ("a été reprise par la biscuiterie")."""
NAME_PRECEDES = re.compile(
    r",[ ](?:(?:a|an|une|un|the|la|le|one[ ]of[ ]the)[ ](?!" + _PERSON_ROLES + r")" + _DESCRIBING_WORDS + r"{0,4}?"
    r"|(?:a|an|une|un|the|la|le|l'|one[ ]of[ ]the)[ ]?(?!" + _PERSON_ROLES + r")" + _DESCRIBING_WORDS + r"{0,3}?)"
    r"(?:(?:" + "|".join(_words(_KINDS_EN) + _words(_KINDS_FR)) + r")s?|companies|platform|network|réseau|plateforme"
    r"|arm|division"
    r"|no\.[ ]?\d|n°[ ]?\d|country's|world's|nation's|premier|numéro|maison[ ]mère|parent)\b"
    # "Liao Lin, the bank's president": a kind owning what follows is no head of the apposition.
    r"(?!['\u2019]s\b)"
    + _NO_SPEECH_AFTER
    + r"|,[ ](?:premier|première|deuxième|numéro|leader|spécialiste|filiale|maison[ ]mère|propriétaire|géant|fabricant"
    r"|éditeur|constructeur|équipementier|distributeur|opérateur"
    r"|groupe|société|entreprise|start-up|startup|jeune[ ]pousse|pme|eti|fintech|biotech|medtech|pépite|cabinet"
    r"|laboratoire|holding)\b(?![ ](?:[a-zà-ÿ\-]+[ ])?(?:a|est|était|sera|va|avait|annonce|indique|précise)\b)"
    r"|[ ](?:is|was|est|était)[ ](?:a|an|une|un)[ ](?:joint[ ]venture|coentreprise|subsidiary|filiale|spin-off)\b"
    r"|,[ ](?:one[ ]of[ ]|l'une?[ ]de[ ]|un[ ]de[ ])?(?:its|their|ses|son|sa|leurs?)[ ](?:[\w\-]{1,15}[ ]){0,2}"
    r"(?:customers?|clients?)\b"
    r"|[ ]\((?:\d[\d .,]*[ ](?:salariés|employés|collaborateurs|personnes|employees|staff|people)|ca[ ]de[ ]\d)"
    r"|'s[ ](?:ceo|chief|board|shares|stock|chairman|chairwoman|founder|largest|biggest|revenue|sales|profit"
    r"|share[ ]price|customers?|clients?|subsidiary|unit|parent|takeover|bid|offer|market[ ]value|valuation"
    r"|partnership|alliance|joint[ ]venture|tie-up)\b"
    r"|'s?[ ](?:(?:main|sole|key|exclusive|preferred|largest|biggest|primary)[ ])?(?:suppliers?|providers?|vendors?)\b"
    r"|,[ ](?:which|whose|qui|dont[ ]les?|dont[ ]la)[ ](?:[a-z\-]+[ ]){0,2}?(?:" + _BUSINESS_VERBS + r")\b"
    r"|,[ ](?:an?[ ])?(?:[\w.]+-year-old,[ ])?(?:[\w.\-]+[ ]){0,2}?(?:[\w.]+,[ ])?[\w.]+-(?:based|headquartered)[ ]"
    r"(?!(?:analyst|economist|lawyer|attorney|consultant|entrepreneur|journalist|writer|artist|designer|investor"
    r"|banker|trader|executive|businessman|businesswoman|billionaire|politician|scientist|researcher)s?\b)"
    r"|,[ ](?:basée?s?|installée?s?|implantée?s?|établie?s?|domiciliée?s?)[ ](?:à|au|aux|en|dans)[ ]"
    r"|,[ ](?:based|headquartered)[ ]in[ ]"
    r"|[ ]\((?:https?://)?www\.[\w\-]+\.[a-z]{2,6}[\w./\-]*\)"
)
"""The name ends right before: "Acme, a maker of ...", "Rogers, premier opérateur du pays", "Yahoo's CEO",
"Drakes, one of its main customers", "Lorvane, l'un de ses principaux clients",
"Dacquin (200 salariés, 54 M€ de chiffre d'affaires)", "Cricut, which makes ...", "Plumgrid, Sunnyvale, Ca.-based
network vendor", "Metex, installé à Clermont-Ferrand", "Korvane, based in Bradford", "Trellix (www.trellix.com)"."""
# A hyphenated French place name: "Servon-sur-Vilaine", "Sury-le-Comtal", "Montoir-de-Bretagne".
_FRENCH_PLACE = re.compile(
    r"[^\W\d_]+(?:-[^\W\d_]+)*-(?:sur|sous|de|du|des|le|la|les|lès|en|aux|d'[^\W\d_]+)-[^\W\d_]+", re.IGNORECASE
)


_EXCHANGES = (
    r"nyse|nasdaq|aim|lon|lse|epa|euronext(?:[ ](?:paris|amsterdam|brussels|lisbon|dublin|oslo|growth))?|tsx|tsxv|tse"
    r"|tyo|asx|nse|bse|six|swx|xetra|etr|fra|hkex|hkg|sehk|otc|otcqx|otcmkts|amex|nyse[ ]american|bit|bme|sto"
    r"|hel|cph|osl|sgx|krx|kosdaq|twse|sha|she|jse|nzx|wse|ebr|ams|ise|mil|ticker"
)
TICKER = re.compile(r"\((?:" + _EXCHANGES + r")[ ]?:[ ]?([a-z0-9.\-]{1,10})\)")
"""A listing in parentheses after a name: "Metcash (ASX: MTS)"; group 1 is the symbol."""
_MOVES = (
    r"(?:f[ae]ll|r[io]se|jump|slid|slide|s[ia]nk|drop|climb|gain|surge|tumble|plunge|soar|slump|dive|dip|rall(?:y|ie)"
    r"|spike|crash|skid|leap|plummet|rebound|tank|retreat|sag|slip|edge|lose|lost|add|hit|trade|close|open|plunge"
    r"|stall|spike|fade|recover|extend)(?:s|d|ed|ing)?"
)
_MOVES_FR = (
    r"(?:chute|recule|plonge|bondit|s'envole|grimpe|dévisse|décroche|s'effondre|flambe|progresse|gagne|perd|cède"
    r"|a[ ](?:chuté|reculé|plongé|bondi|grimpé|dévissé|décroché|flambé|progressé|gagné|perdu|cédé))"
)
_PERCENT_FR = r"(?:(?:de[ ])?[\d,.]+[ ]?%[ ](?:de[ ]sa[ ]valeur[ ])?)?"
MARKET_AFTER = re.compile(
    rf"[ ](?:share[ ]price|(?:shares|stock)[ ]{_MOVES}\b|{_MOVES_FR}[ ]{_PERCENT_FR}en[ ]bourse\b)"
)
"""Market talk right after a name, in any tense: "the Metcash share price", "Wincanton shares fell", "Healthways
shares sink", "Interpublic stock drops", "Novacyt chute en Bourse", "Kier perd 40 % en Bourse"."""

TITLE_COLON = re.compile(r"^([^\n:]{2,60})[ ]:[ ]")
"""French headlines name their company first: "Novacyt : le titre décroche"."""

_NOT_NAME_WORDS = """
the a an series this that these those its it it's their our we we've we're we'll he she they they're i i'm you your his
her my in on at for of by with and but as after before from to into over under about than then there here
le la les l un une ce cet cette ces son sa ses leur leurs il elle ils elles on en dans sur pour par avec et ou
mais selon après avant chez du des de au aux since when while according malgré cependant toutefois lors
mr mrs ms m mme dr ceo pdg cfo cto coo agm egm chief executive officer president chairman chairwoman chair director
minister secretary spokesman spokeswoman spokesperson analyst analysts investors shareholders officials sources
président présidente directeur directrice ministre porte-parole fondateur fondatrice patron dirigeant
january february march april may june july august september october november december janvier février
mars avril mai juin juillet août septembre octobre novembre décembre jan feb mar apr jun jul aug sep sept oct nov
dec monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche
today yesterday tomorrow aujourd'hui hier demain meanwhile however also despite what how why although whether if
once shares share stock stocks revenue sales profit earnings why who where which whose quand comment pourquoi
turnover revenues profits celle-ci celui-ci ceux-ci celles-ci
take consider management board executives customers traders economists police former interim acting deputy ex
then no fin début
exclusive exclusif update breaking verbatim communiqué reuters bloomberg afp ap dow nasdaq cac dax ftse
group groupe company société firm bank banque fund fonds new nouveau nouvelle outre qui que quoi dont où
ainsi alors enfin pourtant depuis face grâce contacté contactée interrogé interrogée côté lorsque puisque
instead moreover furthermore nevertheless nonetheless separately elsewhere additionally likewise indeed overall
néanmoins désormais ensuite également
deuxième troisième quatrième cinquième sixième septième huitième neuvième dixième covid-19 covid agreement ok
nous notre vous votre je moi r&d si dsp
having being après avoir ayant détenant
without within among amid beyond unlike besides excluding including during against
christmas easter thanksgiving halloween ramadan diwali hanukkah noël pâques toussaint pentecôte
or nor sure plaintiff plaintiffs defendant defendants claimant claimants petitioner petitioners appellant appellants
"""
NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())
"""Words that never start (or, alone, make) an organisation name: openers, pronouns, titles, dates, festivals."""

NOT_FIRM_WORDS = frozenset({
    "staff", "management", "police", "government", "kremlin", "pentagon", "congress", "parliament", "senate",
    "ministry", "treasury", "prosecutors", "unions", "workers", "sources", "officials", "insiders", "critics",
    "family", "court", "judge", "state", "city", "council", "committee", "everyone", "nobody", "people", "cabinet",
    "christmas", "easter", "thanksgiving", "ramadan", "diwali", "hanukkah", "halloween",
})  # fmt: skip
"""Names in a firm's slot that are people, the state or a holiday ("resigned from Parliament", "left Christmas
early", "The Kremlin said its chairman ..."), not a firm: the slot readers of leadership and of subjects refuse them."""

BUSINESS_FUNCTIONS = frozenset({
    "marketing", "sales", "finance", "financial", "operations", "operating", "engineering", "technology", "product",
    "strategy", "communications", "legal", "compliance", "risk", "research", "design", "digital", "procurement",
    "purchasing", "commercial", "creative", "editorial", "investment", "investments", "revenue", "retail", "people",
    "hr", "it", "data", "security", "supply", "brand", "growth", "innovation", "content",
})  # fmt: skip
"""A company's functions: before a job title they name a person's department ("Marketing chief Ana Ruiz", "Sales
head Tom Lee"), never the firm the person works for."""

_PLACE_WORDS = """
paris london londres new york berlin frankfurt francfort munich madrid rome milan amsterdam brussels bruxelles
geneva genève zurich zürich tokyo beijing pékin shanghai hong kong singapore singapour seoul séoul mumbai bombay
delhi sydney melbourne toronto montreal montréal vancouver chicago boston seattle austin dallas houston atlanta
washington california californie texas florida floride delaware lyon marseille toulouse bordeaux lille nantes
nice strasbourg grenoble rennes dublin oslo stockholm copenhagen copenhague helsinki vienna vienne lisbon
lisbonne warsaw varsovie moscow moscou istanbul dubai doha riyadh shenzhen hangzhou wuhan taipei osaka
france germany allemagne italy italie spain espagne britain grande-bretagne england angleterre scotland
europe asia asie africa afrique america amérique china chine japan japon india inde canada australia australie
brazil brésil mexico mexique russia russie switzerland suisse netherlands pays-bas belgium belgique sweden suède
norway norvège denmark danemark finland finlande ireland irlande poland pologne austria autriche portugal
israel israël turkey turquie korea corée taiwan taïwan luxembourg us usa uk u.s u.k eu états-unis etats-unis royaume-uni
hexagone
wall street silicon valley île-de-france occitanie bretagne normandie alsace
alabama alaska arizona arkansas colorado connecticut idaho illinois indiana iowa kansas kentucky louisiana
maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
pennsylvania tennessee utah vermont wisconsin wyoming ontario quebec québec alberta manitoba saskatchewan
nigeria kenya egypt morocco indonesia vietnam thailand malaysia philippines argentina chile colombia peru greece
hungary romania ukraine qatar lagos nairobi johannesburg cairo jakarta bangkok manila seoul karachi
midwest northeast northwest southeast southwest mid-atlantic sud-est sud-ouest nord-est nord-ouest
bavaria bavière saxony saxe hesse thuringia brandenburg baden-württemberg baden-wurttemberg rhineland westphalia
lombardy lombardie tuscany toscane piedmont piémont veneto sicily sicile sardinia sardaigne catalonia catalogne
andalusia andalousie galicia galice flanders flandre wallonia wallonie tyrol carinthia styria
wales galles yorkshire lancashire cornwall
hauts-de-france nouvelle-aquitaine auvergne-rhône-alpes bourgogne-franche-comté grand-est provence
uruguay paraguay bolivia bolivie ecuador équateur venezuela cuba jamaica jamaïque haiti haïti panama guatemala
ghana rwanda uganda ouganda tanzania tanzanie ethiopia éthiopie angola mozambique namibia namibie zambia zambie
zimbabwe mali gabon congo drc rdc benin bénin togo madagascar sudan soudan libya libye syria syrie lebanon liban
iran iraq irak kuwait koweït bahrain bahreïn oman yemen yémen bangladesh pakistan nepal népal myanmar cambodia
cambodge laos mongolia mongolie kazakhstan uzbekistan ouzbékistan azerbaijan azerbaïdjan armenia arménie belarus
biélorussie moldova moldavie albania albanie macedonia macédoine montenegro monténégro kosovo malta malte cyprus
chypre andorra andorre monaco iceland islande botswana mauritania mauritanie eritrea érythrée senegal sénégal
cameroon cameroun tunisia tunisie algeria algérie egypte égypte maroc ethiopie nigéria uae ksa
lithuania lituanie latvia lettonie estonia estonie slovakia slovaquie slovenia slovénie croatia croatie serbia
serbie bosnia bosnie bulgaria bulgarie czechia tchéquie hungary hongrie romania roumanie greece grèce
cologne köln leipzig hamburg stuttgart düsseldorf dusseldorf dresden hanover hannover nuremberg bremen karlsruhe
heidelberg mannheim barcelona valencia seville bilbao malaga turin naples bologna florence genoa rotterdam utrecht
eindhoven antwerp ghent leuven gothenburg malmö malmo uppsala aarhus trondheim tampere espoo tallinn riga vilnius
kraków krakow wrocław wroclaw gdansk poznan prague brno bratislava budapest bucharest cluj zagreb belgrade
ljubljana athens thessaloniki leeds liverpool edinburgh glasgow cardiff belfast galway lausanne basel bern lugano
bengaluru bangalore hyderabad chennai pune kolkata ahmedabad gurugram gurgaon noida jaipur udaipur accra kigali
kampala dakar abidjan casablanca tunis lusaka harare kinshasa douala tel-aviv jerusalem haifa amman beirut jeddah
manama muscat bogotá bogota medellín calgary ottawa edmonton san-diego miami pittsburgh philadelphia
minneapolis nashville raleigh guangzhou chengdu nanjing suzhou tianjin xiamen kyoto yokohama busan hanoi auckland
brisbane adelaide
"""
"""Session 26: startup hubs whose possessive or fronted name ("Cologne's X", "In Leipzig, X ...") placed the story,
not a company; names that are firms as often (Halifax, Wellington, Phoenix) stay out."""
_PLACE_PHRASES = """
new york|hong kong|wall street|silicon valley|french tech|los angeles|san francisco|abu dhabi|saudi arabia
|arabie saoudite
|south korea|corée du sud|south africa|afrique du sud
|new zealand|united states|united kingdom|north america|amérique du nord|latin america|middle east
|le havre|la défense|city of london|new jersey|new mexico|north carolina|south carolina|north dakota
|south dakota|west virginia|rhode island|new hampshire|british columbia|nova scotia
|western europe|eastern europe|northern europe|southern europe|central europe|central asia|southeast asia|east asia
|south asia|north africa|west africa|east africa|southern africa|sub-saharan africa|lower saxony|north rhine-westphalia
|southern california|northern california|european union|union européenne|union europeenne
|europe de l'ouest|europe de l'est|europe centrale|asie du sud-est
|ivory coast|côte d'ivoire|sri lanka|costa rica|dominican republic|czech republic|république tchèque|burkina faso
|sierra leone|el salvador|puerto rico|papua new guinea|united arab emirates|émirats arabes unis|north macedonia
|democratic republic of congo|democratic republic of the congo|république démocratique du congo|east timor
"""
PLACES = frozenset(_PLACE_WORDS.split()) | frozenset(_phrases(_PLACE_PHRASES))
"""Cities, countries and regions (folded) that are no organisation, alone or as "X-based"."""
_FIRST_NAMES = """
james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald
steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric
jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
tyler aaron jose adam nathan henry douglas zachary peter kyle noah ethan jeremy walter christian keith roger terry
austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe logan alan juan albert
willie elijah wayne randy vincent mason roy ralph bobby russell bradley philip eugene tim tony tom tommy jim jimmy bill
mike steve dave chris nick rick bob ben dan sam ted elon jeff satya sundar tim jensen sam lisa mary patricia jennifer
linda elizabeth barbara susan jessica sarah karen nancy margaret betty sandra ashley dorothy kimberly emily donna
michelle carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna
brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria heather diane
virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha
jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise
amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla
jean pierre jacques michel philippe alain bernard françois patrick nicolas christophe daniel frédéric éric laurent
stéphane olivier sébastien thierry david julien pascal christian gérard didier dominique bruno vincent antoine
thomas guillaume maxime romain arnaud benoît emmanuel xavier yves hervé gilles luc marc serge denis claude rené
maurice
louis henri paul hugo lucas mathieu jérôme franck fabrice cédric ludovic martin erik carlos rudi liam ernesto
marie nathalie isabelle sylvie catherine françoise christine valérie sandrine véronique sophie céline chantal
nicole anne stéphanie patricia laurence julie aurélie caroline émilie claire hélène élisabeth agnès virginie
delphine florence corinne sabine béatrice brigitte camille léa manon chloé pauline mathilde clémence ségolène
bertrand duncan harvey harald hans klaus jürgen wolfgang stefan markus andreas carlo giovanni marco luca giuseppe
alessandro francesco pedro miguel javier antonio manuel rafael akio hiroshi takeshi kenji yuki wei li ming
rajesh amit sanjay mukesh anand ravi ahmed mohammed ali omar yusuf warren jane nina greg ana phil talia glenna
lucie lucile juliette mélanie amandine justine audrey karine nadia sonia vanessa magali gaëlle solène bérénice
ophélie eugénie gabrielle héloïse morgane noémie perrine tiphaine zoé clara léo raphaël jules maël théo mathis baptiste
alexandre quentin florian jérémy damien mickaël cyril cyrille loïc yann yannick régis patrice gaël erwan tanguy gauthier
grégoire augustin matthieu félix bastien corentin valentin aurélien sylvain fabien lionel joël rémi hadrien tristan
travis andy chad brad cody derek shane todd craig neil gavin trevor wesley cory brett clint kurt marty nate seth stuart
zach
"""
CURATED_FIRST_NAMES = frozenset(_words(_FIRST_NAMES))
"""Common English and French first names, written by hand: "Scott Thompson" and "Jean-Martin Folz" are people.

Session 24 (money): common given names the generated list leaves out as ordinary words ("Lucie Basch",
"Travis Kalanick", "Alexandre", "Clément" is left out: an adjective), checked against the knowledge base's names."""
FIRST_NAMES_PATH = Path(__file__).parent / "data" / "first_names.json"
"""The generated first names (about 4,100, faker's European and Indian locales; ``build_first_names.py`` writes it)."""
FIRST_NAMES = CURATED_FIRST_NAMES | frozenset(json.loads(FIRST_NAMES_PATH.read_text(encoding="utf-8"))["names"])
"""First names, curated and generated: "Gunnar Ekdahl" and "Ingeborg Solheim" are people, so "Ekdahl" is no firm.

Verbs that take people as often as firms ("replaces", "remplace", "tapped") are no anchors for that reason.
"""

_NATIONALITY = frozenset(
    _words(_NATIONALITIES_EN)
    + [form for word in _words(_NATIONALITIES_FR) for form in _feminine_plural(word)]
    + ["u.s.", "us", "uk", "south korean", "hong kong", "south african"]
)


_NATIONALITY_FR_FORMS = frozenset(form for word in _words(_NATIONALITIES_FR) for form in _feminine_plural(word))

NATIONAL_BEFORE_NAME = (
    r"(?:(?:le|la|les|l'|du|de[ ]la|de[ ]l'|des|the)[ ]?)?(?:"
    + "|".join(re.escape(word) for word in sorted(_NATIONALITY, key=len, reverse=True) if "." not in word)
    + r")s?[ ]"
)
"""A nationality told before a (folded) name, with its article: « l'américain », « du britannique », « les
américains », « le français », "the dutch ". Pattern text, for the readers that skip it between two names."""


def is_origin_word(folded_word: str, leading: bool = False) -> bool:
    """Whether a (folded) word only says where a company is from: "Paris-based", "India's", "l'australien".

    An English nationality adjective is not one: "Indian Oil" and "Swiss Re" are names. A bare place
    counts unless ``leading`` (the first word of a longer name: "Shenzhen Capital Group").
    """
    word = folded_word.removeprefix("l'")
    if word.endswith("'s"):
        return word.removesuffix("'s") in PLACES or word.removesuffix("'s") in _COUNTRIES
    return (
        (word in PLACES and not leading)
        # session 26: "Africa-focused", "US-born", "Lyon-founded", "Delaware-registered"
        or word.endswith(
            ("-based", "-headquartered", "-listed", "-owned", "-focused", "-born", "-founded", "-registered")
        )
        or word in _NATIONALITY_FR_FORMS
        or word.startswith(("saint-", "sainte-", "st-"))
        or _FRENCH_PLACE.fullmatch(word) is not None  # "Servon-sur-Vilaine", "Sury-le-Comtal"
    )


def is_nationality(folded_name: str) -> bool:
    """Whether a whole (folded) name is a nationality or its people: "Korean", "South Korean", "américaine".

    A plural ("Americans", "Europeans") names the people of a country, never a firm.
    """
    return folded_name in _NATIONALITY or (folded_name.endswith("s") and folded_name[:-1] in _NATIONALITY)


def is_person(name: str) -> bool:
    """Whether a name of two words or more starts with a common first name ("Jean-Martin Folz", "Scott Thompson")."""
    first = name.split(" ", 1)[0].split("-", 1)[0].casefold()
    return " " in name and first in FIRST_NAMES


ANCHORS = _build_anchors()
"""Every literal anchor in one automaton, searched once over the folded article."""
