"""Invented French defence news, for the corpus bench: distinct articles from templates,
pairs of different articles on the same event, and syndicated copies of some of them
(re-titled, bylined, cut, "Lire aussi" lines, re-wrapped, cp1252), with the truth.

Everything here is made up: countries are real, people, companies and events are not.
"""

from __future__ import annotations

import datetime as dt
import random
import textwrap
from dataclasses import dataclass

# (name with its article, "de" form, masculine demonym, capital)
COUNTRIES = [
    ("la France", "de la France", "français", "Paris"),
    ("l'Allemagne", "de l'Allemagne", "allemand", "Berlin"),
    ("l'Italie", "de l'Italie", "italien", "Rome"),
    ("l'Espagne", "de l'Espagne", "espagnol", "Madrid"),
    ("la Pologne", "de la Pologne", "polonais", "Varsovie"),
    ("la Suède", "de la Suède", "suédois", "Stockholm"),
    ("la Finlande", "de la Finlande", "finlandais", "Helsinki"),
    ("la Norvège", "de la Norvège", "norvégien", "Oslo"),
    ("le Danemark", "du Danemark", "danois", "Copenhague"),
    ("les Pays-Bas", "des Pays-Bas", "néerlandais", "La Haye"),
    ("la Belgique", "de la Belgique", "belge", "Bruxelles"),
    ("la Grèce", "de la Grèce", "grec", "Athènes"),
    ("le Portugal", "du Portugal", "portugais", "Lisbonne"),
    ("la Roumanie", "de la Roumanie", "roumain", "Bucarest"),
    ("l'Estonie", "de l'Estonie", "estonien", "Tallinn"),
    ("la Lituanie", "de la Lituanie", "lituanien", "Vilnius"),
    ("le Japon", "du Japon", "japonais", "Tokyo"),
    ("l'Inde", "de l'Inde", "indien", "New Delhi"),
    ("l'Australie", "de l'Australie", "australien", "Canberra"),
    ("le Canada", "du Canada", "canadien", "Ottawa"),
    ("le Brésil", "du Brésil", "brésilien", "Brasilia"),
    ("le Maroc", "du Maroc", "marocain", "Rabat"),
    ("le Sénégal", "du Sénégal", "sénégalais", "Dakar"),
    ("l'Égypte", "de l'Égypte", "égyptien", "Le Caire"),
    ("l'Indonésie", "de l'Indonésie", "indonésien", "Jakarta"),
    ("le Viêt Nam", "du Viêt Nam", "vietnamien", "Hanoï"),
    ("la Corée du Sud", "de la Corée du Sud", "sud-coréen", "Séoul"),
    ("les Philippines", "des Philippines", "philippin", "Manille"),
    ("le Mexique", "du Mexique", "mexicain", "Mexico"),
    ("la Turquie", "de la Turquie", "turc", "Ankara"),
]
FIRST = [
    "Anne",
    "Bruno",
    "Claire",
    "Daniel",
    "Élise",
    "Fabien",
    "Gaëlle",
    "Hugo",
    "Inès",
    "Jules",
    "Karin",
    "Léon",
    "Maja",
    "Nils",
    "Olga",
    "Pavel",
    "Rita",
    "Sami",
    "Tomas",
    "Ulla",
    "Vera",
    "Yannick",
    "Zofia",
    "Marek",
    "Ingrid",
    "Paolo",
    "Lucía",
    "Henrik",
    "Aiko",
    "Kenji",
    "Ravi",
    "Priya",
    "Lena",
    "Omar",
    "Fatou",
    "Diego",
    "Sofia",
    "Mateus",
    "Yara",
    "Emre",
]
LAST = [
    "Moreau",
    "Keller",
    "Ricci",
    "Navarro",
    "Kowalczyk",
    "Lindqvist",
    "Virtanen",
    "Halvorsen",
    "Nørgaard",
    "Visser",
    "Peeters",
    "Papadakis",
    "Tavares",
    "Ionescu",
    "Tamm",
    "Kazlauskas",
    "Sato",
    "Iyer",
    "Walsh",
    "Tremblay",
    "Souza",
    "Benali",
    "Diop",
    "Haddad",
    "Santoso",
    "Nguyen",
    "Park",
    "Reyes",
    "Ortega",
    "Yilmaz",
    "Brandt",
    "Ferreira",
    "Lambert",
    "Novak",
    "Dufour",
    "Hoffmann",
    "Marino",
    "Castro",
    "Nowak",
    "Berg",
    "Laine",
    "Hansen",
    "Jansen",
    "Claes",
    "Vlachos",
    "Costa",
    "Popescu",
    "Kask",
    "Petrauskas",
    "Tanaka",
    "Rao",
    "Murphy",
    "Gagnon",
    "Lima",
    "Alaoui",
    "Ndiaye",
    "Farouk",
    "Wijaya",
    "Tran",
    "Kim",
]
ROLES = [
    "ministre de la Défense",
    "ministre des Affaires étrangères",
    "chef d'état-major des armées",
    "secrétaire d'État aux Anciens combattants",
    "directeur général de l'armement",
    "conseiller à la sécurité nationale",
]
DOMAINS = [
    "la défense aérienne",
    "les drones",
    "la cybersécurité",
    "les munitions d'artillerie",
    "la construction navale",
    "le spatial militaire",
    "le renseignement",
    "la lutte contre le terrorisme",
    "les semi-conducteurs",
    "l'intelligence artificielle",
    "la guerre électronique",
    "la surveillance maritime",
    "les missiles de croisière",
    "la formation des pilotes",
    "la logistique militaire",
    "les véhicules blindés",
    "la sécurité énergétique",
    "les minerais critiques",
    "la lutte contre la désinformation",
    "le déminage",
]
INSTRUMENTS = [
    ("un accord", "l'accord"),
    ("un mémorandum d'entente", "le mémorandum"),
    ("une lettre d'intention", "la lettre d'intention"),
    ("une feuille de route", "la feuille de route"),
    ("un traité", "le traité"),
    ("un contrat", "le contrat"),
    ("une déclaration conjointe", "la déclaration"),
    ("un partenariat stratégique", "le partenariat"),
]
ORGS = [
    "l'OTAN",
    "l'Union européenne",
    "l'ONU",
    "l'Agence européenne de défense",
    "l'OSCE",
    "l'Union africaine",
    "l'ASEAN",
]
COMPANY_A = [
    "Norda",
    "Vel",
    "Astra",
    "Kora",
    "Selen",
    "Brava",
    "Tessa",
    "Orvo",
    "Lumen",
    "Dalia",
    "Ferro",
    "Quint",
]
COMPANY_B = [
    "Systems",
    "Défense",
    "Industries",
    "Aéro",
    "Naval",
    "Dynamics",
    "Technologies",
    "Munitions",
]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]

