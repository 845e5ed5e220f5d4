"""One language for what an analyst reads: charts, widgets, tables' labels and the deck.

French by default (the briefings are French); English is one setting away:

    dossier.set_language("en")        # in a notebook, before building explorers or charts
    DOSSIER_LANG=en make briefing     # or in the environment

Every function that takes `lang=None` uses the current language; `lang="en"` overrides it
for one call. Data (actor names, domain labels, sentences) is never translated: a domain
has a French and an English label in the tables, and the current language picks one.
"""

from __future__ import annotations

import os

LANGUAGES = ("fr", "en")
ENV = "DOSSIER_LANG"
_current: str | None = None


def set_language(lang: str | None) -> str:
    """Set the language of charts, widgets, tables' labels and the deck ('fr' or 'en');
    None goes back to $DOSSIER_LANG, else French. Returns the language now in use."""
    global _current
    if lang is not None and _check(lang) is None:
        raise ValueError(f"language {lang!r}: choose one of {', '.join(LANGUAGES)}")
    _current = _check(lang) if lang is not None else None
    return language()


def language() -> str:
    """The language in use: set_language's, else $DOSSIER_LANG's, else French."""
    return _current or _check(os.environ.get(ENV, "")) or "fr"


def resolve(lang: str | None) -> str:
    """`lang` when given (checked), else the language in use."""
    if lang is None or lang == "":
        return language()
    checked = _check(lang)
    if checked is None:
        raise ValueError(f"language {lang!r}: choose one of {', '.join(LANGUAGES)}")
    return checked


def _check(lang: str) -> str | None:
    code = str(lang).strip().lower().replace("_", "-").split("-")[0]
    return code if code in LANGUAGES else None


def t(key: str, lang: str | None = None, **values) -> str:
    """The words for `key` in the language (`values` fill its {placeholders})."""
    text = WORDS[resolve(lang)].get(key) or WORDS["fr"].get(key) or key
    return text.format(**values) if values else text


def label_column(lang: str | None = None) -> str:
    """The domains table's label column for the language."""
    return "label_en" if resolve(lang) == "en" else "label_fr"


