"""Sentence templates for synthetic business news, in English and in French.

Every template is our own wording, in the register of wire and business-press copy. Slots:

* ``{a}`` the event's subject (buyer, investor, customer, the company valued, reporting or
  changing its leadership, first partner), ``{b}`` its object (target, vendor, second partner);
* ``{amount}``, ``{val}`` written amounts, ``{pct}`` a written percentage, ``{year}``;
* ``{person}`` the new holder of ``{role}``, ``{prev}`` the one leaving it;
* ``{day}`` a weekday, used for the dateline-style "said on Tuesday".

The roles follow :mod:`schemas.events`: for ``customer_*`` events the customer is ``{a}`` and the
vendor ``{b}``.
"""

from __future__ import annotations

from typing import Final

EVENT_SENTENCES: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "acquisition": {
        "en": (
            "{a} acquired {b} for {amount}.",
            "{a} has agreed to buy {b} in a deal worth {amount}, the companies said on {day}.",
            "{a} said on {day} it would acquire {b} for {amount} in cash.",
            "{a} completed its acquisition of {b} for {amount}.",
            "{a} agreed to take over {b} for {amount}, including debt.",
        ),
        "fr": (
            "{a} a racheté {b} pour {amount}.",
            "{a} a annoncé {day} l'acquisition de {b} pour {amount}.",
            "{a} met la main sur {b} pour {amount}.",
            "{a} a finalisé le rachat de {b} pour un montant de {amount}.",
            "{a} va acquérir {b} pour {amount}, dette comprise.",
        ),
    },
    "stake": {
        "en": (
            "{a} acquired a {pct} stake in {b} for {amount}.",
            "{a} has taken a {pct} stake in {b} in a deal worth {amount}.",
            "{a} agreed to buy a {pct} stake in {b} for {amount}, the companies said on {day}.",
            "{a} will pay {amount} for a {pct} stake in {b}.",
        ),
        "fr": (
            "{a} a acquis {pct} du capital de {b} pour {amount}.",
            "{a} prend une participation de {pct} dans {b} pour {amount}.",
            "{a} a annoncé {day} l'acquisition de {pct} du capital de {b} pour {amount}.",
            "{a} va débourser {amount} pour entrer à hauteur de {pct} au capital de {b}.",
        ),
    },
    "investment": {
        "en": (
            "{a} invested {amount} in {b}.",
            "{b} raised {amount} in a funding round led by {a}.",
            "{a} led a {amount} funding round in {b}, the start-up said on {day}.",
            "{a} is investing {amount} in {b} to expand its data centre capacity.",
        ),
        "fr": (
            "{a} a investi {amount} dans {b}.",
            "{b} a levé {amount} lors d'un tour de table mené par {a}.",
            "{a} a mené une levée de fonds de {amount} dans {b}, a indiqué la start-up {day}.",
            "{a} injecte {amount} dans {b} pour financer son expansion.",
        ),
    },
    "valuation": {
        "en": (
            "The deal values {a} at {val}.",
            "{a} is now valued at {val}, more than double its valuation a year ago.",
            "The funding round values {a} at {val}.",
            "{a} was valued at {val} in its latest funding round.",
        ),
        "fr": (
            "L'opération valorise {a} à {val}.",
            "{a} est désormais valorisée à {val}, soit plus du double d'il y a un an.",
            "Ce tour de table valorise {a} à {val}.",
            "{a} a été valorisée {val} lors de sa dernière levée de fonds.",
        ),
    },
    "revenue": {
        "en": (
            "{a} generated revenue of {amount} in {year}.",
            "{a} reported {amount} in revenue for {year}.",
            "{a} expects revenue to exceed {amount} in {year}.",
            "{a} posted sales of {amount} in {year}, up from the previous year.",
        ),
        "fr": (
            "{a} a réalisé un chiffre d'affaires de {amount} en {year}.",
            "{a} a généré environ {amount} de chiffre d'affaires en {year}.",
            "{a} prévoit de dépasser {amount} de chiffre d'affaires en {year}.",
            "Le chiffre d'affaires de {a} a atteint {amount} en {year}.",
        ),
    },
    "customer_start": {
        "en": (
            "{a} signed a multi-year contract with {b}.",
            "{a} has chosen {b} as its new supplier, in a contract worth {amount} a year.",
            "{b} won {a} as a customer, the company said on {day}.",
            "{a} signed a {amount} agreement with {b} to supply its data platform.",
        ),
        "fr": (
            "{a} a signé un contrat pluriannuel avec {b}.",
            "{a} a choisi {b} comme nouveau fournisseur, pour un contrat de {amount} par an.",
            "{b} a remporté un contrat auprès de {a}, a annoncé l'entreprise {day}.",
            "{a} a conclu un accord de {amount} avec {b} pour équiper ses équipes.",
        ),
    },
    "customer_continue": {
        "en": (
            "{a} said it would continue to work with {b}.",
            "{a} will keep working with {b}, its finance chief said on {day}.",
            "{a} renewed its contract with {b} for another three years.",
            "Despite the deal, {a} confirmed it would keep using {b}.",
        ),
        "fr": (
            "{a} a confirmé qu'elle continuerait de travailler avec {b}.",
            "{a} poursuivra sa collaboration avec {b}, a déclaré sa directrice financière {day}.",
            "{a} a renouvelé son contrat avec {b} pour trois ans.",
            "Malgré l'opération, {a} continuera de collaborer avec {b}.",
        ),
    },
    "customer_at_risk": {
        "en": (
            "{a}, {b}'s largest customer, is seeking to cut ties with the company.",
            "{a}, which pays {b} about {amount} a year, is reviewing its contract.",
            "{a}, the biggest client of {b}, plans to move its business to a rival.",
            "{a} is considering ending its relationship with {b}, people familiar with the matter said.",
        ),
        "fr": (
            "{a}, le plus gros client de {b}, cherche à rompre ses liens avec l'entreprise.",
            "{a}, qui verse environ {amount} par an à {b}, réexamine son contrat.",
            "{a}, premier client de {b}, envisage de confier ses commandes à un concurrent.",
            "Selon des sources proches du dossier, {a} songe à mettre fin à sa relation avec {b}.",
        ),
    },
    "customer_end": {
        "en": (
            "{a}, {b}'s biggest customer, ended its contract.",
            "{a} has terminated its contract with {b}, which was worth {amount} a year.",
            "{a}, the largest customer of {b}, stopped working with the company on {day}.",
            "{a} cancelled its {amount} contract with {b}.",
        ),
        "fr": (
            "{a}, le plus gros client de {b}, a mis fin à son contrat.",
            "{a} a résilié son contrat avec {b}, d'une valeur de {amount} par an.",
            "{a}, premier client de {b}, a cessé de travailler avec l'entreprise {day}.",
            "{a} a rompu son contrat de {amount} avec {b}.",
        ),
    },
    "leadership_change": {
        "en": (
            "{a} named {person} chief executive officer, replacing {prev}.",
            "{person} will succeed {prev} as {role} of {a}.",
            "{a} appointed {person} as {role}; {prev} is stepping down after six years.",
            "{prev} has left {a}, and {person} takes over as {role}, the company said on {day}.",
        ),
        "fr": (
            "{a} a nommé {person} au poste de {role}, en remplacement de {prev}.",
            "{person} succède à {prev} à la tête de {a}.",
            "{person} devient {role} de {a}, succédant à {prev}.",
            "{prev} quitte {a} ; {person} prend la relève en tant que {role}, a annoncé le groupe {day}.",
        ),
    },
    "partnership": {
        "en": (
            "{a} and {b} announced a strategic partnership.",
            "{a} has partnered with {b} to bring its models to enterprise customers.",
            "{a} and {b} signed a partnership agreement on {day}.",
            "{a} teamed up with {b} to develop chips for data centres.",
        ),
        "fr": (
            "{a} et {b} ont annoncé un partenariat stratégique.",
            "{a} s'associe à {b} pour proposer ses modèles aux grandes entreprises.",
            "{a} et {b} ont signé un accord de partenariat {day}.",
            "{a} a noué un partenariat avec {b} pour développer des puces destinées aux centres de données.",
        ),
    },
}

