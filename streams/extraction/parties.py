"""Deal parties that are not companies: public bodies and parties a story does not name.

Public bodies: "the UK Home Office", "la ville de Lyon"; unnamed parties: "a major customer",
"un grand donneur d'ordres".

Public bodies buy, renew and cancel contracts like companies do, so they become
:class:`~streams.extraction.mentions.CompanyMention` objects of kind ``public_body`` with a stable slug.
Unnamed parties keep the story's words as their name and are of kind ``unnamed``: an event can say
"a major customer ended its contract with Acme" without inventing a company.

Regulators (competition authorities, market watchdogs, the European Commission) are left out on
purpose: they approve deals, they are not the customers or buyers the rules look for.
"""

from __future__ import annotations

import re

import ahocorasick

from streams.extraction.knowledge_base import slugify
from streams.extraction.org_context import PLACES
from streams.extraction.pattern_windows import WordGates, finditer_if, gated_finditer
from streams.extraction.public_heads import find_headed_bodies

_CAP_WORD = r"[A-ZÀÂÇÉÈÊÎÔ][\w'\-]{1,30}"
_CAP_WORDS = rf"{_CAP_WORD}(?:[ ](?:of[ ]|and[ ]|&[ ])?{_CAP_WORD}){{0,3}}"
_QUALIFIER = r"(?:(?:U\.S\.|US|UK|U\.K\.|EU|British|French|German|Italian|Spanish|Dutch|Indian|Canadian|Australian|Japanese|Korean|Polish|Swedish|Norwegian|Danish|Finnish|Irish|Scottish|Welsh|Israeli|Saudi|Emirati|Brazilian|Mexican|Swiss|Belgian|Federal|State|National|Royal)[ ])"  # noqa: E501