HEADLINES = [
    "{A} et {B} signent {INST} sur {D1}",
    "{DEM_A} et {DEM_B} renforcent leur coopération dans {D1_IN}",
    "{P1_NAME} à {CITY_B} pour relancer la coopération sur {D1}",
    "Défense : {A} mise sur {B} pour {D1}",
    "{ORG} : {A} plaide pour un effort commun sur {D1}",
    "Accord {DEM_A}-{DEM_B} sur {D1}",
    "{A} et {B} veulent produire ensemble dans {D1_IN}",
    "Visite de {P1_NAME} à {CITY_B} : {D1} au menu",
    "{COMP} décroche un contrat de {N} millions d'euros",
    "{A} annonce une hausse de {PCT} % de son budget pour {D1}",
]
# The first sentence: the fact reported.
LEADS = [
    "{A} et {B} ont signé {DAY} à {CITY_B} {INST} portant sur {D1}, a annoncé le ministère "
    "{DEM_A} de la Défense.",
    "{P1_NAME}, {P1_ROLE} {A_DE}, et son homologue {DEM_B} {P2_NAME} se sont entendus {DAY} "
    "sur {INST} dans {D1_IN}.",
    "Réunis {DAY} à {CITY_B}, les ministres {DEM_A_PL} et {DEM_B_PL} ont décidé de renforcer "
    "leur coopération dans {D1_IN}.",
    "{A} a annoncé {DAY} son intention de conclure avec {B} {INST} sur {D1} d'ici la fin de "
    "{YEAR}.",
    "{COMP} a remporté un contrat de {N} millions d'euros pour équiper les forces {DEM_B_PL} "
    "dans {D1_IN}, a-t-on appris {DAY}.",
]
# One sentence each; {…} slots are filled per article.
SENTENCES = [
    "{A} et {B} ont signé {DAY} à {CITY_B} {INST} portant sur {D1}, a annoncé le ministère "
    "{DEM_A} de la Défense.",
    "Le texte prévoit des exercices communs dès {MONTH} prochain et un échange régulier "
    "d'officiers entre les deux états-majors.",
    "« Nous avons franchi une étape décisive », a déclaré {P1_NAME}, {P1_ROLE} {A_DE}, lors "
    "d'une conférence de presse avec son homologue {DEM_B}, {P2_NAME}.",
    "Selon {P2_NAME}, {P2_ROLE} {B_DE}, les premières livraisons pourraient intervenir avant "
    "la fin de {YEAR}.",
    "{INST_DEF} couvre également {D2} et prévoit la création d'un groupe de travail commun.",
    "Les deux pays se sont engagés à porter leurs échanges industriels à {N} millions "
    "d'euros d'ici {YEAR2}.",
    "{COMP}, qui emploie près de {N2} salariés, devrait être le principal bénéficiaire de "
    "ce rapprochement.",
    "Le groupe {COMP} a confirmé avoir reçu une commande portant sur {N3} systèmes destinés "
    "à {D1}.",
    "{A} souhaite aussi explorer une coopération dans {D2_IN}, a précisé une source "
    "diplomatique à {CITY_A}.",
    "Cette visite intervient alors que {ORG} appelle ses membres à accroître leurs "
    "dépenses dans {D2_IN}.",
    "{P1_NAME} doit se rendre à {CITY_C} en {MONTH} pour une réunion des ministres de {ORG}.",
    "Le Parlement {DEM_B} doit encore ratifier {INST_DEF}, un vote attendu au printemps.",
    "Les deux armées mèneront un exercice conjoint près de {CITY_A} au mois de {MONTH}, "
    "avec environ {N2} militaires.",
    "Depuis {YEAR0}, {A} a multiplié les partenariats avec des pays de la région, notamment {C}.",
    "Le budget de défense {DEM_A} doit atteindre {PCT} % du produit intérieur brut d'ici "
    "{YEAR2}, selon le ministère.",
    "« Ce partenariat répond à un besoin concret de nos forces », a souligné {P2_NAME}.",
    "Les discussions sur {D2} se poursuivront lors d'une prochaine rencontre à {CITY_A}, "
    "selon un communiqué conjoint.",
    "{B} avait déjà conclu un arrangement similaire avec {C} en {YEAR0}.",
    "Plusieurs experts estiment que cet accord pourrait modifier l'équilibre régional dans "
    "{D1_IN}.",
    "Le ministère {DEM_B} a indiqué que {N3} ingénieurs seraient formés dans des centres "
    "{DEM_A_PL} d'ici {YEAR}.",
    "{A} prévoit par ailleurs d'investir {N} millions d'euros dans {D2}, selon le projet de "
    "loi de programmation présenté en {MONTH}.",
    "{P3_NAME}, {P3_ROLE} {C_DE}, a salué une initiative « utile pour la stabilité de toute "
    "la région ».",
    "La coopération dans {D1_IN} entre {A} et {B} remonte à un premier accord-cadre signé en "
    "{YEAR0}.",
    "Les industriels {DEM_A_PL} réclament depuis des mois une visibilité accrue sur les "
    "commandes de l'État.",
    "À {CITY_B}, l'opposition a dénoncé un accord négocié « sans transparence » et réclame "
    "un débat au Parlement.",
    "Le calendrier de mise en œuvre sera fixé par un comité mixte qui se réunira pour la "
    "première fois le {DATE}.",
    "{COMP} et un partenaire {DEM_B} ont annoncé la création d'une coentreprise dédiée à {D2}.",
    "D'après les chiffres du ministère, {N3} appareils et {N2} véhicules sont concernés par le "
    "programme de modernisation.",
    "{P1_NAME} a par ailleurs appelé {ORG} à « prendre ses responsabilités » face aux menaces "
    "pesant sur {D2}.",
    "Les deux délégations ont également évoqué la situation en mer et la protection des "
    "câbles sous-marins près de {CITY_C}.",
    "Un premier lot de {N3} équipements sera livré à {CITY_A} au cours du {QUARTER} "
    "trimestre {YEAR}.",
    "{A} et {C} étudient de leur côté un projet commun dans {D2_IN}, a rapporté la presse locale.",
    "Le montant total du programme est estimé à {N} millions d'euros sur {N4} ans.",
    "Interrogé sur le calendrier, {P2_NAME} a refusé de s'avancer, évoquant des « questions "
    "techniques encore ouvertes ».",
    "La signature a eu lieu en présence de {P3_NAME}, {P3_ROLE} {C_DE}, invité en qualité "
    "d'observateur.",
    "Ce rapprochement s'inscrit dans une stratégie plus large de diversification des "
    "fournisseurs {DEM_B_PL}.",
    "{B} entend également accroître ses achats auprès de {COMP} pour {D1}.",
    "Les syndicats de {COMP} ont salué une décision qui devrait garantir {N2} emplois "
    "pendant {N4} ans.",
    "Le {DATE}, {P1_NAME} avait déjà évoqué un possible accord lors d'un déplacement à {CITY_C}.",
    "Une délégation de {N4} parlementaires {DEM_B_PL} est attendue à {CITY_A} le mois "
    "prochain pour suivre ce dossier.",
]


