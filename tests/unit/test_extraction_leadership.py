"""Leadership changes as reporters write them: each phrasing gives exactly the changes it states.

Sentences written for these tests (none copied from an article). Each case lists every
``leadership_change`` the text must give, as (company id, person, role, previous person); a
person the text does not make a company's leader must never appear.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from schemas import NewsItem
from schemas.news import Language
from streams.extraction import extract

Change = tuple[str | None, str | None, str | None, str | None]
PUBLISHED = datetime(2024, 5, 14, 7, 30, tzinfo=UTC)

CASES: list[tuple[str, str, list[Change]]] = [
    # Several people in one story: outgoing, interim, chair.
    (
        "en-interim-and-chair",
        "Airbus said Tom Enders has left his post as chief executive. Until a permanent pick is made, "
        "finance chief Jane Roe will act as interim CEO. Paul Hart, a long-time director, takes over as "
        "chairman of the board.",
        [("airbus", "Jane Roe", "CEO", "Tom Enders"), ("airbus", "Paul Hart", "chair", None)],
    ),
    # "Y's board picked X to succeed Z as CEO": Z is the leaver, never a newcomer.
    (
        "en-picked-to-succeed",
        "Danone's board has picked one of its own, Nina Roe, to succeed Paul Hart as chief executive.",
        [("danone", "Nina Roe", "CEO", "Paul Hart")],
    ),
    # "his successor as CEO will be Y", the leaver named by "his".
    (
        "en-his-successor-will-be",
        "Mr Paul Hart will give up the chief executive's post at Danone next spring. His successor as "
        "chief executive will be Mr Victor Lane, the head of its dairy unit.",
        [("danone", "Victor Lane", "CEO", "Paul Hart")],
    ),
    # A company first named with its initials ("post at KR Orvane"), later without them: one company.
    (
        "en-initials-then-short-name",
        "Paul Hart will give up the chief executive's post at KR Orvane in June. His successor as chief "
        "executive will be Nina Roe. Under him Orvane's sales doubled.",
        [("kr-orvane", "Nina Roe", "CEO", "Paul Hart")],
    ),
    # A co-CEO named next to a founder who stays: the co-holder's own titles and dates are no change.
    (
        "fr-co-ceo-aux-cotes-de",
        "Chez Danone, Marc Lenoir vient d'être nommé co-CEO aux côtés de Jean Clédat, cofondateur et CEO depuis 2015.",
        [("danone", "Marc Lenoir", "CEO", None)],
    ),
    (
        "en-co-ceo-alongside",
        "Danone has named Mark Lenoir co-chief executive alongside John Clay, co-founder and CEO since 2015.",
        [("danone", "Mark Lenoir", "CEO", None)],
    ),
    # A company named by its nationality is the last company of that country the story named.
    (
        "fr-le-groupe-japonais",
        "Renault travaille depuis des années avec Nissan. Les liens se sont distendus, le groupe japonais ayant "
        "lui-même écarté Paul Hart de sa présidence.",
        [("nissan", None, "chair", "Paul Hart")],
    ),
    (
        "en-the-japanese-carmaker",
        "Renault has long worked with Nissan. Ties have frayed since the Japanese carmaker removed Paul Hart as "
        "chairman.",
        [("nissan", None, "chair", "Paul Hart")],
    ),
    # A department's chief who follows the leaver to another company is not that company's CEO.
    (
        "en-sales-chief-followed",
        "Airbus shares fell. Paul Hart left in March to run Danone, and sales chief John Doe joined him there.",
        [("danone", "Paul Hart", "CEO", None)],
    ),
    # "X's job will go to Y": the leaver's title, known from elsewhere in the story.
    (
        "en-job-will-go-to",
        "Danone said chairman Paul Hart will retire in May and hand over to chief executive Nina Roe. "
        "Roe's own job will go to Victor Lane, who runs Danone's waters business.",
        [("danone", "Nina Roe", "chair", "Paul Hart"), ("danone", "Victor Lane", "CEO", "Nina Roe")],
    ),
    # "X to step down; Y will replace him" across sentences: the leaver is the appointee's predecessor.
    (
        "en-resign-then-interim",
        "Danone said CFO Paul Hart will resign at the end of June. Nina Roe, head of treasury, will be "
        "interim CFO while the board looks for a successor.",
        [("danone", "Nina Roe", "CFO", "Paul Hart")],
    ),
    # A leaver going to another company: the company left is the story's, not the destination.
    (
        "en-depart-for-rival",
        "Danone shares fell after the food group said chief financial officer Paul Hart would depart "
        "at the end of the year for Orvane, a start-up.",
        [("danone", None, "CFO", "Paul Hart")],
    ),
    # A person leaving company A to run B is one event at each company.
    (
        "en-left-to-run",
        "Danone has been without a boss since its former CEO Paul Hart left in May to run Nestlé.",
        [("danone", None, "CEO", "Paul Hart"), ("nestle", "Paul Hart", "CEO", None)],
    ),
    # Apposition with "the new": the title and the name side by side only.
    (
        "en-the-new-ceo-apposition",
        "Nina Roe, the new chief executive of Danone, met analysts on Monday.",
        [("danone", "Nina Roe", "CEO", None)],
    ),
    # "the new CEO" naming nobody, and a CEO of another company quoted: no event at all.
    (
        "en-new-ceo-names-nobody",
        "Paul Hart, chief executive of Orvane, said he was curious to see what plan the new CEO of Danone would set.",
        [],
    ),
    # A career step dated years before the story is biography, not news.
    (
        "en-biography",
        "Danone said on Monday that sales rose. Paul Hart became chief executive in 1979.",
        [],
    ),
    # A one-word company that opens a name whose surname the story uses alone is a person.
    (
        "en-company-first-name",
        "Danone is negotiating to bring in Harvey Stone as its chief executive. Stone declined to comment.",
        [("danone", "Harvey Stone", "CEO", None)],
    ),
    # French: "est nommé", "prend la présidence du directoire", "à la place de".
    (
        "fr-prend-la-presidence-du-directoire",
        "Chez Safran, Claire Morel prendra la présidence du directoire le 1er mars, à la place de Marc Petit.",
        [("safran", "Claire Morel", "CEO", "Marc Petit")],
    ),
    # A board as the subject: the company is the story's, not one named in a preposed phrase.
    (
        "fr-le-conseil-a-designe",
        "Safran change de président. Après l'entrée de Dongfeng au capital, le conseil de surveillance "
        "a désigné son nouveau président : Claire Morel. Safran a salué ce choix.",
        [("safran", "Claire Morel", "chair", None)],
    ),
    # "préside désormais le conseil": the story's chair.
    (
        "fr-preside-le-conseil",
        "Safran réorganise sa direction. L'administrateur référent Marc Petit préside désormais le conseil.",
        [("safran", "Marc Petit", "chair", None)],
    ),
    # "a désigné X pour le remplacer": the newcomer takes the leaver's title.
    (
        "fr-pour-le-remplacer",
        "Safran a annoncé que son directeur financier, Marc Petit, allait quitter le groupe, et a désigné "
        "Claire Morel pour le remplacer.",
        [("safran", "Claire Morel", "CFO", "Marc Petit")],
    ),
    # "X, partie prendre la présidence-direction générale de Y": a participle clause.
    (
        "fr-partie-prendre",
        "Le conseil de Safran l'a choisi pour succéder à Claire Morel, partie prendre la "
        "présidence-direction générale de Thales.",
        [("thales", "Claire Morel", "CEO", None)],
    ),
    # A person whose surname is a company ("Thierry Bolloré") is a person, and a name after "de" is no subject.
    (
        "fr-surname-company-and-governed-name",
        "Chez Renault, Thierry Bolloré, bras droit de Carlos Ghosn, devient directeur général.",
        [("renault", "Thierry Bolloré", "CEO", None)],
    ),
    # A deputy named CEO in the same story: one change, to CEO.
    (
        "fr-deputy-then-ceo",
        "Engie a officialisé l'arrivée de Claire Morel à sa direction générale. Claire Morel avait été "
        "nommée directrice générale déléguée d'Engie l'an dernier.",
        [("engie", "Claire Morel", "CEO", None)],
    ),
    # A contender in a race: a rumour, for the title before the name.
    (
        "fr-fait-figure-de-favori",
        "Orange cherche un président. Pour la présidence d'Orange, Marc Petit fait figure de grand favori.",
        [("orange", "Marc Petit", "chair", None)],
    ),
    # A candidate described by her job at another company: no event at that company.
    (
        "fr-aside-company-is-no-event",
        "Orange doit choisir son futur patron lundi. Claire Morel, qui pilote Schneider Electric en "
        "Europe, fait figure de favorite.",
        [],
    ),
    # The post a board is about to fill, named the sentence before; the favourite's own employer is no event.
    (
        "fr-favorite-for-pending-post",
        "Le conseil d'administration d'Orange doit désigner lundi son futur dirigeant opérationnel. Claire Morel, "
        "qui pilote Schneider Electric en Europe, fait figure de favorite.",
        [("orange", "Claire Morel", "CEO", None)],
    ),
    # "quittant le groupe": the story's company.
    (
        "fr-quittant-le-groupe",
        "Airbus cherche un directeur financier. Le directeur financier Marc Petit part pour SAP, Marc Petit "
        "quittant le groupe après les comptes annuels.",
        [("airbus", None, "CFO", "Marc Petit")],
    ),
    # The vacancy named in the sentence before: "vied to replace chief executive X. The board picked Y."
    (
        "en-vacancy-then-picked",
        "Three insiders vied to replace chief executive Paul Hart at Danone. The board instead picked "
        "47-year-old Andrew Stone after a drawn-out search.",
        [("danone", "Andrew Stone", "CEO", "Paul Hart")],
    ),
    # A co-founder of A named in a story about B is no event at A, nor at B.
    (
        "en-cofounder-of-other-company",
        "Microsoft named Satya Nadella CEO. LinkedIn co-founder Reid Hoffman, a Microsoft director, "
        "praised the choice.",
        [("microsoft", "Satya Nadella", "CEO", None)],
    ),
    (
        "en-speaker-cofounder",
        "Reid Hoffman, who co-founded LinkedIn, said Microsoft has named a new chief executive, Satya Nadella.",
        [("microsoft", "Satya Nadella", "CEO", None)],
    ),
    # A previous employer is never the company of the change, even when the new one is unknown.
    (
        "en-former-employer",
        "Former Google executive Jane Roe becomes CEO of Orvane.",
        [("orvane", "Jane Roe", "CEO", None)],
    ),
    (
        "en-joins-as",
        "Jane Roe, who ran Google's ad business, joins Microsoft as chief executive.",
        [("microsoft", "Jane Roe", "CEO", None)],
    ),
    # Phrasings of the brief, in our own words.
    ("en-takes-the-helm", "Nina Roe takes the helm at Danone on Monday.", [("danone", "Nina Roe", "CEO", None)]),
    (
        "en-will-replace-him",
        "Danone said Paul Hart will step down in June. Nina Roe will replace him.",
        [("danone", "Nina Roe", None, "Paul Hart")],
    ),
    (
        "en-who-has-led-will-retire",
        "Paul Hart, who has led Danone since 2015, will retire next year.",
        [("danone", None, "CEO", "Paul Hart")],
    ),
    (
        "en-successor-after-semicolon",
        "Paul Hart will step down as Danone's chief executive; his successor will be Nina Roe.",
        [("danone", "Nina Roe", "CEO", "Paul Hart")],
    ),
    (
        "fr-cede-son-fauteuil",
        "Marc Petit cède son fauteuil de PDG de Safran à Claire Morel.",
        [("safran", "Claire Morel", "CEO", "Marc Petit")],
    ),
    (
        "fr-lui-succede",
        "Safran a annoncé le départ de son PDG Marc Petit. Claire Morel lui succède.",
        [("safran", "Claire Morel", "CEO", "Marc Petit")],
    ),
    ("fr-prend-les-renes", "Claire Morel prend les rênes de Safran.", [("safran", "Claire Morel", "CEO", None)]),
    (
        "fr-nouvelle-dirigeante",
        "Safran a choisi Claire Morel comme nouvelle dirigeante.",
        [("safran", "Claire Morel", "CEO", None)],
    ),
    (
        "en-now-coo-takes-over",
        "Danone CEO Paul Hart retires at year-end; Nina Roe, now COO, takes over on January 1.",
        [("danone", "Nina Roe", "CEO", "Paul Hart")],
    ),
    (
        "fr-remplace-ad-interim-par-le-coo",
        "Chez Safran, le précédent CEO Marc Petit a été débarqué et remplacé ad intérim par le COO Claire Morel.",
        [("safran", "Claire Morel", "CEO", "Marc Petit")],
    ),
    # The leaver's destination is no company of the newcomer.
    (
        "fr-elle-succede-partie-chez",
        "Depuis le 1er mars, Claire Morel dirige Safran ; elle succède à Marc Petit, partie chez Thales.",
        [("safran", "Claire Morel", "CEO", "Marc Petit")],
    ),
    (
        "fr-demission-du-dg",
        "Le président de Safran annonce la démission du DG Marc Petit et le remplace par intérim.",
        [("safran", None, "CEO", "Marc Petit")],
    ),
    # Candidates: the leaver's exit is decided, nobody is named leader.
    (
        "en-candidates-to-replace",
        "Danone is interviewing inside and outside candidates to replace Paul Hart.",
        [("danone", None, None, "Paul Hart")],
    ),
    (
        "en-would-succeed",
        "Danone said Nina Roe would succeed Paul Hart as chief executive.",
        [("danone", "Nina Roe", "CEO", "Paul Hart")],
    ),
    # "as interim chief" pairs with the name right before it, never the one ousted.
    (
        "en-ousted-and-named-as-interim",
        "Danone ousted chief executive Paul Hart on Friday and named board member Nina Roe as interim chief.",
        [("danone", "Nina Roe", "CEO", "Paul Hart")],
    ),
    (
        "fr-prendra-ses-fonctions-de",
        "Claire Morel prendra ses fonctions de directrice générale de Safran le 1er septembre.",
        [("safran", "Claire Morel", "CEO", None)],
    ),
    # "replaced X with Y": the leaver after the verb, the newcomer after "with".
    (
        "en-replaced-with",
        "Danone in August replaced CEO Paul Hart, who led the company for eight years, with veteran Nina Roe.",
        [("danone", "Nina Roe", "CEO", "Paul Hart")],
    ),
    # The newcomer's employer named before her is no company of the change.
    (
        "en-replaced-with-rival-head",
        "The food group replaced Paul Hart with Nestlé head Nina Roe as its CEO in August. Danone shares rose.",
        [],
    ),
    # Two names for one plural title.
    (
        "en-co-ceos",
        "Danone CEO Paul Hart stepped down on Dec. 1. The company appointed CFO Nina Roe and senior executive "
        "Ann Lee as interim co-CEOs.",
        [("danone", "Ann Lee", "CEO", "Paul Hart"), ("danone", "Nina Roe", "CEO", "Paul Hart")],
    ),
    (
        "en-replaced-by-an-insider",
        "Paul Hart is retiring from Danone after 37 years, and he is replaced by an insider, Nina Roe.",
        [("danone", "Nina Roe", None, "Paul Hart")],
    ),
    (
        "en-board-fired",
        "OpenAI's board fired chief executive Sam Altman on Friday; Microsoft CEO Satya Nadella later said "
        "Altman would join Microsoft.",
        [("openai", None, "CEO", "Sam Altman")],
    ),
    # Nobody succeeds themself.
    (
        "en-returned-as",
        "Sam Altman returned as CEO of OpenAI days after being fired.",
        [("openai", "Sam Altman", "CEO", None)],
    ),
    # A succession spoken of: the leader leaves, whoever follows.
    (
        "fr-le-successeur-de",
        "Orange : le successeur de Marc Petit attendra vendredi. Le conseil d'Orange devait se réunir hier.",
        [("orange", None, None, "Marc Petit")],
    ),
    (
        "en-named-as-successor-to",
        "Nina Roe was named as a successor to Paul Hart at Danone.",
        [("danone", "Nina Roe", None, "Paul Hart")],
    ),
    # An untracked title next to a leaver "sur le départ" is no leadership change.
    (
        "fr-directeur-sportif-sur-le-depart",
        "« Nous sommes ravis », s'est félicité le directeur sportif sur le départ, Luc Blanc, de Safran.",
        [],
    ),
    # "révoqué X de son mandat de directeur général délégué": a deputy leaves, nobody named.
    (
        "fr-revoque-deputy",
        "La semaine dernière, Soitec a révoqué Marc Petit de son mandat de directeur général délégué.",
        [("soitec", None, "deputy CEO", "Marc Petit")],
    ),
    # A lead independent director speaks for the outside directors: no chair, no change; the CEO only talks.
    (
        "en-lead-director-is-no-chair",
        'Danone named Nina Roe lead independent director of its board. "She knows governance," chief '
        "executive Paul Hart said.",
        [],
    ),
    # A former title and a current one are the person's own, not the one given: only the contrasted DG changes.
    (
        "fr-ancien-pdg-actuel-president",
        "Le conseil de Danone se réunit mercredi. Selon la presse, Jean Clédat, ancien PDG de Renault et actuel "
        "président du conseil de Danone, deviendrait "
        "président non exécutif, tandis que Marc Lenoir serait nommé directeur général.",
        [("danone", "Marc Lenoir", "CEO", None)],
    ),
    # "choisi de" + infinitive is a decision on the governance, not a choice of person.
    (
        "fr-choisi-de-dissocier",
        "Danone a annoncé le départ de son PDG, Jean Clédat, le conseil ayant choisi de dissocier les "
        "fonctions de président et de directeur général.",
        [("danone", None, "CEO", "Jean Clédat")],
    ),
    # A relative clause describing who chairs a shareholder; a founder is never appointed founder.
    (
        "fr-que-preside-fondateur",
        "Il représente au conseil la holding qui contrôle Danone et que préside Marc Lenoir, fondateur du groupe.",
        [],
    ),
    # A nominal appointment with a purpose infinitive: the name before "pour", never the quoted chair.
    (
        "fr-designation-pour-assurer",
        "Paul Martin, président de Danone, ne sait pas quand un DG sera choisi, au lendemain de la désignation "
        "de Marie Roux pour assurer la direction générale par intérim.",
        [("danone", "Marie Roux", "CEO", None)],
    ),
    # The title before the verb, the newcomer after it.
    (
        "fr-presidence-reviendra-a",
        "Danone sépare les fonctions de président et de directeur général. La présidence reviendra à Marie Roux, "
        "administratrice depuis deux ans.",
        [("danone", "Marie Roux", "chair", None)],
    ),
    (
        "en-post-will-go-to",
        "Danone said the chief executive post will go to Nina Roe in June.",
        [("danone", "Nina Roe", "CEO", None)],
    ),
    # A director leaving the board is no leader's exit, whatever title the story gives him elsewhere.
    (
        "en-stepped-down-from-the-board",
        "Paul Hart, a partner at an investment fund, has stepped down from the board of Danone. Danone's chief "
        "executive Nina Roe thanked him.",
        [],
    ),
    # An arrival told as background in an aside on a quoted leader's name is no news.
    (
        "en-who-was-named-in-january",
        "Paul Hart, who was named chief executive of Danone in January, told analysts that margins would improve.",
        [],
    ),
    (
        "en-who-became-ceo-last-year",
        '"Demand is holding up," said Nina Roe, who became Airbus chief executive last year.',
        [],
    ),
    (
        "fr-nomme-en-janvier",
        "Marie Roux, nommée directrice générale de Danone en janvier, a présenté mardi un plan d'économies.",
        [],
    ),
    # A tenure is no change; a title of a unit is no company leadership.
    ("fr-dirige-depuis", "Marie Roux dirige Danone depuis 2019 et vise une croissance de 5 %.", []),
    ("en-ceo-of-its-division", "Airbus appointed Nina Roe chief executive of its helicopters division.", []),
    ("fr-dg-de-sa-filiale", "Danone a nommé Marie Roux directrice générale de sa filiale espagnole.", []),
    # A demand for a departure is none; an elected office heads no company.
    ("fr-reclame-le-depart", "Le fonds activiste Elliott réclame le départ du PDG de Danone, Paul Hart.", []),
    ("fr-elue-presidente-de-region", "Marie Roux a été élue présidente de la région Bretagne dimanche.", []),
    # The title after "pour prendre" is the next job's, not the one left.
    (
        "fr-quittera-pour-prendre",
        "Marie Roux quittera Airbus pour prendre la direction générale de Danone en septembre.",
        [("airbus", None, None, "Marie Roux"), ("danone", "Marie Roux", "CEO", None)],
    ),
    # ", and Jane Roe will become CEO": the newcomer is the second clause's subject, not the leaver.
    (
        "en-comma-and-newcomer-clause",
        "Danone said chief executive Paul Hart will step down, and Nina Roe will become interim CEO while the "
        "company looks for a successor.",
        [("danone", "Nina Roe", "CEO", "Paul Hart")],
    ),
    # A capitalised title opening the sentence is no part of the name.
    (
        "en-title-word-before-name",
        "Airbus chief executive Paul Hart left at once. Director Nina Roe was named interim CEO.",
        [("airbus", "Nina Roe", "CEO", "Paul Hart")],
    ),
    # A title at another organisation, or at a regional unit, is no change at the company.
    (
        "en-chair-of-a-trade-body",
        "Nina Roe, Danone's chief executive, will become chair of the trade body FoodDrinkEurope.",
        [],
    ),
    ("en-ceo-of-regional-unit", "Danone named Nina Roe chief executive of Danone North America.", []),
    # The one replaced is never the subject of "to become".
    (
        "en-succeeding-to-become",
        "Nina Roe is succeeding Paul Hart to become the new chief executive of Danone, the company said.",
        [("danone", "Nina Roe", "CEO", "Paul Hart")],
    ),
    # "promoted its COO X to chief executive": the title after "to" is the new one.
    (
        "en-promoted-coo-to-ceo",
        "Danone has promoted its chief operating officer Nina Roe to chief executive.",
        [("danone", "Nina Roe", "CEO", None)],
    ),
    (
        "fr-demis-de-ses-fonctions",
        "Le directeur général de Danone, Paul Hart, a été démis de ses fonctions mardi.",
        [("danone", None, "CEO", "Paul Hart")],
    ),
    # A capitalised title of several words stays a title ("Chief Executive Officer Paul Hart").
    (
        "en-capitalised-full-title",
        "Danone's Chief Executive Officer Paul Hart resigned on Tuesday, and Nina Roe succeeded him, the company said.",
        [("danone", "Nina Roe", "CEO", "Paul Hart")],
    ),
    # A leader as the setting of another fact, or a title-only reference, names nobody.
    (
        "en-under-new-ceo",
        "Paul Hart got the number-two post at Danone in the spring under new chief executive Nina Roe.",
        [],
    ),
    (
        "en-the-recently-appointed-ceo",
        "Besides Hart, the inner circle includes strategy chief Nina Roe and finance director Tom Lee, the only "
        "division heads close to Danone's recently appointed CEO.",
        [],
    ),
    # A post at a regional unit named after the company ("Danone Europe") is the unit's.
    (
        "en-regional-unit-company",
        "Danone said Nina Roe will be promoted to chief operating officer for Danone Europe, reporting to Paul Hart.",
        [],
    ),
    (
        "en-leave-to-become",
        "Nina Roe will leave Airbus to become chief executive of Danone in September.",
        [("airbus", None, None, "Nina Roe"), ("danone", "Nina Roe", "CEO", None)],
    ),
    # A successor in the next sentence takes the title the departure left.
    (
        "en-will-take-over-next-sentence",
        "Danone chief executive Paul Hart will retire at the end of the year. Nina Roe, currently chief operating "
        "officer, will take over on January 1.",
        [("danone", "Nina Roe", "CEO", "Paul Hart")],
    ),
    (
        "fr-assure-l-interim-phrase-suivante",
        "Danone a limogé son directeur général Paul Hart. Marie Roux assure l'intérim.",
        [("danone", "Marie Roux", "CEO", "Paul Hart")],
    ),
    # The newcomer's current employer, in an aside, is not the company of the new post.
    (
        "fr-actuel-dg-de-la-filiale",
        "Danone a annoncé jeudi un changement de dirigeant. Le conseil de surveillance de Danone a désigné Marie "
        "Roux, actuelle directrice générale d'Airbus, à la présidence du directoire, à la place de Paul Hart.",
        [("danone", "Marie Roux", "CEO", "Paul Hart")],
    ),
    # A director leaving the board, described by a former title elsewhere, leaves no leader's post.
    (
        "fr-administrateur-quitte-le-conseil",
        "Danone a confirmé que l'administrateur Paul Hart, ancien patron d'Airbus, quitte le conseil.",
        [],
    ),
    # "and that X would run the company": the name before the verb runs it; the leaver never re-takes the title.
    (
        "en-and-that-would-run",
        "Airbus said that chief executive Tom Enders had resigned and that its finance chief, Jane Roe, would "
        "run the company while the board searches. He becomes the third Airbus boss to leave early.",
        [("airbus", "Jane Roe", "CEO", "Tom Enders")],
    ),
    # A former title in apposition names the newcomer's old employer, never the company of the change.
    (
        "en-former-chief-of-another-as-interim",
        "Danone said its chief executive Tom Enders had quit. The board has appointed Paul Hart, the former "
        "chief executive of Airbus, as interim CEO.",
        [("danone", "Paul Hart", "CEO", "Tom Enders")],
    ),
    # "<employer> executive <name>": the employer, known or not, is no person (nor the successor).
    (
        "en-unknown-employer-before-title",
        "Danone said chief executive Paul Hart will step down next year and be replaced by Orbitex Holdings "
        "executive Nina Roe.",
        [("danone", "Nina Roe", "CEO", "Paul Hart")],
    ),
    # A previous title in apposition to the one replaced is his, not the one the newcomer takes.
    (
        "en-previous-title-of-the-replaced",
        "Paul Hart will take over as chairman of Airbus, replacing Tom Enders, the company's previous CEO.",
        [("airbus", "Paul Hart", "chair", "Tom Enders")],
    ),
    # "Il" opening a sentence stands for the newcomer the sentence before named as its subject.
    (
        "fr-il-succede-au-sujet-nomme",
        "Marc Lenoir, 52 ans, a été nommé directeur général de Danone, où il travaillera avec la présidente "
        "Claire Dubois. Il succède à Jean Clédat.",
        [("danone", "Marc Lenoir", "CEO", "Jean Clédat")],
    ),
    # Handing over "the top job" / "the baton" / "les rênes": the leaver's title goes to the name after.
    (
        "en-hand-the-top-job-to",
        "Paul Hart, who has run Danone for ten years, will retire next March and hand the top job to Nina Roe, "
        "head of its dairy arm.",
        [("danone", "Nina Roe", "CEO", "Paul Hart")],
    ),
    (
        "en-pass-the-baton-to",
        "Danone said chief executive Paul Hart will step down and pass the baton to finance chief Nina Roe.",
        [("danone", "Nina Roe", "CEO", "Paul Hart")],
    ),
    (
        "fr-cede-les-renes-a",
        "Jean Clédat, PDG de Danone, cède les rênes à Marc Lenoir.",
        [("danone", "Marc Lenoir", "CEO", "Jean Clédat")],
    ),
    # Passive namings: "was announced as", "was made" (an interim made permanent).
    (
        "en-was-announced-as",
        "Nina Roe, a senior vice president at Danone, was announced as the company's new chief executive.",
        [("danone", "Nina Roe", "CEO", None)],
    ),
    (
        "en-interim-made-permanent",
        "Airbus said Jane Roe, who has been interim CEO since March, was made permanent chief executive on Monday.",
        [("airbus", "Jane Roe", "CEO", None)],
    ),
    (
        "fr-en-remplacement-de",
        "Danone a annoncé la nomination de Marc Lenoir au poste de directeur général, en remplacement de Jean Clédat.",
        [("danone", "Marc Lenoir", "CEO", "Jean Clédat")],
    ),
    # A succession opened for a named leader: his exit, no successor yet.
    (
        "fr-procedure-de-succession",
        "Danone a lancé la procédure de succession de son directeur général, Jean Clédat, qui souhaite quitter "
        "le groupe.",
        [("danone", None, "CEO", "Jean Clédat")],
    ),
    # A rumoured move to a company described before its name.
    (
        "fr-pressenti-pour-prendre-les-renes",
        "Le directeur général de Renault, Luca Moretti, va quitter le groupe. Il est pressenti pour prendre les "
        "rênes du géant du luxe Kering.",
        [("renault", None, "CEO", "Luca Moretti"), ("kering", "Luca Moretti", "CEO", None)],
    ),
    # A board representative replaced is a director, not a leader.
    (
        "fr-representante-permanente-au-conseil",
        "Marie Dubois devient représentante permanente de l'État au conseil d'administration de Danone, où elle "
        "remplace Paul Martin.",
        [],
    ),
    # "since she was made COO": the start of a tenure, not a change.
    (
        "en-since-she-was-made",
        "Nina Roe will succeed Paul Hart as chief executive of Danone; she has been the favourite since she was "
        "made chief operating officer in 2019.",
        [("danone", "Nina Roe", "CEO", "Paul Hart")],
    ),
    # A longtime holder named after the newcomer's title is the one who left, never a newcomer.
    (
        "en-longtime-chairman-and-ceo",
        "Danone's board appointed company veteran Nina Roe as chief executive a day after longtime Chairman and "
        "CEO Paul Hart died.",
        [("danone", "Nina Roe", "CEO", None)],
    ),
    # The title in apposition is the one she holds; the one after "as" is the one given.
    (
        "en-apposed-title-then-as",
        "Hours later, Danone's board named Nina Roe, the president and chief operating officer, as temporary CEO.",
        [("danone", "Nina Roe", "CEO", None)],
    ),
    # "le prochain directeur général" is still to be found: the speaker is not him.
    (
        "fr-prochain-dg-non-nomme",
        "Le président de Danone, Paul Martin, a dit ignorer quand serait nommé le prochain directeur général "
        "du groupe.",
        [],
    ),
    # A capitalised title read as a company or a person is neither.
    (
        "en-capitalised-title-no-company",
        "Nick Rowe, currently Group Finance Director, is appointed Group Chief Executive of Danone.",
        [("danone", "Nick Rowe", "CEO", None)],
    ),
    (
        "en-as-chief-executive-officer-retires",
        "Danone said Peter Vane, as Chief Executive Officer, has elected to retire from the company next year.",
        [("danone", None, "CEO", "Peter Vane")],
    ),
    # A chair named beside the newcomer ("au côté du nouveau président") is a setting, not a change.
    (
        "fr-au-cote-du-nouveau-president",
        "Jeanne Roux a été nommée directrice générale de Danone, au côté du nouveau président Paul Martin.",
        [("danone", "Jeanne Roux", "CEO", None)],
    ),
    # A leader handing over one of his titles ("passe la main en tant que DG"), his company in apposition.
    (
        "fr-passe-la-main-en-tant-que-dg",
        "Marc Lenoir, PDG du groupe Danone depuis vingt ans, a annoncé qu'il passait la main en tant que directeur "
        "général, tout en restant président.",
        [("danone", None, "CEO", "Marc Lenoir")],
    ),
    (
        "fr-occupe-desormais-les-fonctions-de",
        "C'est Paul Martin, jusqu'ici directeur général délégué de Danone, qui occupe désormais les fonctions de "
        "directeur général.",
        [("danone", "Paul Martin", "CEO", None)],
    ),
    (
        "fr-revocation-et-interim",
        "Le conseil de Danone a annoncé la révocation de Paul Martin, directeur général, et la nomination de "
        "Jeanne Roux comme directrice générale par intérim.",
        [("danone", "Jeanne Roux", "CEO", "Paul Martin")],
    ),
    (
        "fr-va-devenir-pdg",
        "Paul Martin, jusqu'ici directeur général de Danone, va devenir PDG le 17 juin.",
        [("danone", "Paul Martin", "CEO", None)],
    ),
    # "out as" a title: an exit.
    (
        "en-is-out-as-ceo",
        "Danone also says Paul Hart is out as President and CEO, effective immediately.",
        [("danone", None, "CEO", "Paul Hart")],
    ),
    # A copula after "the new CEO": the name is the newcomer; the leaver comes from the sentence before.
    (
        "en-the-new-ceo-is",
        "Danone also says Paul Hart is out as CEO. The new CEO is Nina Roe, who most recently ran legal affairs "
        "at a drugmaker.",
        [("danone", "Nina Roe", "CEO", "Paul Hart")],
    ),
    (
        "fr-le-nouveau-pdg-sera",
        "Danone a annoncé le départ de Paul Martin. Le nouveau PDG sera Jeanne Roux.",
        [("danone", "Jeanne Roux", "CEO", "Paul Martin")],
    ),
    # A description as the subject of "replaces" stands for the one just named.
    (
        "fr-la-quinquagenaire-remplace",
        "Danone a nommé Jeanne Roux directrice générale. La quinquagénaire remplace Paul Martin.",
        [("danone", "Jeanne Roux", "CEO", "Paul Martin")],
    ),
    # The head of a unit replacing another is no company leader change.
    (
        "en-head-of-its-business-replacing",
        "Danone named Jane Roe head of its European business, replacing Paul Hart, who retires.",
        [],
    ),
    (
        "fr-a-la-tete-de-sa-filiale",
        "Danone a nommé Jeanne Roux à la tête de sa filiale américaine, en remplacement de Paul Martin.",
        [],
    ),
    # "remplacer X par Y" with the company as subject; a rumour when reported.
    (
        "fr-envisagerait-de-remplacer-par",
        "Selon Les Echos, Danone envisagerait de remplacer son PDG Paul Martin par Jeanne Roux.",
        [("danone", "Jeanne Roux", "CEO", "Paul Martin")],
    ),
    (
        "fr-remplacer-des-fours-par",
        "Danone veut remplacer ses fours à gaz par des pompes à chaleur, a indiqué Paul Martin.",
        [],
    ),
    # A surname that is also a company, after a particle ("Luca de Meo"); a French conditional is a rumour.
    (
        "fr-particule-et-conditionnel",
        "Le directeur général de Renault, Luca de Meo, a annoncé son départ du groupe. Il deviendrait directeur "
        "général du groupe de luxe Kering.",
        [("renault", None, "CEO", "Luca de Meo"), ("kering", "Luca de Meo", "CEO", None)],
    ),
    # "chairman of the board": the board the sentence names ("a member of Danone's board"), not her employer.
    (
        "en-chairman-of-the-board-named-board",
        "Patricia Dunn, vice chairman of Barclays Global Investors and a member of Danone's board since 1998, was "
        "named non-executive chairman of the board.",
        [("danone", "Patricia Dunn", "chair", None)],
    ),
    # A capitalised title before the name ("Chief Financial Officer Robert P. Wayman") hides no firm.
    (
        "en-capitalised-title-before-name",
        "Danone appointed Chief Financial Officer Robert P. Wayman as interim chief executive to replace Carly "
        "Fiorina.",
        [("danone", "Robert P. Wayman", "CEO", "Carly Fiorina")],
    ),
    # A noun after an elided article ("l'Économie") opens no name.
    (
        "fr-ministre-de-l-economie",
        "Le conseil de Renault a pris acte de la démission de Jeanne Roux. Le ministre de l'Économie Bruno Le "
        "Maire a salué la nomination de Paul Martin à la tête de Renault.",
        [("renault", "Paul Martin", "CEO", None)],
    ),
    # A capitalised title before a full name is no part of it when the surname alone comes back.
    (
        "en-title-before-full-name-then-surname",
        "Danone boss Hart quits; chairman Roe steps in. Danone said chief executive Paul Hart has resigned. "
        "Chairman Nina Roe will act as interim CEO while the board looks for a successor.",
        [("danone", "Nina Roe", "CEO", "Paul Hart")],
    ),
    # A name never starts inside a word: "co-CEOs Jane Roe" is Jane Roe, and a title after "replacing" is the leaver's.
    (
        "en-replacing-co-ceos",
        "Victor Lane became chief executive of Danone, replacing co-CEOs Jane Roe and Paul Hart, after a long search.",
        [("danone", "Victor Lane", "CEO", "Jane Roe")],
    ),
    # Two coordinated namings: each title goes to its own subject.
    (
        "en-named-and-becomes-coordinated",
        "Finance chief Victor Lane has been named interim chief executive of Danone, and board member Nina Roe "
        "becomes interim non-executive chair.",
        [("danone", "Victor Lane", "CEO", None), ("danone", "Nina Roe", "chair", None)],
    ),
    # Praise inside a quotation announces nothing; the narrative naming does.
    (
        "en-quoted-praise-to-lead",
        'Danone has named Nina Roe chief executive, replacing Paul Hart. "Nobody is better placed to lead Danone '
        'than Nina Roe," Hart said in a statement.',
        [("danone", "Nina Roe", "CEO", "Paul Hart")],
    ),
    # A company's legal form ends no person's name ("a deal that leaves Hitachi Ltd ...").
    (
        "en-legal-form-is-no-person",
        "Danone agreed to sell its water unit to Hitachi Ltd. for $2 billion, a deal that leaves Danone smaller.",
        [],
    ),
    # "Il est remplacé par X, jusqu'ici président": the name after "par" is the newcomer, his former title is not given.
    (
        "fr-remplace-par-jusqu-ici",
        "Danone a annoncé le départ de Paul Hart, son directeur général. Il est remplacé par Nina Roe, jusqu'ici "
        "présidente du conseil, qui devient présidente-directrice générale.",
        [("danone", "Nina Roe", "CEO", "Paul Hart")],
    ),
    # A departure set as a condition is not told as done.
    (
        "en-departure-as-a-condition",
        "Danone said that chief executive Paul Hart will step down. Orvane Capital Holdings and other investors "
        "will put $1 billion into Danone, and one condition of that money is that Hart leaves.",
        [("danone", None, "CEO", "Paul Hart")],
    ),
    # A plural title after two names, without "as", is theirs; the titles before each name describe them.
    (
        "en-named-two-then-plural-title",
        "Danone named finance chief Nina Roe and dairy head Victor Lane interim co-chief executives.",
        [("danone", "Nina Roe", "CEO", None), ("danone", "Victor Lane", "CEO", None)],
    ),
    # The subject of the second naming stands before its apposition, after "while".
    (
        "en-while-apposed-subject",
        "Nina Roe will become chief executive of Danone in June, while Victor Lane, chief executive of Safran, "
        "has been named chairman of Danone.",
        [("danone", "Nina Roe", "CEO", None), ("danone", "Victor Lane", "chair", None)],
    ),
    # A title over a described body names no company: never the one of the person's apposition.
    (
        "en-ceo-of-the-venture",
        "Nina Roe, Danone's strategy director, will become chief executive of the 50/50 venture next month.",
        [],
    ),
    # Common phrasings: "installed X as", "the top job", "its next chief executive", "replaced as CEO by".
    (
        "en-ousted-and-installed",
        "Danone's board ousted Paul Hart and installed Nina Roe as chief executive.",
        [("danone", "Nina Roe", "CEO", "Paul Hart")],
    ),
    (
        "en-elevated-to-the-top-job",
        "Nina Roe, the chief operating officer, was elevated to the top job at Danone.",
        [("danone", "Nina Roe", "CEO", None)],
    ),
    (
        "en-named-its-next-ceo",
        "Danone named Nina Roe its next chief executive.",
        [("danone", "Nina Roe", "CEO", None)],
    ),
    (
        "en-replaced-as-ceo-by",
        "Paul Hart was replaced as chief executive of Danone by Nina Roe on Monday.",
        [("danone", "Nina Roe", "CEO", "Paul Hart")],
    ),
    # "was replaced by" is also a customer phrase: it must still read as a succession.
    (
        "en-was-replaced-by",
        "Paul Hart was replaced by Nina Roe as chief executive of Danone.",
        [("danone", "Nina Roe", "CEO", "Paul Hart")],
    ),
    (
        "fr-remplace-a-la-tete-par",
        "Paul Hart est remplacé à la tête de Danone par Nina Roe.",
        [("danone", "Nina Roe", "CEO", "Paul Hart")],
    ),
    # "remercié par le conseil" (dismissed): the board acts, this is no director's seat.
    (
        "fr-remercie-par-le-conseil",
        "Paul Hart, directeur général de Danone, a été remercié par le conseil d'administration.",
        [("danone", None, "CEO", "Paul Hart")],
    ),
    # A hire "as its new CEO": the title before the name is her post at her employer, never a second new one.
    (
        "en-hired-employers-title-as-new",
        "Safran hired Danone's finance chief Nina Roe as its new chief executive.",
        [("safran", "Nina Roe", "CEO", None)],
    ),
]


def _changes(text: str, case_id: str) -> list[Change]:
    language: Language = "fr" if case_id.startswith("fr") else "en"
    item = NewsItem(id=case_id, body=text, language=language, published_at=PUBLISHED)
    extraction = extract(item)
    return sorted(
        (
            (event.subject.id if event.subject else None, event.person, event.role, event.previous_person)
            for event in extraction.events
            if event.type == "leadership_change"
        ),
        key=lambda change: tuple(part or "" for part in change),
    )


@pytest.mark.parametrize(("case_id", "text", "expected"), CASES, ids=[case[0] for case in CASES])
def test_phrasing_gives_exactly_its_changes(case_id: str, text: str, expected: list[Change]) -> None:
    """The text yields these leadership changes and no other."""
    assert _changes(text, case_id) == sorted(expected, key=lambda change: tuple(part or "" for part in change))


def test_announced_change_is_a_plan() -> None:
    """A change dated after publication, or told with "will" inside its cue, is a plan."""
    text = (
        "Danone said chairman Paul Hart will retire in May and hand over to chief executive Nina Roe. "
        "Roe's own job will go to Victor Lane. Boeing named Ann Lee chief financial officer from June 3, 2024."
    )
    events = extract(NewsItem(id="en-plan", body=text, language="en", published_at=PUBLISHED)).events
    assert {(event.person, event.modality) for event in events if event.type == "leadership_change"} == {
        ("Nina Roe", "plan"),
        ("Victor Lane", "plan"),
        ("Ann Lee", "plan"),
    }


def test_candidate_is_a_rumour() -> None:
    """A person "among candidates to succeed" the leader is a rumour, never a fact."""
    text = "Nina Roe is expected to be among candidates to succeed Paul Hart at Danone."
    events = extract(NewsItem(id="en-candidate", body=text, language="en", published_at=PUBLISHED)).events
    assert [(event.person, event.modality) for event in events if event.type == "leadership_change"] == [
        ("Nina Roe", "rumor")
    ]


def test_contender_is_a_rumour() -> None:
    """A favourite for a post is reported as a rumour, not a fact."""
    text = "Orange cherche un président. Pour la présidence d'Orange, Marc Petit fait figure de grand favori."
    events = extract(NewsItem(id="fr-rumour", body=text, language="fr")).events
    assert [event.modality for event in events if event.type == "leadership_change"] == ["rumor"]


def test_french_future_before_the_cue_is_a_plan() -> None:
    """A future tense before the cue ("assurera la direction générale par intérim") announces the change."""
    text = "Marc Lenoir, patron de la filiale, assurera la direction générale de Danone par intérim."
    events = extract(NewsItem(id="fr-future", body=text, language="fr", published_at=PUBLISHED)).events
    assert [(event.person, event.modality) for event in events if event.type == "leadership_change"] == [
        ("Marc Lenoir", "plan")
    ]


def test_name_after_a_succession_verb_is_a_person() -> None:
    """An unfamiliar first name after "to replace" is the leader replaced, not a vendor dropped."""
    text = "Danone hired Nina Roe to replace Tarquin Oyelaran as chief executive."
    events = extract(NewsItem(id="en-replace-person", body=text, language="en", published_at=PUBLISHED)).events
    assert [(e.type, e.person, e.previous_person) for e in events] == [
        ("leadership_change", "Nina Roe", "Tarquin Oyelaran")
    ]


def test_tipped_successor_is_a_rumour() -> None:
    """A person "tipped to become" the next leader is a rumour, not a fact."""
    text = "Nina Roe is tipped to become Danone's next chief executive."
    events = extract(NewsItem(id="en-tipped", body=text, language="en", published_at=PUBLISHED)).events
    assert [(event.person, event.modality) for event in events if event.type == "leadership_change"] == [
        ("Nina Roe", "rumor")
    ]