_PUBLIC_BODY_EN = re.compile(
    rf"(?:[Tt]he[ ])?(?:"
    rf"{_QUALIFIER}?(?:Ministry|Department|Dept\.)[ ]of[ ](?:the[ ])?{_CAP_WORDS}"
    # "the British defence ministry", "the health ministry", "Poland's defence ministry": the ministry's field in
    # lower case, after a nationality, "the" or a country's possessive (the story has said which country).
    rf"|(?:{_QUALIFIER}|(?<=[Tt]he[ ])|(?<=['\u2019]s[ ]))(?:[Dd]efen[cs]e|[Hh]ealth|[Ii]nterior|[Ff]inance|[Ff]oreign"
    rf"|[Tt]ransport|[Ee]ducation|[Ee]nergy|[Jj]ustice|[Aa]griculture|[Ee]nvironment|[Ee]conomy)[ ][Mm]inistry"
    rf"|{_QUALIFIER}?(?:Home|Foreign|Cabinet|War|Scotland|Northern[ ]Ireland)[ ]Office"
    rf"|{_QUALIFIER}?(?:Army|Navy|Air[ ]Force|Marine[ ]Corps|Coast[ ]Guard|Space[ ]Force|Armed[ ]Forces)"
    rf"|(?:[Cc]ity|[Cc]ounty|[Ss]tate|[Pp]rovince|[Rr]egion|[Tt]own|[Bb]orough|Government)[ ]of[ ]{_CAP_WORDS}"
    rf"|{_QUALIFIER}Government"
    rf"|{_CAP_WORDS}[ ](?:City|County|Borough|District|Town|Parish|Regional|Metropolitan|Municipal)?[ ]?Council"
    rf"|{_CAP_WORDS}[ ](?:Agency|Health[ ]Service|Police|Fire[ ]Service|Port[ ]Authority"
    # Transit buyers: "Toronto Transit Commission", "Santa Clara Valley Transportation Authority", "Ploiești City Hall".
    rf"|(?:Transit|Transport|Transportation)[ ](?:Authority|Commission|System|District|Agency)|City[ ]Hall"
    rf"|Health[ ]Board|School[ ]District|Water[ ]Authority|Investment[ ]Authority)"
    # the state's purse, central banks and sovereign funds: "the U.S. Treasury", "Bank of Japan", "Saudi Arabia's
    # Public Investment Fund" (not "Treasury yields", not "Bank of America")
    rf"|(?:{_QUALIFIER}|(?<=[Tt]he[ ]))Treasury(?:[ ]Department)?(?![ ](?:[Yy]ields?|[Bb]onds?|[Nn]otes?|[Bb]ills?"
    rf"|[Ss]ecurities|[Ss]ecretary|[Mm]arkets?|[Dd]ebt|[Aa]uctions?|[Ii]nflation|[Rr]ates?)\b)"
    rf"|Federal[ ]Reserve|Public[ ]Investment[ ]Fund|(?:European|{_QUALIFIER})[ ]?Central[ ]Bank"
    rf"|Bank[ ]of[ ](?:England|Japan|Canada|France|Italy|Spain|Korea|Israel)(?![\w])"
    rf"|{_CAP_WORDS}[ ]NHS[ ](?:Foundation[ ])?Trust|NHS[ ](?:England|Scotland|Wales|{_CAP_WORD}[ ]Trust)"
    rf"|(?:NHS|Pentagon|NASA|Bundeswehr|DGA|Network[ ]Rail|HMRC|DWP|MoD|DoD|DHSC|Defra"
    rf"|DVLA|DfE)(?![\w])"
    rf"|HM[ ]{_CAP_WORD}(?:[ ](?:&|and)[ ]{_CAP_WORD})?|Department[ ]for[ ]{_CAP_WORDS}"
    # a place's transport authority: "Transport for London", "Transport for New South Wales"
    rf"|Transport[ ]for[ ]{_CAP_WORD}(?:[ ]{_CAP_WORD}){{0,2}}"
    rf")"
)
_FR_OF = r"(?:de[ ]la[ ]|de[ ]l'|des[ ]|du[ ]|de[ ])"
_NATIONAL_FR = (
    r"(?:britannique|américaine?|chinoise?|allemande?|française?|japonaise?|indienne?|italienne?|espagnole?"
    r"|canadienne?|australienne?|belge|suisse|néerlandaise?|fédérale?)"
)
_CAP_FR = r"[A-ZÀÂÇÉÈÊÎÔ][\w'\-]{1,30}"
_FR_ADJECTIVE = r"(?:[ ][a-zéèêàç]{2,20}(?:ales|ale|aux|iques|ique|ères|ère|elles|elle|ées|ée))"
"""A lower-case adjective that ends a ministry's name: "Affaires sociales", "Transition écologique"."""
_PLACE_BODY_FR = (
    r"(?:[Rr]égion|[Vv]ille[ ]de|[Mm]airie[ ]de|[Mm]étropole[ ](?:de[ ]|du[ ]|d')?|[Dd]épartement[ ]"
    + _FR_OF
    + r"|[Cc]ommune[ ]de|[Cc]ommunauté[ ](?:d'agglomération|de[ ]communes|urbaine)[ ](?:de[ ]|du[ ]|d')?"
    r"|[Cc]onseil[ ](?:régional|départemental)[ ](?:de[ ]la[ ]|de[ ]l'|des[ ]|du[ ]|de[ ]|d')?)"
    r"[ ]?" + _CAP_FR + r"(?:[ -](?:de[ ]|du[ ]|d')?" + _CAP_FR + r"){0,2}"
)
"""A place's own body: "la région Occitanie", "la ville de Marseille", "le conseil départemental de la Gironde"."""
_PUBLIC_BODY_FR = re.compile(
    r"(?:[Ll]e[ ]|[Ll]a[ ]|[Ll]'|[Ll]es[ ])?(?:"
    + "|".join(
        (
            r"[Mm]inistère[ ](?:"
            + _NATIONAL_FR
            + r"[ ])?"
            + _FR_OF
            + r"[\w'\-]+(?:[ ](?:et[ ](?:de[ ]la[ ]|des[ ]|du[ ]|de[ ])?)?"
            + _CAP_FR
            + r")?"
            + _FR_ADJECTIVE
            + "?",
            _PLACE_BODY_FR,
            # "Chartres Métropole", "Troyes Champagne Métropole", "Saint-Malo Agglomération": the kind after the place
            r"(?<![\w'])(?!(?:Le|La|Les|Un|Une|Selon)[ ])" + _CAP_FR + r"(?:[ -]" + _CAP_FR + r"){0,2}[ ](?:Métropole"
            r"|Agglomération|Agglo)(?![\w'])",
            r"[Ss]yndicat[ ](?:mixte|intercommunal|départemental)(?:[ ](?:des|du|de[ ]la|de[ ]l'|d')[ ]?[a-zéèêàç\-]+)?"
            r"(?:[ ](?:de|du|d'|de[ ]la)[ ]?" + _CAP_FR + r")?"
            # "syndicat mixte Autolib' et Vélib' Métropole"
            r"(?:[ ]" + _CAP_FR + r"(?:[ ](?:et[ ])?" + _CAP_FR + r"){0,3})?",
            r"Syndicat(?:[ ]" + _CAP_FR + r"){1,4}",
            # "le syndicat Valmont" (a union's acronym, "le syndicat CGT", is no buyer)
            r"syndicat[ ](?=[A-ZÀÂÇÉÈÊÎÔ][a-zà-ÿ])" + _CAP_FR + r"(?:[ ]" + _CAP_FR + r"){0,3}",
            r"[Aa]rmée[ ](?:de[ ][Tt]erre|de[ ]l'[Aa]ir(?:[ ]et[ ]de[ ]l'[Ee]space)?|française)"
            r"|[Mm]arine[ ][Nn]ationale",
            # "la marine espagnole", "la Marine allemande", "l'armée allemande": a country's forces by its adjective
            r"(?:[Mm]arine|[Aa]rmée)[ ]" + _NATIONAL_FR + r"(?![\w])",
            r"[Cc]orps[ ]des[ ][Mm]arines",
            # a state-run port buys its terminal's operation: « le port autonome de Douala »
            r"[Pp]ort[ ]autonome[ ](?:de[ ]|d')" + _CAP_FR + r"(?:[ -]" + _CAP_FR + r")?",
            # a city's transit authority: « la Société de transport de Montréal »
            r"Société[ ]de[ ]transport[ ](?:de[ ]|d')" + _CAP_FR + r"(?:[ -]" + _CAP_FR + r")?",
            r"[Aa]dministration[ ]" + _NATIONAL_FR,
            # not "le Conseil d'État", "un coup d'État": the state there is no party
            r"(?<![dD]['\u2019])État(?:[ ]français)?(?![\w-])",
            r"Direction[ ]générale[ ]de[ ]l'armement|Île-de-France[ ]Mobilités|[Aa]ssistance[ ]publique",
            # the state's bank and its long-term investor: "la Caisse des Dépôts", "la Banque des Territoires"
            r"Caisse[ ]des[ ][Dd]épôts(?:[ ]et[ ][Cc]onsignations)?|Banque[ ]des[ ]Territoires|Banque[ ]de[ ]France"
            r"|Banque[ ]centrale[ ]européenne",
        )
    )
    + r")"
)
_COUNTRIES_EN = (
    "Australia|Austria|Belgium|Brazil|Canada|Chile|China|Colombia|Croatia|Czech Republic|Denmark|Egypt|Estonia"
    "|Finland|France|Germany|Greece|Hungary|India|Indonesia|Iraq|Ireland|Israel|Italy|Japan|Kuwait|Latvia"
    "|Lithuania|Malaysia|Mexico|Morocco|Netherlands|New Zealand|Norway|Oman|Pakistan|Peru|Philippines|Poland"
    "|Portugal|Qatar|Romania|Saudi Arabia|Serbia|Singapore|Slovakia|South Africa|South Korea|Spain|Sweden"
    "|Switzerland|Taiwan|Thailand|Turkey|Ukraine|United Arab Emirates|United Kingdom|United States|Vietnam"
)
_COUNTRIES_FR = (
    "Afrique du Sud|Algérie|Allemagne|Arabie saoudite|Argentine|Australie|Autriche|Belgique|Brésil|Canada|Chili"
    "|Chine|Colombie|Corée du Sud|Croatie|Danemark|Égypte|Émirats arabes unis|Espagne|Estonie|États-Unis"
    "|Finlande|France|Grèce|Hongrie|Inde|Indonésie|Irak|Irlande|Israël|Italie|Japon|Koweït|Lettonie|Lituanie"
    "|Malaisie|Maroc|Mexique|Norvège|Nouvelle-Zélande|Oman|Pakistan|Pays-Bas|Pérou|Philippines|Pologne|Portugal"
    "|Qatar|Roumanie|Royaume-Uni|Serbie|Singapour|Slovaquie|Suède|Suisse|Taïwan|Thaïlande|Tunisie|Turquie"
    "|Ukraine|Vietnam"
)
_PLACES_AFTER_A = "Singapour|Taïwan|Oman"
"""Countries French places with a bare "à" ("des bureaux à Paris et à Singapour"): there "à" names a place, where
for other countries it names the party a thing goes to ("vendre des radars à l'Inde")."""
_COUNTRY_PARTY = re.compile(
    rf"\b(?:[Bb]y|[Ww]ith|[Ff]rom)[ ](?:the[ ])?(?P<en>{_COUNTRIES_EN})(?![\w'\u2019\-]|[ ][A-Z])"
    rf"|\b(?:par|avec|auprès[ ]d[e']|à(?![ ](?:{_PLACES_AFTER_A})(?![\w])))[ ]?(?:la[ ]|le[ ]|les[ ]|l'|l\u2019)?"
    rf"(?P<fr>{_COUNTRIES_FR})(?![\w\-]|[ ][A-Z])"
)
"""A country on the buying side of a verb ("was selected by Australia", "a été choisi par l'Australie", "un contrat
avec l'Irak", "vendre des radars à l'Inde"): its state buys; "à Singapour" is a place. A country after "in / en" is a
place, and one with a possessive ("Australia's Telstra") or starting a name ("Canada Post") names a company's
country."""
_COUNTRY_BUYER = re.compile(
    rf"(?<![\w'\u2019])(?:[Tt]he[ ])?(?P<en>{_COUNTRIES_EN})(?=[ ](?:has[ ]|have[ ]|had[ ]|will[ ]|also[ ]|now[ ])?"
    r"(?:ordered|orders|signed|signs|selected|selects|picked|picks|chose|chosen|bought|buys|awarded|awards"
    r"|purchased|purchases|placed[ ]an[ ]order|places[ ]an[ ]order|tapped|taps|agreed[ ]to[ ]buy)\b)"
    rf"|(?:(?<![\w'\u2019])[Ll]['\u2019]|(?<![\w'\u2019])[Ll](?:a|e|es)[ ])(?P<fr>{_COUNTRIES_FR})(?=[ ]"
    r"(?:a[ ]|ont[ ]|avait[ ]|avaient[ ]|va[ ]|vont[ ]|vient[ ]d'|vient[ ]de[ ]|devrait[ ])?"
    r"(?:commandé|commande|commander|signé|signe|signer|choisi|choisit|choisir|retenu|retient|acheté|achète"
    r"|acheter|passé[ ](?:une[ ])?commande|confié|confie|attribué|attribue|notifié|notifie)\b)"
)
"""A country as the subject of a verb of buying ("India has ordered 26 jets from X", "L'Australie a commandé à X"):
its state buys. Elsewhere a country opening a clause is a place ("France's Total", "Germany grew 2%")."""
_MARKET_FROM = re.compile(
    r"\b(?:orders|demand|sales|revenues?|exports|imports|shipments|bookings|customers|clients|buyers|tourists"
    r"|visitors|commandes|ventes|demande"
    r"|investments?|investors|funding|capital|money|help|support|aid|backing|interest|competition|rivals)"
    r"[ ](?:(?:coming|mainly|mostly|largely)[ ])?(?:from|de|d'|en[ ]provenance[ ]de)"
    r"[ ]?(?:the[ ]|la[ ]|l')?$"
)
"""Before a country: a plural of trade it comes from ("orders from Germany", "demand from China"): the country is
where buyers are, not the state that buys (one buyer's "an order from Germany" stays its state). Money, help or
rivalry from a country ("an investment from Germany", "with help from Japan", "competition from China") come from
its firms or people: no state is named a party by them."""
_COUNTRY_LEAD = 20
"""How far before a country's name its pattern may start: "auprès de la ", "The "."""
_MARKET_LEAD = 32
"""How far before a country's name the trade noun may start: "competition coming from the "."""
_COUNTRY_TAIL = 40
"""How far after it the verb of buying may end: " has also placed an order"."""


