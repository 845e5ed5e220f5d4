"""Domains: the taxonomy's vocabulary and the rules that shape a mention, on short
French texts written for these tests."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

import dossier
from dossier.extraction import lexicon

FR = {"language": "fr"}  # short texts are too short for language detection


def mentions(text: str) -> list[tuple[str, str]]:
    """(mention text, domain id) in text order."""
    dm = dossier.extract(text, FR).domain_mentions
    return list(zip(dm.text, dm.domain_id, strict=True))


def ids(text: str) -> set[str]:
    return {d for _, d in mentions(text)}


def span_of(text: str, domain: str) -> list[str]:
    return [t for t, d in mentions(text) if d == f"domain:{domain}"]


# ---------------------------------------------------------------- the pattern file


def _config() -> dict:
    return tomllib.loads(
        resources.files("dossier.extraction.data").joinpath("domains.toml").read_text()
    )


def test_every_domain_is_complete_and_qualified_heads_name_real_domains():
    known = {d.id for d in lexicon.domains()}
    for d in lexicon.domains():
        assert d.label_fr and d.label_en and d.patterns, d.id
    heads = _config()["qualified"]["heads"]
    assert {f"domain:{d}" for d in heads} <= known
    assert _config()["phrase"]["heads"] and _config()["phrase"]["nouns_only"]


FUNCTION = {"de", "du", "des", "d'", "le", "la", "les", "l'", "à", "au", "aux", "en", "sur", "dans"}
FUNCTION |= {"par", "pour", "contre", "avec", "sous", "entre"}


def test_no_pattern_mixes_a_function_word_and_a_content_word_in_one_choice():
    """'militaire|de défense' reads as 'militaire' or 'de' followed by 'défense': a
    pattern language trap; and a lone "l'"/"d'" before a space is not a token."""
    for d in lexicon.domains():
        for pattern in d.patterns:
            previous = ""
            for chunk in pattern.split():
                options = chunk.rstrip("?").split("|")
                assert "l'" not in options and "d'" not in options, (d.id, pattern)
                if len(options) > 1:
                    kinds = {o in FUNCTION for o in options}
                    assert len(kinds) == 1, (d.id, pattern)
                    # "de la défense|l'armement" reads "de la l'armement"
                    if previous in FUNCTION:
                        assert not any(o[:2] in {"l'", "d'"} for o in options), (d.id, pattern)
                previous = chunk.rstrip("?")


# ---------------------------------------------------------------- mechanisms


def test_a_mention_grows_over_the_activity_noun_before_it():
    text = "La Pologne et la Corée du Sud vont lancer la production de missiles de précision."
    assert span_of(text, "missiles") == ["production de missiles de précision"]
    text = "Le contrat prévoit la livraison rapide de 40 chars lourds d'ici 2028."
    assert span_of(text, "armoured-vehicles") == ["livraison rapide de 40 chars lourds"]


def test_a_mention_grows_over_the_adjectives_after_it():
    text = "Les deux marines ont conduit des exercices militaires conjoints en mer Baltique."
    assert span_of(text, "military-training") == ["exercices militaires conjoints"]
    text = "Le pays manque de munitions lourdes."
    assert span_of(text, "munitions") == ["munitions lourdes"]


def test_growth_stops_at_names_complements_and_hyphenated_words():
    text = "La marine a reçu deux sous-marins de type Kestrel construits à Cherbourg."
    assert span_of(text, "submarines") == ["sous-marins"]
    text = "Ils achètent des munitions capables de percer les blindages."
    assert span_of(text, "munitions") == ["munitions"]
    text = "Les frégates commandées en 2022 seront livrées par Lorient."
    assert span_of(text, "surface-combatants") == ["frégates"]
    text = "Alger et Niamey renforcent leur coopération sécuritaire algéro-nigérienne."
    (found,) = span_of(text, "defence-cooperation")
    assert (
        found.startswith("coopération sécuritaire") and text[text.index(found) + len(found)] in " ."
    )


def test_an_activity_noun_already_in_a_mention_is_not_taken_twice():
    text = "Les trois pays ont signé une acquisition conjointe de frégates."
    found = mentions(text)
    assert ("acquisition conjointe", "domain:procurement") in found
    assert ("frégates", "domain:surface-combatants") in found


def test_mention_offsets_point_into_the_text():
    text = "Varsovie veut une production conjointe d'obus avec Séoul et plus de sous-marins."
    t = dossier.extract(text, FR)
    assert len(t.domain_mentions) >= 2
    for row in t.domain_mentions.itertuples():
        assert text[row.start : row.end] == row.text
        assert row.end == len(text) or not text[row.end].isalnum()


def test_a_nouns_only_word_qualifying_a_noun_is_not_a_domain():
    assert "domain:submarines" not in ids("Un câble sous-marin a été sectionné près de l'île.")
    assert "domain:critical-infrastructure" in ids("Un câble sous-marin a été sectionné.")
    assert "domain:submarines" in ids("La marine a commandé deux sous-marins.")


def test_a_head_needs_a_demonym_or_a_regional_adjective():
    assert span_of("Kiev mise sur l'industrie ukrainienne.", "defence-industry") == [
        "industrie ukrainienne"
    ]
    assert "domain:defence-industry" in ids("Le programme doit profiter à l'industrie européenne.")
    assert "domain:local-content" in ids("L'accord impose des contenus brésiliens élevés.")
    assert not ids("L'industrie automobile a besoin de commandes.")


def test_a_capitalised_word_inside_a_name_is_not_a_domain():
    assert "domain:maritime" not in ids("Le contrat a été attribué à Baltic Group lundi.")
    assert "domain:maritime" in ids("La France renforce sa présence dans le domaine maritime.")


def test_generic_words_alone_are_not_domains():
    text = (
        "Le prix de l'énergie a baissé. La formation des élèves reprend lundi. "
        "La production agricole progresse et l'industrie textile recrute."
    )
    assert ids(text) == set()


# ---------------------------------------------------------------- vocabulary

VOCABULARY = [
    # guarantees, reassurance, ceasefire
    (
        "Kiev réclame des garanties de sécurité et une mission de surveillance du cessez-le-feu.",
        {"security-guarantees", "ceasefire-monitoring"},
    ),
    (
        "L'Alliance maintient ses mesures de réassurance sur le flanc est.",
        {"reassurance"},
    ),
    # military aid and arms deliveries
    (
        "Berlin annonce un nouveau paquet d'aide militaire et des livraisons d'armes à l'Ukraine.",
        {"military-aid"},
    ),
    # procurement
    (
        "Les pays nordiques veulent l'achat en commun de matériel et des achats d'armement.",
        {"procurement"},
    ),
    # infrastructure and bases
    (
        "Le traité ouvre une base navale et modernise les infrastructures militaires.",
        {"defence-infrastructure"},
    ),
    # industry: transfers, joint and licensed production, capacity, supply
    (
        "L'Inde exige un transfert de technologie et une production sous licence des moteurs.",
        {"technology-transfer", "joint-production"},
    ),
    (
        "Les industriels doivent accroître leurs capacités industrielles et garantir la sécurité "
        "d'approvisionnement.",
        {"production-capacity", "supply-chain-security"},
    ),
    (
        "Le plan soutient la base industrielle et technologique de défense européenne (BITDE).",
        {"defence-industry"},
    ),
    (
        "Le groupe prévoit une coentreprise et une usine commune pour la coproduction de drones.",
        {"joint-production", "uncrewed-aerial-systems"},
    ),
    # research
    (
        "Les deux instituts signent un accord de recherche-développement et de R&D militaire.",
        {"science-technology"},
    ),
    # policy
    (
        "Bruxelles durcit le contrôle des exportations de biens à double usage.",
        {"export-control"},
    ),
    (
        "Le réarmement de l'Europe passe par des objectifs capacitaires ambitieux.",
        {"rearmament", "capability-development"},
    ),
    (
        "Les casques bleus poursuivent leur mission de maintien de la paix au Liban.",
        {"peacekeeping"},
    ),
    (
        "Le sommet a porté sur la lutte contre le terrorisme et l'aide au développement.",
        {"counter-terrorism", "development"},
    ),
    (
        "Les ministres ont évoqué la sécurité régionale et la stabilité régionale du Golfe.",
        {"regional-security"},
    ),
    (
        "Rome et Tunis luttent contre l'immigration clandestine et pour la sécurité des frontières",
        {"border-security"},
    ),
    # cooperation, training, intelligence
    (
        "La coopération militaire comprend la formation militaire, des exercices conjoints et "
        "le partage de renseignements.",
        {"defence-cooperation", "military-training", "information-sharing"},
    ),
    (
        "Les trois États créent une force unifiée sous un commandement conjoint et mèneront des "
        "opérations conjointes.",
        {"joint-force", "command-control", "joint-operations"},
    ),
    # capabilities and materiel
    (
        "L'armée veut des armes à énergie dirigée et une défense antiaérienne renforcée.",
        {"directed-energy", "air-missile-defence"},
    ),
    (
        "La marine disposera de capacités de frappe à longue portée.",
        {"long-range-strike"},
    ),
    (
        "Le contrat porte sur des avions de chasse, deux porte-avions et quatre frégates.",
        {"combat-aircraft", "aircraft-carriers", "surface-combatants"},
    ),
    (
        "Le chantier naval construira un sous-marin à propulsion nucléaire.",
        {"shipbuilding", "submarines", "nuclear-propulsion"},
    ),
    (
        "Les garde-côtes renforcent la lutte contre les mines dérivantes.",
        {"coast-guard", "mine-countermeasures"},
    ),
    # space and cyber
    (
        "Les deux agences partagent leurs données sur les débris spatiaux et la sécurité spatiale.",
        {"space-security"},
    ),
    (
        "L'accord couvre la sécurité des systèmes d'information et le renforcement des capacités.",
        {"cyber", "capacity-building"},
    ),
    # standard areas of NATO and EU capability and policy vocabulary
    (
        "Les deux États renforcent leur gestion de crise et leurs opérations militaires.",
        {"crisis-management", "military-operations"},
    ),
    ("L'état de préparation opérationnelle de la force en attente sera évalué.", {"readiness"}),
    (
        "La coopération médicale et la logistique figurent au programme.",
        {"medical-support", "logistics-sustainment"},
    ),
    (
        "Le contrat comprend une suite avionique et un système de navigation inertielle.",
        {"avionics-navigation"},
    ),
    (
        "Les ministres ont évoqué un mécanisme de financement des opérations de paix.",
        {"defence-financing"},
    ),
    (
        "Le dialogue stratégique porte aussi sur la coopération économique.",
        {"strategic-dialogue", "economic-cooperation"},
    ),
    ("Les deux pays défendent l'état de droit et les droits de l'homme.", {"rule-of-law"}),
    (
        "Une mission humanitaire et des exercices de recherche et sauvetage sont prévus.",
        {"humanitarian-assistance"},
    ),
    ("La défense NRBC fait partie des priorités.", {"cbrn"}),
]


@pytest.mark.parametrize(("text", "expected"), VOCABULARY, ids=lambda v: str(v)[:40])
def test_vocabulary_of_the_field(text, expected):
    assert {f"domain:{d}" for d in expected} <= ids(text)


def test_a_date_after_a_domain_is_not_part_of_it():
    c = dossier.extract(
        "La France et le Portugal ont renforcé leur coopération militaire lundi à Lisbonne.",
        {"language": "fr"},
    )
    assert c.domain_mentions.text.tolist() == ["coopération militaire"]


# ---------------------------------------------------------------- areas in the text's own words


def areas(text: str) -> list[str]:
    return [t for t, d in mentions(text) if d.startswith("area:")]


def test_each_area_a_frame_lists_is_one_mention():
    text = "Le Maroc et le Sénégal coopèrent en matière de santé, d'éducation et d'agriculture."
    assert areas(text) == ["santé", "éducation", "agriculture"]


def test_a_general_word_after_a_frame_and_a_clause_after_a_comma_are_no_area():
    assert areas("En matière de sécurité, les deux pays ont signé un accord.") == []


def test_a_fight_is_an_area_named_with_what_it_fights_even_a_group():
    text = "Le Tchad et le Niger ont parlé de la lutte contre Boko Haram et la piraterie."
    assert areas(text)[0] == "lutte contre Boko Haram"
    # a taxonomy phrase after "lutte contre" keeps its own domain, no bare "lutte" left over
    assert ("lutte",) not in {(a,) for a in areas("Ils parlent de la lutte contre le terrorisme.")}
    assert "domain:counter-terrorism" in ids("Ils parlent de la lutte contre le terrorisme.")


def test_a_field_adjective_makes_an_area_but_not_of_people_or_sources():
    text = "Selon une source militaire, le chef militaire a vanté la géographie militaire du pays."
    assert areas(text) == ["géographie militaire"]


def test_areas_reach_the_domains_table_with_their_wording_as_label():
    c = dossier.extract(
        "Le Maroc et le Sénégal coopèrent en matière d'agriculture. "
        "Ils investiront aussi dans le domaine de l'agriculture.",
        FR,
    )
    row = c.domains[c.domains.domain_id.str.startswith("area:")]
    assert row.label_fr.tolist() == ["agriculture"]
    assert row.category.tolist() == ["policy"]
    assert row.mentions.tolist() == [2]


def test_a_policy_phrase_holding_a_place_name_is_a_domain_but_the_place_alone_is_not():
    c = dossier.extract("Les ministres ont parlé de l'Europe de la défense à Vienne.", FR)
    assert c.domain_mentions.text.tolist() == ["Europe de la défense"]
    c = dossier.extract("Les ministres ont parlé de l'Europe à Vienne.", FR)
    assert c.domain_mentions.empty


def test_standard_terms_of_the_field_are_their_areas():
    found = ids(
        "Les ministres veulent renforcer le lien transatlantique, démanteler les réseaux "
        "criminels et partager une culture stratégique. La cybernétique les inquiète."
    )
    assert {
        "domain:security-defence-policy",
        "domain:organised-crime",
        "domain:cyber",
    } <= found


def test_a_capitalised_common_noun_opening_a_match_is_a_name_not_an_area():
    assert ids("Hier, la Force conjointe du G5 Sahel a mené une opération.") == set()
    assert "domain:combat-aircraft" not in ids("Le programme du Système de combat aérien avance.")
    assert "domain:joint-force" in ids("Hier, les forces conjointes ont mené une opération.")
    assert ids("Hier, l'Europe de la défense a progressé.") == {"domain:security-defence-policy"}


def test_areas_of_crisis_and_civil_protection_are_named_in_long_phrases():
    text = (
        "Les deux marines coopéreront en matière de recherche et de sauvetage en mer et "
        "d'aide en cas de catastrophe. La situation sécuritaire au Sahel reste fragile, "
        "et la mission veillera à la protection des populations civiles jusqu'au retour "
        "à l'ordre constitutionnel."
    )
    found = ids(text)
    wanted = {"humanitarian-assistance", "regional-security", "peacekeeping", "stabilisation"}
    assert {f"domain:{d}" for d in wanted} <= found


def test_mediation_ceasefire_and_shared_information_are_areas():
    text = (
        "Le Tchad soutient la médiation de l'Union africaine et le cessez-le-feu. Les deux "
        "armées amélioreront le partage de l'information et leurs outils de commandement et "
        "de contrôle."
    )
    wanted = {"stabilisation", "ceasefire-monitoring", "information-sharing", "command-control"}
    assert {f"domain:{d}" for d in wanted} <= ids(text)


def test_training_in_the_rectified_spelling_is_training():
    text = (
        "Les deux armées ont repris leurs activités de formation et d'entrainement "
        "conjoints, avec un échange de stagiaires."
    )
    assert "domain:military-training" in ids(text)
    spans = span_of(
        "Des sessions de formation et d'entrainement pour les gardes-côtes.", "military-training"
    )
    assert any("formation et d'entrainement" in s for s in spans), spans


def test_a_noun_phrase_listed_with_an_area_is_an_area_too():
    # the taxonomy knows cyber security, not social protection: the list says both are areas
    assert "protection sociale" in [
        t
        for t, _ in mentions(
            "Les ministres ont évoqué la cybersécurité et la protection sociale des soldats."
        )
    ]
    # a noun the parse joins to the list through another preposition is not a member
    found = [
        t
        for t, _ in mentions(
            "La marine possède encore cinq exemplaires et le vénérable navire de commandement "
            "et de soutien logistique Sirius."
        )
    ]
    assert found == ["soutien logistique"]
    # people and places in a list are no areas
    for other in ("le peuple malien", "la capitale malienne", "les victimes civiles"):
        text = f"Hier, les ministres ont évoqué la cybersécurité et {other}."
        assert [t for t, _ in mentions(text)] == ["cybersécurité"], other
    # a bare noun in the list stays out: the small model joins too much to lists
    assert [t for t, _ in mentions("Le texte couvre le renseignement et les voisins.")] == [
        "renseignement"
    ]


def test_security_of_a_region_is_an_area_and_bare_security_is_none():
    text = (
        "Les ministres ont parlé de la sécurité africaine. La sécurité des soldats est "
        "assurée. La sécurité nationale est une priorité. Les forces de sécurité maliennes "
        "patrouillent. Il se sentait en sécurité."
    )
    assert mentions(text) == [("sécurité africaine", "domain:regional-security")]


def test_a_transition_and_its_elections_are_a_peace_process_area():
    text = (
        "La junte s'est engagée à conduire la transition démocratique jusqu'à la tenue "
        "d'élections libres et transparentes, après la cessation des hostilités dans le nord."
    )
    found = dict(mentions(text))
    for area in ("transition démocratique", "élections libres", "cessation des hostilités"):
        assert found.get(area) == "domain:stabilisation", found
    # an election announced is no area: only one the text qualifies
    assert "domain:stabilisation" not in ids("Le pays tiendra une élection le 3 mars.")


def test_review_a_transition_of_something_else_is_not_a_peace_process():
    found = dict(mentions("Le processus de transition énergétique des armées avance."))
    assert "domain:stabilisation" not in found.values(), found


def test_a_bare_training_noun_listed_with_areas_is_training_not_alone_or_with_a_complement():
    text = (
        "Les deux pays coopèrent dans la cybersécurité, la formation et le renseignement militaire."
    )
    assert span_of(text, "military-training") == ["formation"]
    assert "domain:military-training" not in ids(
        "La formation du gouvernement et la lutte contre le terrorisme restent difficiles."
    )
    assert "domain:military-training" not in ids("La formation a duré trois jours.")