WORDS: dict[str, dict[str, str]] = {
    "fr": {
        # kinds, categories and events (charts' legends and lanes, table values)
        "organization": "organisation",
        "country": "pays",
        "person": "personne",
        "group": "groupe",
        "place": "lieu",
        "region": "région",
        "agreement": "accord",
        "intent": "intention",
        "exploration": "exploration",
        "priority": "priorité",
        "call": "appel",
        "declaration": "déclaration",
        "assessment": "évaluation",
        "operational domain": "milieu opérationnel",
        "technology": "technologie",
        "capability": "capacité",
        "industry": "industrie",
        "research": "recherche",
        "policy": "politique",
        "materiel": "matériel",
        "meeting": "rencontre",
        "summit": "sommet",
        "signing": "signature",
        "visit": "visite",
        # charts
        "mentions": "mentions",
        "commitments": "engagements",
        "source": "Source",
        "empty": "Aucune donnée pour ces filtres",
        "undated": "date non publiée",
        "no_source": "source non renseignée",
        "without_source": "sans source",
        "articles": "articles",
        "copies_left_out": "copies d'une même dépêche comptées une fois",
        "sources": "sources",
        "first_seen": "1re mention",
        "filters": "Filtres",
        "domains": "Domaines",
        "timeline": "Chronologie",
        "chart_actors": "L'acteur le plus cité : {name} ({n} mentions)",
        "chart_domains": "Domaine le plus cité : {name} ({n} mentions)",
        "chart_heatmap": "Qui parle de quoi : phrases où acteur et domaine apparaissent ensemble",
        "chart_commitments": "{name} est partie à {n} des engagements relevés",
        "chart_groups": "Le plus repris : {label}, par {n} sources",
        "chart_timeline": "Engagements et événements datés, {first} – {last}",
        "timeline_outliers": "Hors de l'axe : {n} date(s) éloignée(s) ({dates})",
        "timeline_plans": (
            "Hors de l'axe : {n} échéance(s) postérieure(s) à la dernière publication,"
            " des projets et non des faits ({dates})"
        ),
        "timeline_named": "{k} points nommés sur {n} (accords, signatures, sommets d'abord) ;"
        " tous dans la liste datée",
        "precision_day": "jour précis",
        "precision_period": "semaine ou mois (sa durée)",
        "precision_year": "année (sa durée)",
        "chart_network": "Acteurs et domaines cités dans les mêmes phrases",
        # explorers
        "all_f": "toutes",
        "all_m": "tous",
        "kind": "Type",
        "countries": "Pays",
        "actors": "Acteurs",
        "category": "Catégorie",
        "commitment": "Engagement",
        "period": "Période",
        "search": "Chercher",
        "search_hint": "mot dans la phrase…",
        "min_mentions": "Mentions ≥",
        "all_copies": "Toutes les copies (+{n})",
        "all_copies_tip": "Compter aussi les reprises d'une même dépêche par d'autres titres",
        "export": "Exporter",
        "export_tip": "Écrit le graphique (PNG, SVG, PDF) et le tableau (CSV, Excel) dans exports/",
        "to_deck": "Exporter vers la présentation",
        "to_deck_tip": "Ajoute ce graphique, avec ses filtres, au prochain make briefing",
        "to_deck_done": "Ajouté à la présentation ({n} graphique(s) en attente) : {title}",
        "to_deck_empty": "Rien à ajouter : ce graphique est vide pour ces filtres.",
        "export_empty": "Graphique vide pour ces filtres : seul le tableau est écrit.",
        "written": "Écrit dans exports/ :",
        "add_links": "Adresses (une par ligne) de pages ou de flux RSS/Atom",
        "add_button": "Ajouter à seeds/",
        "add_done": "{n} article(s) ajouté(s) : relancez dossier.load() pour les lire.",
        "add_working": "Téléchargement…",
        "table": "Tableau",
        "source_sentences": "Phrases sources",
        "more_rows": "{n} autres lignes : Exporter les écrit toutes.",
        "no_sentence": "Aucune phrase pour ces filtres.",
        "sentence": "phrase",
        "more_sentences": "… et {n} autres phrases",
        "view": "Vue",
        "by_actor": "par acteur",
        "followed": "suivi",
        "sentences_of": "Phrases de",
        "new_since": "Nouveau depuis",
        "no_article": "Aucun article.",
        # tables' labels
        "col_actor": "acteur",
        "col_kind": "type",
        "col_country": "pays",
        "col_role": "rôle",
        "col_affiliation": "affiliation",
        "col_mentions": "mentions",
        "col_domain": "domaine",
        "col_category": "catégorie",
        "col_parties": "parties",
        "col_instrument": "instrument",
        "col_reason": "pourquoi réunis",
        "col_domains": "domaines",
        "col_sources": "sources",
        "col_articles": "articles",
        "col_first_seen": "première mention",
        "col_last_seen": "dernière mention",
        "col_date": "date",
        "col_trigger": "déclencheur",
        "col_confidence": "confiance",
        "col_sentence": "phrase",
        "col_sentences": "phrases",
        "col_what": "quoi",
        "col_when": "quand",
        "col_source": "source",
        "col_title": "titre",
        "col_outlet": "média",
        "col_url": "adresse",
        # the deck
        "deck_theme": "Veille défense et diplomatie",
        "deck_theme_label": "Thème",
        "deck_write": "Écrire la présentation",
        "deck_writing": "Écriture des graphiques et de la présentation…",
        "deck_period": "Période couverte : {first} – {last}",
        "deck_no_period": "Période couverte : dates de publication non renseignées",
        "deck_counts": "{articles} de {sources}",
        "deck_unknown_sources": "{n} : source non renseignée",
        "deck_unknown_fix": "à compléter dans la colonne source de {sidecar},"
        " ou avec python -m dossier add URL --to {folder}",
        "deck_reported_on": "rapporté le {day}",
        "deck_week_of": "semaine du {day}",
        "deck_copies": "{n} reprises d'une même dépêche comptées une fois",
        "deck_made": "Préparé le {day} avec dossier",
        "deck_key": "Engagements clés",
        "deck_key_none": "Aucun engagement relevé dans ces articles.",
        "deck_new": "Nouveau depuis le {day}",
        "deck_new_none": "Aucun engagement rapporté pour la première fois depuis le {day}.",
        "deck_missing": "Ce qui manque",
        "deck_missing_intro": "Graphiques laissés de côté faute de données :",
        "deck_annex": "Annexe : sources",
        "deck_dated": "Chronologie : liste datée",
        "deck_added": "Ajouté depuis l'explorateur {name}",
        "deck_page": "{n}/{total}",
        "deck_reported": "{n} sources",
        "deck_reported_articles": "{n} articles",
        # what is missing, and how to get it
        "missing_acteurs": "aucun acteur relevé : ajoutez des articles en français dans {folder}",
        "missing_domaines": (
            "aucun domaine relevé : les articles ne citent aucun domaine du lexique "
            "(lib/dossier/extraction/data/domains.toml)"
        ),
        "missing_acteurs-x-domaines": ("aucune phrase ne cite à la fois un acteur et un domaine"),
        "missing_engagements": (
            "aucun engagement relevé : ajoutez des articles qui rapportent des accords, "
            "intentions ou appels"
        ),
        "missing_chronologie": (
            "aucun engagement daté : renseignez published dans {sidecar} "
            "(les dates relatives du texte en dépendent)"
        ),
        "missing_reseau": "aucun acteur cité avec un domaine dans une même phrase",
    },
    "en": {
        "organization": "organisation",
        "country": "country",
        "person": "person",
        "group": "group",
        "place": "place",
        "region": "region",
        "agreement": "agreement",
        "intent": "intent",
        "exploration": "exploration",
        "priority": "priority",
        "call": "call",
        "declaration": "declaration",
        "assessment": "assessment",
        "operational domain": "operational domain",
        "technology": "technology",
        "capability": "capability",
        "industry": "industry",
        "research": "research",
        "policy": "policy",
        "materiel": "materiel",
        "meeting": "meeting",
        "summit": "summit",
        "signing": "signing",
        "visit": "visit",
        "mentions": "mentions",
        "commitments": "commitments",
        "source": "Source",
        "empty": "No data for these filters",
        "undated": "date not published",
        "no_source": "source not given",
        "without_source": "without a source",
        "articles": "articles",
        "copies_left_out": "copies of one dispatch counted once",
        "sources": "sources",
        "first_seen": "first seen",
        "filters": "Filters",
        "domains": "Domains",
        "timeline": "Timeline",
        "chart_actors": "Most mentioned: {name} ({n} mentions)",
        "chart_domains": "Most discussed: {name} ({n} mentions)",
        "chart_heatmap": "Who talks about what: sentences naming actor and domain",
        "chart_commitments": "{name} is a party to {n} of the commitments found",
        "chart_groups": "Most reported: {label}, by {n} sources",
        "chart_timeline": "Dated commitments and events, {first} – {last}",
        "timeline_outliers": "Off the axis: {n} distant date(s) ({dates})",
        "timeline_plans": (
            "Off the axis: {n} date(s) after the last publication, plans rather than facts"
            " ({dates})"
        ),
        "timeline_named": "{k} of {n} points named (agreements, signings, summits first);"
        " all in the dated list",
        "precision_day": "exact day",
        "precision_period": "week or month (its length)",
        "precision_year": "year (its length)",
        "chart_network": "Actors and domains named in the same sentences",
        "all_f": "all",
        "all_m": "all",
        "kind": "Kind",
        "countries": "Country",
        "actors": "Actors",
        "category": "Category",
        "commitment": "Commitment",
        "period": "Period",
        "search": "Search",
        "search_hint": "word in the sentence…",
        "min_mentions": "Mentions ≥",
        "all_copies": "Every copy (+{n})",
        "all_copies_tip": "Also count the same dispatch taken up by other outlets",
        "export": "Export",
        "export_tip": "Writes the chart (PNG, SVG, PDF) and the table (CSV, Excel) to exports/",
        "to_deck": "Export to the deck",
        "to_deck_tip": "Adds this chart, with its filters, to the next make briefing",
        "to_deck_done": "Added to the deck ({n} chart(s) waiting): {title}",
        "to_deck_empty": "Nothing to add: this chart is empty for these filters.",
        "export_empty": "Empty chart for these filters: only the table is written.",
        "written": "Written to exports/:",
        "add_links": "Addresses (one per line) of pages or RSS/Atom feeds",
        "add_button": "Add to seeds/",
        "add_done": "{n} article(s) added: run dossier.load() again to read them.",
        "add_working": "Downloading…",
        "table": "Table",
        "source_sentences": "Source sentences",
        "more_rows": "{n} more rows: Export writes them all.",
        "no_sentence": "No sentence for these filters.",
        "sentence": "sentence",
        "more_sentences": "… and {n} more sentences",
        "view": "View",
        "by_actor": "by actor",
        "followed": "followed",
        "sentences_of": "Sentences of",
        "new_since": "New since",
        "no_article": "No article.",
        "col_actor": "actor",
        "col_kind": "kind",
        "col_country": "country",
        "col_role": "role",
        "col_affiliation": "affiliation",
        "col_mentions": "mentions",
        "col_domain": "domain",
        "col_category": "category",
        "col_parties": "parties",
        "col_reason": "why joined",
        "col_instrument": "instrument",
        "col_domains": "domains",
        "col_sources": "sources",
        "col_articles": "articles",
        "col_first_seen": "first seen",
        "col_last_seen": "last seen",
        "col_date": "date",
        "col_trigger": "trigger",
        "col_confidence": "confidence",
        "col_sentence": "sentence",
        "col_sentences": "sentences",
        "col_what": "what",
        "col_when": "when",
        "col_source": "source",
        "col_title": "title",
        "col_outlet": "outlet",
        "col_url": "url",
        "deck_theme": "Defence and diplomacy watch",
        "deck_theme_label": "Theme",
        "deck_write": "Write the deck",
        "deck_writing": "Writing the charts and the deck…",
        "deck_period": "Period covered: {first} – {last}",
        "deck_no_period": "Period covered: publication dates not given",
        "deck_counts": "{articles} from {sources}",
        "deck_unknown_sources": "{n}: source not given",
        "deck_unknown_fix": "fill in the source column of {sidecar},"
        " or use python -m dossier add URL --to {folder}",
        "deck_reported_on": "reported {day}",
        "deck_week_of": "week of {day}",
        "deck_copies": "{n} copies of one dispatch counted once",
        "deck_made": "Prepared on {day} with dossier",
        "deck_key": "Key commitments",
        "deck_key_none": "No commitment found in these articles.",
        "deck_new": "New since {day}",
        "deck_new_none": "No commitment first reported since {day}.",
        "deck_missing": "What is missing",
        "deck_missing_intro": "Charts left out for lack of data:",
        "deck_annex": "Annex: sources",
        "deck_dated": "Chronology: dated list",
        "deck_added": "Added from the {name} explorer",
        "deck_page": "{n}/{total}",
        "deck_reported": "{n} sources",
        "deck_reported_articles": "{n} articles",
        "missing_acteurs": "no actor found: add French articles to {folder}",
        "missing_domaines": (
            "no domain found: the articles name no domain of the lexicon "
            "(lib/dossier/extraction/data/domains.toml)"
        ),
        "missing_acteurs-x-domaines": "no sentence names both an actor and a domain",
        "missing_engagements": (
            "no commitment found: add articles reporting agreements, intents or calls"
        ),
        "missing_chronologie": (
            "no dated commitment: fill in published in {sidecar} "
            "(the text's relative dates depend on it)"
        ),
        "missing_reseau": "no actor named with a domain in one sentence",
    },
}