@dataclass
class Generated:
    name: str
    data: bytes
    published: dt.date
    story: int  # articles with the same story are copies of one dispatch


def _plural(demonym: str) -> str:
    if demonym.endswith(("s", "x")):
        return demonym
    return demonym + "s"


def _in(domain: str) -> str:
    """'le déminage' -> 'le domaine du déminage' style: 'dans' + the domain."""
    for article, contracted in (("le ", "du "), ("les ", "des ")):
        if domain.startswith(article):
            return "le domaine " + contracted + domain[len(article) :]
    return "le domaine de " + domain


class Writer:
    def __init__(self, seed: int = 7):
        self.rng = random.Random(seed)

    def person(self) -> tuple[str, str]:
        r = self.rng
        return f"{r.choice(FIRST)} {r.choice(LAST)}", r.choice(ROLES)

    def facts(self, day: dt.date) -> dict[str, str]:
        """The event an article reports: who, what, where, when."""
        r = self.rng
        a, b, c = r.sample(COUNTRIES, 3)
        inst = r.choice(INSTRUMENTS)
        d1, d2 = r.sample(DOMAINS, 2)
        people = [self.person() for _ in range(3)]
        f = {
            "A": a[0],
            "B": b[0],
            "C": c[0],
            "A_DE": a[1],
            "B_DE": b[1],
            "C_DE": c[1],
            "DEM_A": a[2],
            "DEM_B": b[2],
            "DEM_A_PL": _plural(a[2]),
            "DEM_B_PL": _plural(b[2]),
            "CITY_A": a[3],
            "CITY_B": b[3],
            "CITY_C": c[3],
            "INST": inst[0],
            "INST_DEF": inst[1],
            "D1": d1,
            "D2": d2,
            "D1_IN": _in(d1),
            "D2_IN": _in(d2),
            "ORG": r.choice(ORGS),
            "COMP": f"{r.choice(COMPANY_A)} {r.choice(COMPANY_B)}",
            "DAY": WEEKDAYS[day.weekday()],
            "DATE": f"{r.randint(1, 28)} {r.choice(MONTHS)}",
            "MONTH": r.choice(MONTHS),
            "QUARTER": r.choice(["premier", "deuxième", "troisième", "quatrième"]),
            "YEAR": str(day.year + r.randint(0, 1)),
            "YEAR0": str(day.year - r.randint(2, 12)),
            "YEAR2": str(day.year + r.randint(3, 10)),
            "N": str(r.randint(12, 4_800)),
            "N2": f"{r.randint(2, 90) * 100:,}".replace(",", " "),
            "N3": str(r.randint(3, 400)),
            "N4": str(r.randint(2, 15)),
            "PCT": f"{r.randint(15, 45) / 10:.1f}".replace(".", ","),
        }
        for i, (name, role) in enumerate(people, 1):
            f[f"P{i}_NAME"], f[f"P{i}_ROLE"] = name, role
        return f

    def article(self, facts: dict[str, str], avoid: set[int] = frozenset()) -> tuple[str, set]:
        """Headline, blank line, paragraphs of one or two sentences; the templates used."""
        r = self.rng
        pool = [i for i in range(len(SENTENCES)) if i not in avoid]
        chosen = r.sample(pool, min(len(pool), r.randint(7, 12)))
        lead = r.choice([i for i in range(len(LEADS)) if -1 - i not in avoid] or [0])
        chosen = [-1 - lead, *chosen]
        sentences = [(LEADS[-1 - i] if i < 0 else SENTENCES[i]).format(**facts) for i in chosen]
        sentences = [s[0].upper() + s[1:] for s in sentences]
        paragraphs, i = [], 0
        while i < len(sentences):
            k = r.choice((1, 1, 2))
            paragraphs.append(" ".join(sentences[i : i + k]))
            i += k
        head = r.choice(HEADLINES).format(**facts)
        return head[0].upper() + head[1:] + "\n\n" + "\n\n".join(paragraphs) + "\n", set(chosen)

    def copy(self, text: str, others: list[str]) -> tuple[bytes, str]:
        """One outlet's copy of a dispatch: one to three of the changes outlets make."""
        r = self.rng
        head, body = text.split("\n\n", 1)
        changes = r.sample(["title", "byline", "cut", "teasers", "wrap", "cp1252"], r.randint(1, 3))
        if "cut" in changes:
            paragraphs = body.split("\n\n")
            keep = max(1, round(len(paragraphs) * r.uniform(0.5, 0.65)))
            body = "\n\n".join(paragraphs[:keep]) + "\n"
        if "teasers" in changes:
            paragraphs = body.strip().split("\n\n")
            for _ in range(r.randint(1, 3)):
                at = r.randint(1, len(paragraphs))
                paragraphs.insert(at, "Lire aussi : " + r.choice(others).split("\n", 1)[0])
            body = "\n\n".join(paragraphs) + "\n"
        if "wrap" in changes:
            width = r.randint(60, 78)
            body = "\n\n".join(textwrap.fill(p, width) for p in body.strip().split("\n\n")) + "\n"
        if "title" in changes:
            head = r.choice(["Diplomatie", "Défense", "International", "Industrie"]) + " : " + head
        if "byline" in changes:
            name = f"{r.choice(FIRST)} {r.choice(LAST)}"
            body = f"Par {name}\n\n" + body + f"\n(avec {r.choice(['AFP', 'Reuters', 'AP'])})\n"
        out = head + "\n\n" + body
        encoding = "cp1252" if "cp1252" in changes else "utf-8"
        return out.encode(encoding, errors="replace"), "+".join(sorted(changes))