HEADLINES: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "acquisition": {
        "en": ("{a} to buy {b} for {amount}", "{a} snaps up {b} in {amount} deal", "{a} agrees {b} takeover"),
        "fr": ("{a} rachète {b} pour {amount}", "{a} s'offre {b}", "{a} met la main sur {b}"),
    },
    "stake": {
        "en": ("{a} takes {pct} stake in {b}", "{a} buys into {b} in {amount} deal"),
        "fr": ("{a} prend {pct} de {b}", "{a} entre au capital de {b}"),
    },
    "investment": {
        "en": ("{b} raises {amount} from {a}", "{a} backs {b} with {amount}"),
        "fr": ("{b} lève {amount} auprès de {a}", "{a} mise {amount} sur {b}"),
    },
    "valuation": {
        "en": ("{a} valued at {val}", "{a} valuation climbs to {val}"),
        "fr": ("{a} valorisée {val}", "La valorisation de {a} grimpe à {val}"),
    },
    "revenue": {
        "en": ("{a} revenue reaches {amount}", "{a} posts {amount} in sales"),
        "fr": ("{a} affiche {amount} de chiffre d'affaires", "Les ventes de {a} atteignent {amount}"),
    },
    "customer_start": {
        "en": ("{a} signs with {b}", "{b} lands {a} as a customer"),
        "fr": ("{a} signe avec {b}", "{b} décroche un contrat avec {a}"),
    },
    "customer_continue": {
        "en": ("{a} sticks with {b}", "{a} to keep working with {b}"),
        "fr": ("{a} reste fidèle à {b}", "{a} maintient sa collaboration avec {b}"),
    },
    "customer_at_risk": {
        "en": ("{a} weighs cutting ties with {b}", "{b} at risk of losing {a}"),
        "fr": ("{a} prend ses distances avec {b}", "{b} menacée de perdre {a}"),
    },
    "customer_end": {
        "en": ("{a} drops {b}", "{b} loses {a} as a customer"),
        "fr": ("{a} lâche {b}", "{b} perd son client {a}"),
    },
    "leadership_change": {
        "en": ("{a} names {person} as {role}", "{prev} steps down at {a}"),
        "fr": ("{person} prend la tête de {a}", "{a} change de {role}"),
    },
    "partnership": {
        "en": ("{a} and {b} join forces", "{a} partners with {b}"),
        "fr": ("{a} et {b} s'allient", "{a} noue un partenariat avec {b}"),
    },
    "none": {
        "en": ("{a} shares move as investors weigh outlook", "What {a}'s strategy means for the sector"),
        "fr": ("{a} : les investisseurs s'interrogent", "Ce que la stratégie de {a} change pour le secteur"),
    },
}