_CITY_CUSTOMER = re.compile(
    # the capital first, then what stands before it (a sentence's end and up to two spaces): ``re`` only tries capitals
    r"(?P<city>[A-ZÀÂÇÉÈÊÎÔ](?:(?<=^.)|(?<=[.!?\n].)|(?<=[.!?\n][ ].)|(?<=[.!?\n][ ][ ].)"
    r"|(?<=[.!?][\"\u201d\u00bb].)|(?<=[.!?][\"\u201d\u00bb][ ].)|(?<=[.!?][\"\u201d\u00bb][ ][ ].))"
    r"(?!(?<=L)(?:e|a|es)[ ]|(?<=T)he[ ])"  # no article: "Le Mans", "The City"
    r"[a-zà-ÿ]+(?:-[A-Za-zà-ÿ]+){0,3}(?:[ ][A-Z][a-zà-ÿ]+)?)[ ]"
    # the city ending, renewing or handing out a contract: "Rennes met fin à son contrat avec X"
    r"(?=(?:a[ ]|va[ ]|vient[ ]de[ ]|vient[ ]d'|n'a[ ]pas[ ]|ne[ ]va[ ]pas[ ])?(?:décidé[ ]de[ ]|choisi[ ]de[ ])?"
    r"(?:met(?:tre)?[ ]fin|mis[ ]fin|résili(?:é|e|er)|romp(?:u|t|re)|dénonc(?:é|e|er)|renouvel(?:é|le|er)"
    r"|reconduit|reconduire|prolong(?:é|e|er)|attribu(?:é|e|er)|confi(?:é|e|er)|chois(?:i|it|ir)|reten(?:u|ir)"
    r"|retient|quitt(?:é|e|er))\b"
    r"|(?:has[ ]|have[ ]|will[ ]|is[ ]|plans[ ]to[ ]|voted[ ]to[ ])?(?:terminat(?:ed|es|e|ing)|end(?:ed|s|ing)?[ ]"
    r"|cancel(?:l?ed|s|l?ing)?[ ]|scrap(?:ped|s|ping)?[ ]|renew(?:ed|s|ing)?[ ]|extend(?:ed|s|ing)?[ ]"
    r"|award(?:ed|s|ing)?[ ]|select(?:ed|s|ing)?[ ]|chose[ ]|hired[ ]|hires[ ]|dropp(?:ed|ing)[ ]|drops[ ]))"
)
"""A city or a state named bare as the subject of a contract's verb ("Grenoble a résilié le contrat de X", "Austin
renewed its contract with X"): its local authority is the customer. Only a clause that opens a sentence, and only a
known place: elsewhere a city is a place ("à Lyon", "in Rennes", "Lyon-based"). Signing is left out: "Paris a
signé un contrat" may tell a place's firm or a team as much as the city."""
_CITY_PARTY = re.compile(
    r"\b(?:(?:contracts?|deal|agreement|contrats?|marché|convention)[ ](?:with|avec)"
    r"|(?:awarded|selected|chosen|hired|dropped|terminated|cancell?ed|renewed|extended)[ ]by"
    r"|(?:attribu|confi|chois|reten|résili|renouvel|prolong|reconduit)[a-zé]{0,3}[ ]par)[ ]"
    r"(?P<city>[A-ZÀÂÇÉÈÊÎÔ][a-zà-ÿ]+(?:-[A-Za-zà-ÿ]+){0,3})(?![\w\-'\u2019]|[ ][A-Z])"
)
"""A city named bare on the buying side of a contract ("its contract with Grenoble", "a été attribué par Rennes"):
its local authority is the party, as a country there is its state."""
_COUNTRY_NAME = re.compile(f"{_COUNTRIES_EN}|{_COUNTRIES_FR}")
"""A country is a party by :data:`_COUNTRY_PARTY` and :data:`_COUNTRY_BUYER` alone ("France cancelled its order" may
tell its firms' or its state's), not as a city is."""
_BARE_LOCAL_BODY = re.compile(r"(?<=[Ll]['\u2019])Agglo(?![\w\-'])|(?<=[Ll]a[ ])Métropole(?![\w\-']|[ ][A-Z]|[ ]d)")
"""« l'Agglo », « la Métropole » told bare, once the story has named it: the local authority itself."""