def corpus(distinct: int, copies: float = 0.10, same_event: float = 0.05, seed: int = 7):
    """`distinct` articles (of which a share are second articles on another's event) and
    `copies` × distinct syndicated copies; returns a list of Generated and the changes
    made to each copy."""
    w = Writer(seed)
    r = w.rng
    start = dt.date(2024, 1, 1)
    out: list[Generated] = []
    texts: list[str] = []
    n_pairs = int(distinct * same_event)
    i = 0
    while len(out) < distinct:
        day = start + dt.timedelta(days=r.randint(0, 700))
        facts = w.facts(day)
        text, used = w.article(facts)
        out.append(Generated(f"a{i:06d}.txt", text.encode("utf-8"), day, i))
        texts.append(text)
        i += 1
        if len(out) < distinct and i <= 2 * n_pairs:
            # another outlet's own article on the same event: other sentences, same facts
            other, _ = w.article(facts, avoid=used)
            out.append(Generated(f"a{i:06d}.txt", other.encode("utf-8"), day, i))
            texts.append(other)
            i += 1
    changes: dict[str, str] = {}
    for k in range(int(distinct * copies)):
        j = r.randrange(distinct)
        data, how = w.copy(texts[j], texts)
        name = f"c{k:06d}.txt"
        day = out[j].published + dt.timedelta(days=r.randint(0, 2))
        out.append(Generated(name, data, day, out[j].story))
        changes[name] = how
    return out, changes