FILLER_SENTENCES: Final[dict[str, tuple[str, ...]]] = {
    "en": (
        "Shares of {a} were little changed in early trading.",
        "Analysts said the move reflects growing pressure to secure computing capacity.",
        "The company did not respond to a request for comment.",
        "Competition in the sector has intensified over the past two years.",
        "Investors have been watching the industry closely since the start of {year}.",
        "{a} has expanded rapidly in Europe and Asia, opening offices in Paris and Singapore.",
        "Executives told analysts on a call that demand remained strong despite higher interest rates.",
        "Regulators in Brussels and Washington have stepped up scrutiny of large technology groups.",
        "The market for enterprise software has slowed as customers review their budgets.",
        "Several rivals are expected to announce results in the coming weeks.",
        "People familiar with the matter said talks had been going on for several months.",
        "The announcement comes as the industry races to build ever larger models.",
        "{a} employs about 4,000 people worldwide, according to its latest annual report.",
        "Supply chains have largely recovered from the disruptions of recent years.",
        "Some investors questioned whether the strategy would pay off in the short term.",
        "Founded a decade ago, {a} started as a small consultancy before moving into software.",
        "The group said it would give more details at its investor day in the autumn.",
        "Labour costs and energy prices remain the main concerns for European manufacturers.",
        "Trading volumes were higher than usual ahead of the announcement.",
        "Industry observers expect further consolidation among mid-sized players.",
        "The company has said it intends to remain independent and keep its headquarters in place.",
        "Its chief financial officer declined to give guidance beyond the current quarter.",
        "A spokesperson for {a} said the group was focused on execution.",
        "Customers have been asking for tools that fit into their existing workflows.",
        "The sector attracted record venture funding last year, according to industry data.",
    ),
    "fr": (
        "L'action de {a} évoluait peu en début de séance.",
        "Selon les analystes, cette décision traduit la pression croissante pour sécuriser des capacités de calcul.",
        "L'entreprise n'a pas souhaité faire de commentaire.",
        "La concurrence s'est nettement intensifiée dans le secteur au cours des deux dernières années.",
        "Les investisseurs suivent le secteur de près depuis le début de l'année {year}.",
        "{a} s'est développée rapidement en Europe et en Asie, avec des bureaux à Paris et à Singapour.",
        "Les dirigeants ont assuré aux analystes que la demande restait soutenue malgré la hausse des taux.",
        "Bruxelles et Washington ont renforcé leur surveillance des grands groupes technologiques.",
        "Le marché des logiciels d'entreprise ralentit, les clients revoyant leurs budgets.",
        "Plusieurs concurrents doivent publier leurs résultats dans les prochaines semaines.",
        "Selon des sources proches du dossier, les discussions duraient depuis plusieurs mois.",
        "L'annonce intervient alors que le secteur se lance dans une course à des modèles toujours plus grands.",
        "{a} emploie environ 4 000 personnes dans le monde, selon son dernier rapport annuel.",
        "Les chaînes d'approvisionnement se sont largement remises des perturbations des dernières années.",
        "Certains investisseurs doutent que cette stratégie porte ses fruits à court terme.",
        "Fondée il y a une dizaine d'années, {a} était à l'origine un petit cabinet de conseil.",
        "Le groupe a indiqué qu'il donnerait davantage de détails lors de sa journée investisseurs à l'automne.",
        "Le coût du travail et les prix de l'énergie restent les principales préoccupations des industriels européens.",
        "Les volumes d'échanges étaient plus élevés qu'à l'accoutumée avant l'annonce.",
        "Les observateurs du secteur s'attendent à de nouveaux rapprochements entre acteurs de taille moyenne.",
        "L'entreprise affirme vouloir rester indépendante et conserver son siège.",
        "Son directeur financier s'est refusé à tout objectif au-delà du trimestre en cours.",
        "Un porte-parole de {a} a indiqué que le groupe restait concentré sur l'exécution.",
        "Les clients réclament des outils qui s'intègrent à leurs processus existants.",
        "Le secteur a attiré un montant record de capital-risque l'an dernier, selon les données du secteur.",
    ),
}