_MORE_CITIES = frozenset(
    (  # noqa: SIM905 (a list of words, as org_context writes its places)
        "montpellier reims toulon dijon angers nîmes villeurbanne clermont-ferrand saint-étienne brest amiens limoges"
        " perpignan metz besançon orléans rouen mulhouse caen avignon poitiers calais dunkerque annecy lorient"
        " saint-malo quimper vannes chambéry niort cherbourg chartres troyes bayonne montreuil nanterre"
        " boulogne-billancourt argenteuil saint-denis phoenix denver detroit baltimore manchester birmingham bristol"
        " sheffield conakry alger liège namur"
    ).split()
)
"""Cities the place list (:data:`~streams.extraction.org_context.PLACES`) lacks, known here only as customers: a city
of one word is rarely a company's name in a contract's subject."""


def _city_customers(text: str) -> list[tuple[int, int, str, str]]:
    """Return ``(start, end, id, name)`` of the bare cities and local bodies told as a contract's customer.

    As :data:`_CITY_CUSTOMER`, :data:`_CITY_PARTY` and :data:`_BARE_LOCAL_BODY` find them.
    """
    found = []
    for match in (*_CITY_CUSTOMER.finditer(text), *gated_finditer(_CITY_PARTY, text)):
        name = match.group("city")
        if _COUNTRY_NAME.fullmatch(name) is None and (name.casefold() in PLACES or name.casefold() in _MORE_CITIES):
            found.append((match.start("city"), match.end("city"), "pb-" + slugify(name), name))
    for match in gated_finditer(_BARE_LOCAL_BODY, text):
        found.append((match.start(), match.end(), "pb-" + slugify(match.group(0)), match.group(0)))
    return found