WEEKDAYS: Final[dict[str, tuple[str, ...]]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi"),
}

ROLES: Final[dict[str, tuple[str, ...]]] = {
    "en": ("chief executive", "CEO", "chief financial officer"),
    "fr": ("PDG", "directeur général", "directeur financier"),
}

SOURCES: Final[dict[str, tuple[str, ...]]] = {
    "en": ("Business Wire Digest", "Market Ledger", "The Deal Desk", "Tech Capital Times"),
    "fr": ("Le Fil Éco", "La Gazette des Affaires", "Journal de la Tech", "Capital Hebdo"),
}

FIRST_NAMES: Final[tuple[str, ...]] = (
    "Alice", "Marc", "Sofia", "Jonas", "Claire", "David", "Nadia", "Thomas", "Elena", "Hugo",
    "Priya", "Lucas", "Maria", "Kenji", "Julie", "Omar", "Laura", "Pierre", "Anna", "Samuel",
)  # fmt: skip
LAST_NAMES: Final[tuple[str, ...]] = (
    "Martin", "Keller", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Rossi", "Bernard", "Novak", "Dupont",
    "Fischer", "Garcia", "Lefèvre", "Hansen", "Mehta", "Laurent", "Weber", "Costa", "Girard", "Schmidt",
)  # fmt: skip

UNKNOWN_NAME_PARTS: Final[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = (
    ("Vel", "Nor", "Qua", "Tor", "Lumi", "Ar", "Syn", "Ober", "Cal", "Zen", "Mira", "Opt"),
    ("trix", "vana", "lis", "dex", "nova", "ient", "thos", "grid", "ora", "pulse", "sense", "loop"),
    ("Labs", "Systems", "Analytics", "Robotics", "Health", "Energy", "Data", "Networks", "Technologies", "Capital"),
)