def _build_countries() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for name in (*_COUNTRIES_EN.split("|"), *_COUNTRIES_FR.split("|")):
        automaton.add_word(name.lower(), len(name))
    automaton.make_automaton()
    return automaton


_COUNTRY_AUTOMATON = _build_countries()


def _country_names(folded: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every country name in the case-folded text, as a whole word."""
    spans = []
    for last, length in _COUNTRY_AUTOMATON.iter(folded):
        start, end = last + 1 - length, last + 1
        if (start == 0 or not folded[start - 1].isalnum()) and (end == len(folded) or not folded[end].isalnum()):
            spans.append((start, end))
    return spans


_FIELD_MINISTRY = re.compile(r"^(?:British|UK|U\.K\.)[ ]([A-Za-z]+)[ ][Mm]inistry$")
"""A British ministry by its field ("the British defence ministry") is called by its title; another country's
ministry keeps the story's words ("the Indian defence ministry" is not the British Ministry of Defence)."""
_ARTICLE = re.compile(r"^(?:[Tt]he|[Ll]e|[Ll]a|[Ll]es)[ ]|^[Ll]'")
_REGULATOR = re.compile(
    r"Competition|Markets|Securities|Exchange|Financial[ ]Conduct|Reserve|Trade[ ]Commission|Department[ ]of[ ]Justice"
    r"|concurrence"
)
_REGION_OF = re.compile(
    r"(?:[Ss]tate|[Pp]rovince|[Rr]egion)[ ]of[ ]|[Ss]yndicat(?:[ ](?:mixte|intercommunal|départemental))?[ ](?=[A-Z])"
)
"""Words before a body's own name: "the state of Lower Saxony" is Lower Saxony, "le syndicat mixte Vélib'
Métropole" is Vélib' Métropole."""
_NOT_PLACE = frozenset({"The", "A", "An", "This", "Its", "Our", "Le", "La", "Les", "Un", "Une", "Selon"})

_DESCRIBING = (
    r"major|large|big|key|leading|top|largest|biggest|second-largest|unnamed|undisclosed|unidentified"
    r"|significant|important|global|multinational|US|U\.S\.|European|Asian|Chinese|American|Japanese|German"
    r"|commercial"
    r"|French|British|Indian|Canadian|Australian|government|international|domestic|[a-z]+-based|single|sole|new"
    r"|existing|longtime|long-standing|five|three|two|few"
)
"""The words that describe a party a story leaves unnamed ("a major US", "an undisclosed European")."""
_NOT_TRADE_WORD = (
    r"(?:with|from|for|and|or|but|the|of|to|by|its|their|in|on|at|as|that|which|who|said|says|is|was|are|were|has"
    r"|had|have|will|would|could|may|might|than|after|before|while|also|not)"
)
"""Words that link or open a clause, so never a trade word before an unnamed party's noun."""
_COUNT_REST = r"(?:(?<=t)(?:wo|hree|en)|(?<=f)(?:our|ive)|(?<=s)(?:ix|even|everal)|(?<=e)ight|(?<=n)ine|(?<=m)ultiple)"
"""The rest of a count ("two", "several", "multiple") once its first letter is read: the patterns that may open on a
count start with the letter and look behind it, so that ``re`` only tries those letters (session 28)."""
_UNNAMED_EN_BODY = (
    rf"((?:(?:{_DESCRIBING})[ ,]{{1,2}}){{1,3}}"
    # "an unnamed regional bank", "one of its largest retail customers", "a major overseas customer": a word of any
    # kind (a trade, a market) may stand between the describing words and the noun, as before _UNNAMED_SECTOR's
    # nouns; not a word that links or opens a clause ("a key contract with customers" describes no customer)
    r"(?:(?!" + _NOT_TRADE_WORD + r"[ ])[a-z][a-z\-]{2,20}[ ]){0,2}?"
    r"(?:customers?|clients?|retailers?|carmakers?|automakers?|chipmakers?|telecom[ ]operators?|operators?"
    r"|manufacturers?|buyers?|hyperscalers?|OEMs?|(?:defen[cs]e[ ])?prime[ ]contractors?|banks?|insurers?"
    r"|utilit(?:y|ies)|grocers?|cloud[ ]providers?|tech[ ]companies|technology[ ]companies|social[ ]media[ ]companies"
    r"|e-commerce[ ]companies|airlines?|distributors?|wholesalers?|semiconductor[ ]companies"
    r"|(?:telecom(?:s|munications)?[ ]|mobile[ ]|wireless[ ]|internet[ ])(?:service[ ])?(?:providers?|operators?)))\b"
)
"""An English unnamed party after its determiner: its describing words, a trade word maybe, then its noun. Kept
apart from the opening so that the test of the opening's rewrite (test_extraction_s28_names_speed) builds the former
pattern on these same words."""
_UNNAMED_EN = re.compile(
    r"[AaOoIiTt](?<![\w].)"  # the determiner's first letter, then the rest of it: ``re`` only tries those letters
    r"(?:(?<=[Aa])|(?<=[Aa])n|(?<=[Oo])ne[ ]of[ ](?:its|their|the)|(?<=[Ii])ts|(?<=[Tt])heir|(?<=[Aa])nother)[ ]"
    + _UNNAMED_EN_BODY
)
_UNNAMED_FR_BODY = (
    r"((?:(?:grand|grande|gros|grosse|important|importante|principal|principale|principaux|plus[ ]gros|premier"
    r"|première|majeur|majeure|mystérieux|mystérieuse|nouveau|nouvel|nouvelle)[ ]){1,2}"
    r"(?:clients?|donneurs?[ ]d'ordres?|constructeurs?(?:[ ]automobiles?)?|distributeurs?|opérateurs?|industriels?"
    r"|acheteurs?|fabricants?|équipementiers?|enseignes?)"
    r"(?:[ ](?:américain|américaine|européen|européenne|chinois|chinoise|allemand|allemande|asiatique|français"
    r"|française))?)\b"
)
"""A French unnamed party after its determiner: one or two describing words, its noun, maybe where it is from;
apart from the opening, as ``_UNNAMED_EN_BODY``."""
_UNNAMED_FR = re.compile(
    r"[UuLlSs](?<![\w].)(?:(?<=[Uu])n|(?<=[Uu])ne|(?<=[Ll])'un[ ]de[ ]ses|(?<=[Ll])'une[ ]de[ ]ses|(?<=[Ss])on"
    r"|(?<=[Ss])a|(?<=[Ll])eur|(?<=[Uu])n[ ]de[ ]ses)[ ]" + _UNNAMED_FR_BODY
)
_UNNAMED_FR_OWNED_BODY = (
    r"((?:principal|principale|premier|première|plus[ ]gros|plus[ ]grand|plus[ ]important)[ ]"
    r"(?:client|cliente|donneur[ ]d'ordres?))(?=[ ](?:de[ ]l'(?:entreprise|usine|équipementier|industriel)"
    r"|de[ ]la[ ](?:société|firme|pme|start-up|société[ ]\w+)|du[ ](?:groupe|site|fabricant|sous-traitant|fournisseur"
    r"|prestataire|transporteur|logisticien))\b)"
)
"""The owned customer after « le » or « la »: its rank, its noun, then its supplier; apart from the opening, as
``_UNNAMED_EN_BODY``."""
_UNNAMED_FR_OWNED = re.compile(r"[Ll](?<![\w].)[ea][ ]" + _UNNAMED_FR_OWNED_BODY)
"""A major customer owned by the story's supplier, named only by its kind (« le principal client de l'entreprise », « le
premier client du groupe »): the determiner is definite, the supplier the story's company."""
_UNNAMED_FR_AFTER_BODY = r"((?:clients?|donneurs?[ ]d'ordres?)[ ](?:importants?|majeurs?|stratégiques?|clés|clé))\b"
"""The noun and the adjective after it, apart from the opening, as ``_UNNAMED_EN_BODY``."""
_UNNAMED_FR_AFTER = re.compile(
    r"[UuLl](?<![\w].)(?:(?<=[Uu])n|(?<=[Uu])ne|(?<=[Ll])'un[ ]de[ ]ses|(?<=[Ll])'une[ ]de[ ]ses"
    r"|(?<=[Uu])n[ ]de[ ]ses)[ ]" + _UNNAMED_FR_AFTER_BODY
)
"""The same description with its adjective after the noun, as French puts it: "un client important"."""
_UNNAMED_SECTOR_BODY = (
    rf"((?:(?:{_DESCRIBING})[ ]){{1,3}}(?:[a-z][a-z\-]{{2,20}}[ ]){{0,2}}?"
    r"(?:compan(?:y|ies)|firms?|corporations?|conglomerates?|producers?|makers?|groups?(?![ ]of\b)))\b"
)
"""A trade after its determiner, apart from the opening, as ``_UNNAMED_EN_BODY``."""
_UNNAMED_SECTOR_COUNTED = r"[ ](?:[a-z][a-z\-]{2,20}[ ]){1,2}?(?:companies|firms|corporations|producers|makers)"
"""A trade after its count, apart from the count, as ``_UNNAMED_EN_BODY``."""
_UNNAMED_SECTOR = re.compile(
    r"[AaOotfsenm](?<![\w].)(?:"  # the first letter of the determiner or the count first, as above
    r"(?:(?<=[Aa])|(?<=[Aa])n|(?<=[Oo])ne[ ]of[ ](?:its|their|the))[ ]"
    + _UNNAMED_SECTOR_BODY
    + r"|(?<![Tt]he[ ].)(?<![Tt]hese[ ].)(?<![Tt]hose[ ].)(?<![Ii]ts[ ].)(?<![Tt]heir[ ].)"
    + _COUNT_REST
    + _UNNAMED_SECTOR_COUNTED
    + r"\b)"
)
"""A party described by its trade and not named: "a major thermoplastics company", "an undisclosed major mining
company", "two oil-producing companies"; a describing word is needed before the trade ("a mining company" may be the
story's own subject told again), unless a count stands for it; a count needs a word before its noun ("the two
companies" are the story's own parties, named before)."""
_UNNAMED_BY_SHARE_BODY = (
    r"(customers?|clients?)"
    r"(?=,?[ ](?:(?:which|that|who|qui)[ ])?(?:made[ ]up|makes[ ]up|making[ ]up|accounted[ ]for|accounts[ ]for"
    r"|accounting[ ]for|represents|represented|representing|représente|représentait|pèse|pesait)[ ]"
    r"(?:[a-z]{2,9}[ ]){0,2}\d)"
)
"""The customer and the verb of its share, apart from the opening, as ``_UNNAMED_EN_BODY``."""
_UNNAMED_BY_SHARE = re.compile(
    r"[AaOoUuLl](?<![\w].)(?:(?<=[Aa])|(?<=[Oo])ne[ ]of[ ](?:its|their|the[ ]company's)|(?<=[Uu])n"
    r"|(?<=[Ll])'un[ ]de[ ]ses)[ ]" + _UNNAMED_BY_SHARE_BODY
)
"""A customer described only by its weight in its supplier's sales ("one of its customers, which made up 32%
of revenue", "un client qui représente 20 % du chiffre d'affaires"): unnamed, and its share makes it major."""
_UNNAMED_COUNTED_BODY = (
    r"[ ](?:(?:major|large|big|key|leading|unnamed|undisclosed|unidentified|different|other|US|U\.S\.|European|Asian"
    r"|Chinese|American|Japanese|German|French|British|Indian|Canadian|Australian|commercial|foreign|regional"
    r"|low-cost)[ ]){0,3}"
    r"(?:customers|clients|retailers|carmakers|automakers|airlines|carriers|operators|utilities|navies)"
)
"""The counted parties' words after the count, apart from it, as ``_UNNAMED_EN_BODY``."""
_UNNAMED_COUNTED = re.compile(rf"[tfsenm](?<![\w].){_COUNT_REST}" + _UNNAMED_COUNTED_BODY + r"\b")
"""Several parties counted, not named: "orders from five different airlines", "from three U.S. airlines"; the count
stands where an article would, so no describing word is needed ("two customers"), and it is part of the name."""
_UNNAMED_FOREIGN_FR_BODY = (
    r"((?:marines?|armées?|clients?|compagnies?[ ]aériennes?|opérateurs?)[ ](?:étrang(?:er|ère)s?|asiatiques?"
    r"|européen(?:ne)?s?|américain(?:e)?s?|du[ ]golfe|moyen-orientales?|moyen-orientaux))\b"
)
"""The foreign buyer's noun and where it is from, apart from the opening, as ``_UNNAMED_EN_BODY``."""
_UNNAMED_FOREIGN_FR = re.compile(
    r"[UuDdTtPp](?<![\w].)(?:(?<=[Uu])n|(?<=[Uu])ne|(?<=[Dd])eux|(?<=[Tt])rois|(?<=[Pp])lusieurs)[ ]"
    + _UNNAMED_FOREIGN_FR_BODY
)
"""A buyer known only by where it is, the adjective after the noun as French puts it: "auprès d'une marine
étrangère", "un client asiatique", "plusieurs compagnies aériennes européennes"."""
_NAME_AFTER_UNNAMED = re.compile(r",?[ ](?:the[ ]|la[ ]|le[ ])?[A-Z][\w&'\-]+")
"""An appositive name after the description ("its largest customer, Orvane") names the party."""


_TRIGGERS = (
    "ministry", "department", "dept.", "office", "army", "navy", "air force", "marine corps", "coast guard",
    "space force", "armed forces", "city of", "county", "county of", "government", "state of", "province of",
    "region of", "town of", "borough", "council", "agency", "health service", "police", "fire service", "authority",
    "health board", "commission", "transit system", "transport system", "transportation system", "transit district",
    "transport district", "transportation district", "city hall",
    "school district", "nhs", "pentagon", "nasa", "bundeswehr", "dga", "network rail", "transport for", "hm",
    "hmrc", "dwp", "mod", "dod", "dhsc", "defra", "dvla", "dfe",
    "department for", "ministère", "région", "ville de", "mairie", "métropole", "département", "commune de",
    "communauté", "conseil", "syndicat", "armée", "état", "direction générale", "corps des marines", "administration",
    "île-de-france mobilités", "agglomération", "agglo", "port autonome", "société de transport",
    "assistance publique", "marine", "treasury", "federal reserve", "public investment fund", "central bank",
    "bank of", "caisse des dépôts", "banque des territoires", "banque de france", "banque centrale",
)  # fmt: skip
"""Words every public-body pattern contains: the patterns only run around them (they are slow elsewhere)."""
_WINDOW = 70


_LOWER_CASE_TRIGGERS = frozenset({
    "ministère", "région", "ville de", "mairie", "métropole", "département", "commune de", "communauté", "conseil",
    "syndicat", "armée", "marine", "corps des marines", "port autonome", "administration", "state of", "city of",
    "county of", "province of", "region of", "town of", "ministry",
})  # fmt: skip
"""French bodies are written in lower case ("le ministère de la Santé"); English ones are capitalised."""


def _build_triggers() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for trigger in _TRIGGERS:
        automaton.add_word(trigger, (len(trigger), trigger in _LOWER_CASE_TRIGGERS))
    automaton.make_automaton()
    return automaton


_TRIGGER_AUTOMATON = _build_triggers()


_NAME_BEFORE_COUNTRY = re.compile(
    r"(?:^|[ \n])(?!(?:The|La|Le|Les|L'|In|En|Au|Of|For|From|To|By|And|But|Et|Mais|While|When|As|If|Today|Now)[ ]$)"
    r"[A-Z][\w&\-]{1,30}[ ]$"
)
"""A capitalised name word right before a country, not an article or a function word: "Eltel Finland", "Acme Sverige"
(a company's country unit), not "The Netherlands" or "In Finland"."""


def find_public_bodies(text: str, folded: str) -> list[tuple[int, int, str, str]]:
    """Return ``(start, end, id, name)`` of public bodies, the leading article outside the span."""
    found: dict[int, tuple[int, int, str, str]] = {}
    searched_until = 0
    size = len(text)
    for last, (length, lower_ok) in _TRIGGER_AUTOMATON.iter(folded):
        first, end = last + 1 - length, last + 1
        if (end < size and text[end].isalpha()) or (first > 0 and text[first - 1].isalpha()):
            continue  # "offices", "départements"
        if not lower_ok and not text[first].isupper():
            continue  # "the council said": a common noun, no name
        # A window reaches back before its trigger even when the last one covered that text: the last
        # window may have cut this trigger's body short ("un syndicat américain ... du corps des Marines").
        low, high = max(0, first - _WINDOW), min(size, end + _WINDOW)
        if high <= searched_until:
            continue
        searched_until = high
        for pattern in (_PUBLIC_BODY_EN, _PUBLIC_BODY_FR):
            for match in gated_finditer(pattern, text, folded, low, high):
                body = _public_body(text, match)
                if body is not None and (body[0] not in found or body[1] > found[body[0]][1]):
                    found[body[0]] = body  # the whole name, not one a window cut short
    for start, end in _country_names(folded):
        if _NAME_BEFORE_COUNTRY.search(text, max(0, start - _COUNTRY_LEAD), start):
            continue  # "Eltel Finland has signed": a company's country unit, not the state
        if _MARKET_FROM.search(text, max(0, start - _MARKET_LEAD), start):
            continue  # "strong orders from Germany": buyers in a market, not its state
        # Each pattern only around a country's name: over the whole text its alternation costs ~0.4 ms an article.
        window = (max(0, start - _COUNTRY_LEAD), min(len(text), end + _COUNTRY_TAIL))
        if any(
            end in (match.end("en"), match.end("fr"))
            for pattern in (_COUNTRY_PARTY, _COUNTRY_BUYER)
            for match in pattern.finditer(text, *window)
        ):
            name = text[start:end]
            found.setdefault(start, (start, end, "pb-" + slugify(name), name))
    for body in _city_customers(text):
        found.setdefault(body[0], body)
    return _with_headed_bodies(sorted(found.values()), find_headed_bodies(text, folded))


def _with_headed_bodies(
    titled: list[tuple[int, int, str, str]], headed: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """Add the bodies named by a head noun to those named by their title.

    One longer than the titled bodies it covers replaces them ("the U.S. Army Corps of Engineers" is not the
    U.S. Army); one that only overlaps a titled body, or spans the same words, gives way to it.
    """
    bodies = list(titled)
    for body in headed:
        overlapping = [other for other in bodies if other[0] < body[1] and body[0] < other[1]]
        if all(_covers(body, other) for other in overlapping):
            bodies = [other for other in bodies if other not in overlapping] + [body]
    return sorted(bodies)


def _covers(longer: tuple[int, int, str, str], shorter: tuple[int, int, str, str]) -> bool:
    """Whether ``longer`` spans all of ``shorter`` and more."""
    return longer[0] <= shorter[0] and shorter[1] <= longer[1] and longer[1] - longer[0] > shorter[1] - shorter[0]


def _public_body(text: str, match: re.Match[str]) -> tuple[int, int, str, str] | None:
    article = _ARTICLE.match(match.group(0))
    start = match.start() + (article.end() if article else 0)
    region = _REGION_OF.match(text, start)
    start = region.end() if region else start
    name = text[start : match.end()].rstrip(" -'")
    end = start + len(name)
    field = _FIELD_MINISTRY.search(name)
    if field is not None:
        name = "Ministry of " + field.group(1).capitalize()  # "the British defence ministry": its usual name
    words = name.split(" ")
    if _REGULATOR.search(name) or (len(words) > 1 and words[0] in _NOT_PLACE):
        return None
    return start, end, "pb-" + slugify(name), name


_UNNAMED_GATES = WordGates(
    {
        _UNNAMED_EN: (
            *("customer", "client", "retailer", "carmaker", "automaker", "chipmaker", "operator", "manufacturer"),
            *("buyer", "hyperscaler", "oem", "contractor", "bank", "insurer", "utilit", "grocer", "provider"),
            *("compan", "airline", "distributor", "wholesaler"),
        ),
        _UNNAMED_FR: (
            *("client", "donneur", "constructeur", "distributeur", "opérateur", "industriel", "acheteur"),
            *("fabricant", "équipementier", "enseigne"),
        ),
        _UNNAMED_SECTOR: ("compan", "firm", "corporation", "conglomerate", "producer", "maker", "group"),
        _UNNAMED_FR_AFTER: ("client", "donneur"),
        _UNNAMED_FR_OWNED: ("client", "donneur"),
        _UNNAMED_BY_SHARE: ("customer", "client"),
        _UNNAMED_COUNTED: (
            *("customers", "clients", "retailers", "carmakers", "automakers", "airlines", "carriers", "operators"),
            *("utilities", "navies"),
        ),
        _UNNAMED_FOREIGN_FR: ("marine", "armée", "client", "compagnie", "opérateur"),
    }
)
"""The nouns one of which each description's every match holds, in lower case: a description is looked for only when
the folded story holds one of its nouns (session 22; the six patterns open on articles tried at every word)."""


def find_unnamed_parties(text: str, folded: str) -> list[tuple[int, int, str, str]]:
    """Return ``(start, end, id, name)`` of parties described but not named ("a large US retailer").

    The span covers the description without its determiner; the id is ``unnamed-`` and its slug.
    A description followed by a name ("its largest customer, Orvane") is no unnamed party.
    """
    found: list[tuple[int, int, str, str]] = []
    opened = _UNNAMED_GATES.open(folded)
    patterns = (
        _UNNAMED_EN,
        _UNNAMED_SECTOR,
        _UNNAMED_FR,
        _UNNAMED_FR_AFTER,
        _UNNAMED_FR_OWNED,
        _UNNAMED_BY_SHARE,
        _UNNAMED_COUNTED,
        _UNNAMED_FOREIGN_FR,
    )
    for pattern in patterns:
        for match in finditer_if(pattern, text, opened):
            if _NAME_AFTER_UNNAMED.match(text, match.end()):
                continue
            # the description without its determiner; a count opens its description, which is the whole match
            group = 1 if pattern.groups and match.group(1) is not None else 0
            start, end = match.span(group)
            if pattern is _UNNAMED_SECTOR and any(s < end and start < e for s, e, _, _ in found):
                continue  # "a leading tech company" read already
            name = match.group(0)
            found.append((start, end, "unnamed-" + slugify(text[start:end]), name))
    found.sort()
    return found
