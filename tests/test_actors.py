"""People, companies and places as the press writes them: titles before and after names,
lists of appositions, hyphenated surnames, companies glued to their heads. Short texts
written for these tests; the names are invented."""

from __future__ import annotations

import dossier

FR = {"language": "fr"}


def people(text: str) -> dict[str, tuple[str, str]]:
    """person id -> (role, affiliation id)."""
    a = dossier.extract(text, FR).actors
    p = a[a.kind == "person"]
    return {r.actor_id: (r.role, r.affiliation_id) for r in p.itertuples()}


def kinds_by_name(actors) -> dict[str, str]:
    """name -> kind of an actors table."""
    return dict(zip(actors.name, actors.kind, strict=True))


def actors_of_kind(c, kind: str) -> list[str]:
    """The actor ids of the commitments of one kind, in table order."""
    ids = c.commitments[c.commitments.kind == kind].commitment_id
    return c.commitment_actors[c.commitment_actors.commitment_id.isin(ids)].actor_id.tolist()


def actors_of_sentence(c, sentence_id: str) -> set[str]:
    """The actor ids of the commitments of one sentence."""
    ids = c.commitments[c.commitments.sentence_id == sentence_id].commitment_id
    return set(c.commitment_actors[c.commitment_actors.commitment_id.isin(ids)].actor_id)


def people_of(text: str) -> dict[str, tuple[str, str]]:
    """name -> (role, country) of the people of a text."""
    a = dossier.extract(text, FR).actors
    return {r.name: (r.role, r.country) for r in a[a.kind == "person"].itertuples()}


def test_a_hyphenated_surname_stays_whole():
    found = people("Le ministre lituanien de la Défense, Vaidas Kasperaitis-Rimkus, a signé.")
    assert found == {
        "person:vaidas-kasperaitis-rimkus": ("ministre lituanien de la Défense", "country:LTU")
    }


def test_a_company_glued_to_its_head_is_split_from_him():
    c = dossier.extract(
        "Le président de Baltic Group Jonas Petraitis a rencontré des élus à Vilnius.", FR
    )
    actors = c.actors.set_index("actor_id")
    assert actors.loc["org:baltic-group", "kind"] == "organization"
    assert actors.loc["person:jonas-petraitis", "affiliation_id"] == "org:baltic-group"


def test_the_one_name_after_de_ending_a_products_phrase_is_its_maker():
    c = dossier.extract(
        "L'appareil recevra le système de navigation inertielle de Valcor, le radar Zephyr de "
        "Kestrel et le missile Orage de Norvel. Le système de défense de Taïwan et le radar "
        "de la France restent.",
        FR,
    )
    kinds = c.actors.set_index("actor_id").kind.to_dict()
    assert kinds == {
        "org:valcor": "organization",
        "org:kestrel": "organization",
        "org:norvel": "organization",
        "country:TWN": "country",
        "country:FRA": "country",
    }


def test_a_company_word_inside_an_institution_name_does_not_split_it():
    c = dossier.extract("La Baltic Security Cooperation Agency a approuvé la vente.", FR)
    assert c.actors.actor_id.tolist() == ["org:baltic-security-cooperation-agency"]


def test_a_first_name_that_is_a_country_is_a_first_name():
    found = people(
        "« Rien n'est réglé », a prévenu le général Dominique Laurier, chef de la brigade."
    )
    assert list(found) == ["person:dominique-laurier"]


def test_a_hyphenated_first_name_holding_a_country_is_a_first_name():
    c = dossier.extract("Anne-France Morel et Paul Girard ont signé l'accord.", FR)
    assert set(c.actors.actor_id) == {"person:anne-france-morel", "person:paul-girard"}


def test_a_surname_that_is_a_country_is_the_person_also_when_it_stands_alone():
    c = dossier.extract(
        "Le ministre Paul Hollande a signé jeudi un accord avec la Norvège. Hollande a "
        "ensuite rencontré des industriels.",
        FR,
    )
    assert "country:NLD" not in set(c.actors.actor_id)
    assert {"person:paul-hollande", "country:NOR"} <= set(c.actors.actor_id)
    # the country itself is still the country
    c = dossier.extract("La Hollande et la Belgique ont signé un accord.", FR)
    assert {"country:NLD", "country:BEL"} <= set(c.actors.actor_id)


def test_a_name_right_after_a_full_title_without_comma():
    found = people("Ils ont parlé avec le ministre estonien de la Défense Kalev Tammsaar hier.")
    assert found == {"person:kalev-tammsaar": ("ministre estonien de la Défense", "country:EST")}


def test_a_plural_title_gives_each_listed_person_their_own_state():
    found = people(
        "Le texte sera discuté par les ministres de la Défense de la Croatie, Ivo Maric, et "
        "de la Slovénie, Janez Kranjc, à Zagreb."
    )
    assert found == {
        "person:ivo-maric": ("ministre de la Défense", "country:HRV"),
        "person:janez-kranjc": ("ministre de la Défense", "country:SVN"),
    }
    found = people(
        "Les ministres croates ont rencontré leurs homologues lettons Ilze Berzina et Andris "
        "Kalnins."
    )
    assert found == {
        "person:ilze-berzina": ("homologue letton", "country:LVA"),
        "person:andris-kalnins": ("homologue letton", "country:LVA"),
    }


def test_in_a_list_of_appositions_each_title_goes_to_the_name_after_it():
    found = people(
        "Étaient présents le secrétaire estonien à la Défense, Kalev Tammsaar, le ministre "
        "letton de la Défense, Ilze Berzina, et le ministre lituanien de la Défense, Vaidas "
        "Rimkus."
    )
    assert found == {
        "person:kalev-tammsaar": ("secrétaire estonien à la Défense", "country:EST"),
        "person:ilze-berzina": ("ministre letton de la Défense", "country:LVA"),
        "person:vaidas-rimkus": ("ministre lituanien de la Défense", "country:LTU"),
    }


def test_a_people_before_the_name_does_not_hide_the_title():
    found = people(
        "La commissaire européenne au Commerce et aux Transports, la Danoise Mette Holm, a "
        "salué l'accord."
    )
    assert found == {
        "person:mette-holm": ("commissaire européenne au Commerce et aux Transports", "")
    }


def test_a_portfolio_or_a_capitalised_common_noun_is_no_body():
    c = dossier.extract(
        "Le ministre des Affaires étrangères a reçu les Partis de l'opposition.", FR
    )
    assert c.actors.empty


def test_a_place_the_model_finds_stands_where_places_stand():
    c = dossier.extract(
        "Les frégates seront livrées à la base navale de Port-Tavel, près de Kernavé.", FR
    )
    assert {"place:port-tavel", "place:kernave"} <= set(c.actors.actor_id)


def test_collectives_named_by_what_they_are_are_groups():
    c = dossier.extract(
        "En mars, 14 pays avaient déposé un dossier. Les États membres ont approuvé la feuille "
        "de route. Les alliés ont salué l'accord. Les pays signataires se réuniront. Les "
        "Vingt-Sept ont adopté le texte.",
        FR,
    )
    groups = set(c.actors[c.actors.kind == "group"].name)
    assert groups == {"14 pays", "États membres", "alliés", "pays signataires", "Vingt-Sept"}


def test_holders_of_one_office_named_by_it_are_a_group_beside_their_body():
    c = dossier.extract(
        "Les ministres de la Défense des pays de l'Alliance se sont réunis jeudi à Bruxelles. "
        "Les quatre ministres ont décidé de renforcer leur coopération maritime. Les chefs "
        "d'état-major du Benelux se sont entendus sur un calendrier. Les dirigeants de la "
        "Coalition des bâtisseurs se réunissent à Oslo.",
        FR,
    )
    groups = set(c.actors[c.actors.kind == "group"].name)
    assert groups == {
        "ministres de la Défense des pays de l'Alliance",
        "quatre ministres",
        "chefs d'état-major du Benelux",
        "dirigeants de la Coalition des bâtisseurs",
    }
    assert {"org:otan", "org:coalition-des-batisseurs"} <= set(c.actors.actor_id), (
        "the body stays itself"
    )
    assert "group:chefs-d-etat-major-du-benelux" in actors_of_kind(c, "agreement")


def test_an_office_of_two_states_coordinated_keeps_both_states():
    c = dossier.extract(
        "Les ministres portugais et grecs de la Défense ont signé un accord à Lisbonne.", FR
    )
    groups = c.actors[c.actors.kind == "group"]
    assert list(groups.name) == ["ministres portugais et grecs de la Défense"]
    assert {"country:PRT", "country:GRC"} <= set(c.actors.actor_id), "neither state is lost"
    members = c.group_members[c.group_members.group_id == groups.actor_id.iloc[0]]
    assert set(members.member_id) == {"country:PRT", "country:GRC"}


def test_the_office_of_the_two_is_held_by_the_two_people_the_next_sentence_opens_with():
    found = people(
        "La base a été rendue lors d'une cérémonie en présence des ministres de la Défense "
        "des deux pays.\nPaul Girard et Jean Roux ont signé un document. Marc Vidal a salué "
        "l'accord."
    )
    assert found == {
        "person:paul-girard": ("ministre de la Défense", ""),
        "person:jean-roux": ("ministre de la Défense", ""),
        "person:marc-vidal": ("", ""),
    }


def test_an_office_before_a_rank_and_a_name_is_the_role():
    found = people("Le ministre des Armées, le général Paul Girard, a signé l'accord.")
    assert found["person:paul-girard"][0] == "ministre des Armées"
    two = people("Le ministre des Armées et le général Paul Girard ont signé l'accord.")
    assert two["person:paul-girard"][0] == "général", "« et » joins two people"
    # a rank with its complements, and an office whose body has its acronym in brackets
    found = people(
        "Le chef d'état-major de l'Armée nationale (AN), le général d'armée Karim Haddad, "
        "a reçu son homologue. Le chef d'état-major des armées, le général de corps d'armée "
        "Luc Vernier, était présent."
    )
    assert found["person:karim-haddad"][0] == "chef d'état-major de l'Armée nationale"
    assert found["person:luc-vernier"][0] == "chef d'état-major des armées"
    found = people(
        "Le chef d'état-major des Forces armées maliennes (FAMa), le général de division "
        "Oumar Diarra, a signé l'accord avec la France."
    )
    assert found["person:oumar-diarra"][0] == "chef d'état-major des Forces armées maliennes"


def test_a_title_that_points_back_or_names_a_body_or_lists_people_makes_no_group():
    c = dossier.extract(
        "Le conseil des ministres a adopté le budget. Les ministres ont parlé. Les deux "
        "ministres ont signé un accord. Les ministres de la Défense des deux pays ont salué "
        "l'accord. En présence des ministres de la Défense du Togo, le général Kossi Abalo, "
        "et du Bénin, le colonel Marc Houngbo, le texte a été adopté. Les ministres de la "
        "Défense de l'Estonie et de la Finlande ont signé.",
        FR,
    )
    assert not c.actors.actor_id.str.startswith("group:").any()
    assert {"country:EST", "country:FIN", "country:TGO", "country:BEN"} <= set(c.actors.actor_id)
    roles = c.actors.set_index("actor_id").role
    assert roles["person:kossi-abalo"] == roles["person:marc-houngbo"] == "ministre de la Défense"


def test_a_set_counted_without_a_number_is_a_group_but_never_the_voice_of_the_text():
    c = dossier.extract(
        "De nombreux États ont promis des obus, selon la France. Une dizaine de pays "
        "promettent des drones. Nous saluons cette mobilisation.",
        FR,
    )
    groups = set(c.actors[c.actors.kind == "group"].name)
    assert groups == {"nombreux États", "dizaine de pays"}
    assert actors_of_kind(c, "assessment") == ["country:FRA"], (
        "« nous » is not « de nombreux États »"
    )


def test_a_regional_set_counted_without_a_number_is_its_regional_group():
    c = dossier.extract(
        "Le projet a été présenté mardi. Plusieurs pays européens envisagent de rejoindre le "
        "programme. Des pays africains ont été cités comme clients possibles.",
        FR,
    )
    assert kinds_by_name(c.actors) == {"pays européens": "group"}, "« des pays africains »: any"
    assert actors_of_kind(c, "exploration") == ["group:europe"]
    # a set only said as where something is makes no actor
    where = dossier.extract(
        "Le groupe Vextor a publié ses résultats. Il est présent dans de nombreux pays "
        "africains et souhaite s'étendre en Asie.",
        FR,
    )
    assert "group" not in set(where.actors.kind)
    # a set the text does not name is no topic for what follows
    c = dossier.extract(
        "Le Mali a lancé un programme de drones. Plusieurs pays européens envisagent d'y "
        "participer. Le premier exemplaire sera livré en 2026.",
        FR,
    )
    last = c.commitments.commitment_id.iloc[-1]
    holders = c.commitment_actors[c.commitment_actors.commitment_id == last]
    assert holders.actor_id.tolist() == ["country:MLI"]


def test_a_bilateral_body_keeps_the_two_states_of_its_name():
    c = dossier.extract(
        "Hier, la Chambre de commerce Chili-Pérou a organisé un forum à Lima. Le Groupe de "
        "travail Inde-Afrique du Sud s'est réuni mardi.",
        FR,
    )
    kinds = kinds_by_name(c.actors)
    assert kinds["Chambre de commerce Chili-Pérou"] == "organization"
    assert kinds["Groupe de travail Inde-Afrique du Sud"] == "organization"
    assert "Groupe de travail" not in kinds
    chain = dossier.extract("Hier, le Comité de défense Mali-Niger-Tchad s'est réuni.", FR)
    assert "Comité de défense Mali-Niger-Tchad" in set(chain.actors.name)
    # a state after a body with a space is its owner, not part of its name
    owned = dossier.extract("Hier, le ministère de la Défense du Chili a parlé à Lima.", FR)
    assert "country:CHL" in set(owned.actors.actor_id)


def test_a_bare_noun_completes_a_qualified_collective():
    c = dossier.extract("À Genève, les États contributeurs d'effectifs ont salué la décision.", FR)
    assert c.actors[c.actors.kind == "group"].name.tolist() == ["États contributeurs d'effectifs"]


def test_a_collective_is_named_with_the_body_it_belongs_to_and_the_body_stays():
    c = dossier.extract(
        "Les alliés de l'OTAN ont salué l'accord. Les États membres de la CEDEAO ont signé.",
        FR,
    )
    names = dict(zip(c.actors.actor_id, c.actors.name, strict=True))
    assert names == {
        "group:allies-de-l-otan": "alliés de l'OTAN",
        "group:etats-membres-de-la-cedeao": "États membres de la CEDEAO",
        "org:otan": "OTAN",
        "org:cedeao": names["org:cedeao"],
    }
    later = dossier.extract(
        "Les États membres de la CEDEAO ont signé. Les États membres ont salué l'accord.", FR
    )
    groups = later.actors[later.actors.kind == "group"]
    assert groups.actor_id.tolist() == ["group:etats-membres-de-la-cedeao"], "one collective"
    assert int(groups.mentions.iloc[0]) == 2


def test_a_count_past_autres_or_before_a_qualifier_is_in_the_group_name():
    c = dossier.extract(
        "Sept autres pays ont rejoint l'initiative. Les trois États concernés ont salué l'accord.",
        FR,
    )
    assert set(c.actors[c.actors.kind == "group"].name) == {
        "Sept autres pays",
        "trois États concernés",
    }


def test_some_countries_of_a_region_are_no_actor_but_the_nordic_countries_are():
    c = dossier.extract(
        "Des pays africains ont protesté. Les pays nordiques ont signé un accord.", FR
    )
    assert c.actors[c.actors.kind == "group"].name.tolist() == ["pays nordiques"]


def test_the_three_countries_are_the_three_states_named_before():
    c = dossier.extract(
        "La Grèce, Chypre et Malte ont signé un accord. Les trois pays commanderont ensemble "
        "douze radars.",
        FR,
    )
    second = c.commitments[c.commitments.sentence_id == c.sentences.sentence_id.iloc[1]]
    ca = c.commitment_actors[c.commitment_actors.commitment_id.isin(second.commitment_id)]
    assert set(ca[ca.role == "party"].actor_id) == {"country:GRC", "country:CYP", "country:MLT"}


def ids(text: str) -> set[str]:
    return set(dossier.extract(text, FR).actors.actor_id)


def test_credits_bylines_and_agencies_are_no_actors():
    found = ids(
        "Par Pierre Vallet et Jeanne Roussel\n\n"
        "Le secrétaire général de l'OTAN, Marc Durand, a parlé à l'AFP. "
        "Photo: REUTERS/Anna Van Der Berg\n\n"
        "La ministre est arrivée ( AFP / LUDOVIC MARIN )."
    )
    assert found == {"org:otan", "person:marc-durand"}


def test_ships_products_and_exercises_named_like_actors_are_none():
    found = ids(
        "Le porte-avions Charles de Gaulle est arrivé avec la frégate HS Pelagos. L'Inde a "
        "acheté 12 avions de chasse Orage. L'exercice Sable Rouge a commencé avec le Medium "
        "Range Missile System."
    )
    assert found == {"country:IND"}


def test_a_company_after_a_company_noun_whatever_the_model_said():
    found = ids(
        "Le contrat a été signé avec le groupe sud-coréen Dalmi et le fabricant de drones "
        "Skyvolt, tandis que le géant brésilien Construra a bâti le chantier."
    )
    assert {"org:dalmi", "org:skyvolt", "org:construra"} <= found


def test_bodies_written_in_lower_case_and_armed_forces():
    found = ids(
        "Le Conseil d'évaluation de l'armement indien a validé l'achat. Le ministère "
        "brésilien de la défense l'a confirmé. Les frégates seront remises à la Marine "
        "chilienne, qui s'entraîne avec l'armée péruvienne."
    )
    assert {
        "org:ind-conseil-d-evaluation-de-l-armement",
        "org:bra-ministere-de-la-defense",
        "org:marine-chilienne",
        "org:armee-peruvienne",
        "country:IND",
        "country:BRA",
        "country:CHL",
        "country:PER",
    } <= found


def test_a_body_named_by_an_adjective_or_two_complements_is_whole():
    c = dossier.extract(
        "À Lomé, le Comité permanent de planification et de logistique a approuvé le plan. "
        "Selon le texte, l'Office régional des achats militaires lancera un appel d'offres.",
        FR,
    )
    orgs = set(c.actors[c.actors.kind == "organization"].name)
    assert orgs == {
        "Comité permanent de planification et de logistique",
        "Office régional des achats militaires",
    }


def test_a_body_named_by_coordinated_portfolios_is_not_cut_at_et():
    c = dossier.extract(
        "Le projet a été voté par la Commission des Finances et de la Défense, puis examiné "
        "par la Commission de l'industrie, de la défense et des forces armées. Le Bureau de "
        "liaison en matière de renseignement l'a transmis au Conseil de défense et de "
        "l'Organisation du traité.",
        FR,
    )
    orgs = set(c.actors[c.actors.kind == "organization"].name)
    assert {
        "Commission des Finances et de la Défense",
        "Commission de l'industrie, de la défense et des forces armées",
        "Bureau de liaison en matière de renseignement",
    } <= orgs
    assert "Conseil de défense et de l'Organisation du traité" not in orgs, "another body"


def test_an_acronym_defined_in_parentheses_is_the_body_named_before_it():
    c = dossier.extract(
        "L'Office des systèmes numériques de l'État (OSNE) du Gabon a signé un protocole. "
        "Le directeur de l'OSNE a salué l'accord.",
        FR,
    )
    m = c.mentions[c.mentions.actor_id == "org:office-des-systemes-numeriques-de-l-etat"]
    assert m.text.tolist() == ["Office des systèmes numériques de l'État", "OSNE", "OSNE"]


def test_an_acronym_s_name_keeps_the_nationality_its_letters_spell():
    """« le Front populaire tchadien (FPT) »: one body, named in full, of Chad; not a
    « Front populaire » beside a mention of Chad, whether or not the model cut it short."""
    c = dossier.extract(
        "Le ministre a reçu à Niamey les chefs du Mouvement patriotique nigérien (MPN) et "
        "le Front révolutionnaire tchadien (FRT). Le MPN a salué la rencontre.",
        FR,
    )
    orgs = c.actors[c.actors.kind == "organization"].set_index("name")
    assert {"Mouvement patriotique nigérien", "Front révolutionnaire tchadien"} <= set(orgs.index)
    assert not {"Mouvement patriotique", "Front révolutionnaire", "MPN"} & set(orgs.index)
    assert orgs.loc["Front révolutionnaire tchadien", "country"] == "TCD"
    mpn = c.mentions[c.mentions.text == "MPN"].actor_id
    assert set(mpn) == {"org:mouvement-patriotique-nigerien"}
    # a body named before, or a verb, is no part of the next body's name
    c = dossier.extract(
        "La CEDEAO et le Collectif des syndicats enseignants (CSE) ont signé un accord. "
        "La CEDEAO appuie la commission électorale (CE). Le Premier ministre soutient le "
        "Front patriotique (FP).",
        FR,
    )
    orgs = set(c.actors[c.actors.kind == "organization"].name)
    assert {"CEDEAO", "Collectif des syndicats enseignants", "Front patriotique"} <= orgs
    assert not any("appuie" in o or "soutient" in o or " et le " in o for o in orgs)


def test_a_body_s_name_runs_through_against_and_on_to_its_acronym():
    """« Office des Nations unies contre la drogue et le crime (ONUDC) »: one body, its
    acronym an alias, not an « Office des Nations » beside an « ONUDC »."""
    c = dossier.extract(
        "Le Conseil a entendu le directeur de l'Office des Nations Unies contre la drogue et "
        "le crime (ONUDC), Pavel Orlov. L'ONUDC publiera un rapport.",
        FR,
    )
    orgs = set(c.actors[c.actors.kind == "organization"].name)
    assert "Office des Nations Unies contre la drogue et le crime" in orgs
    assert not {"ONUDC", "Office des Nations"} & orgs


def test_a_portfolio_of_affairs_with_two_adjectives_is_all_of_the_title():
    """« chargé des Affaires maghrébines et africaines M. X »: any « Affaires » with its
    adjectives is a portfolio, not a body, and the title is his; so « le président
    français » in the next sentence is not given to him."""
    c = dossier.extract(
        "Le général sera reçu par le ministre délégué chargé des Affaires maghrébines et "
        "africaines M. Karim Benali, puis se rendra à Oran.\n"
        "Cette visite suit celle du président français en décembre.",
        FR,
    )
    people = c.actors[c.actors.kind == "person"].set_index("name")
    assert people.loc["Karim Benali", "role"] == (
        "ministre délégué chargé des Affaires maghrébines et africaines"
    )
    assert "Affaires maghrébines" not in set(c.actors.name)
    # before a comma too, whatever gender the model gives the second adjective
    found = people_of(
        "Le ministre chargé des Affaires maghrébines et africaines, Marc Lenoir, a signé "
        "l'accord avec la France."
    )
    assert found["Marc Lenoir"][0] == "ministre chargé des Affaires maghrébines et africaines"


def test_two_titles_before_one_name_are_both_his_and_his_shorter_name_is_him():
    """« le vice-premier ministre, ministre de la Défense nationale et anciens
    combattants, X »: one role of both titles (a portfolio after « et » needs no article);
    « Paul Kanku » later is « Paul Kanku Mbaya », not a second person."""
    c = dossier.extract(
        "Le vice-premier ministre, ministre de la Défense nationale et anciens combattants, "
        "Paul Kanku Mbaya, a été reçu à Brasilia par son homologue. Pour sa part, Paul "
        "Kanku a remercié le Brésil pour son accueil.",
        FR,
    )
    people = c.actors[c.actors.kind == "person"].set_index("name")
    assert list(people.index) == ["Paul Kanku Mbaya"]
    assert people.loc["Paul Kanku Mbaya", "role"] == (
        "vice-premier ministre, ministre de la Défense nationale et anciens combattants"
    )
    # the first title's state is the holder's; a shorter name named before, or given
    # another title, is someone else; names merged in a chain break nothing
    found = people_of(
        "Le vice-premier ministre ivoirien, ministre de la Défense, Paul Mba, a signé "
        "l'accord avec la France."
    )
    assert found["Paul Mba"] == ("vice-premier ministre ivoirien, ministre de la Défense", "CIV")
    found = people_of(
        "Le roi Juan Carlos a reçu le président panaméen Juan Carlos Ortega. Juan Carlos "
        "Ortega a signé l'accord avec la France."
    )
    assert found["Juan Carlos"][0] == "roi"
    found = people_of(
        "Jean Paul Mba Obame a signé l'accord avec la France. Paul Mba Obame a salué la "
        "décision. Paul Mba est parti."
    )
    assert "Paul Mba Obame" not in found and "Jean Paul Mba Obame" in found


def test_holders_of_coordinated_portfolios_each_hold_theirs_in_order():
    """« Les ministres français de la Défense et des Affaires étrangères X (à gauche) et Y
    (au centre) »: X the first portfolio, Y the second; a caption in brackets does not end
    the list."""
    found = people_of(
        "Les ministres français de la Défense et des Affaires étrangères Paul Morel (à "
        "gauche) et Luc Varin (au centre) ont signé l'accord avec le Japon."
    )
    assert found["Paul Morel"][0] == "ministre français de la Défense"
    assert found["Luc Varin"][0] == "ministre français des Affaires étrangères"


def test_a_capital_is_its_government_unless_it_is_where_something_happens():
    c = dossier.extract(
        "Lisbonne négociait avec Rome l'achat de radars. Les relations entre Varsovie et "
        "Madrid sont tendues. Le sommet s'est tenu à Prague.",
        FR,
    )
    assert set(c.actors.actor_id) == {
        "country:PRT",
        "country:ITA",
        "country:POL",
        "country:ESP",
        "place:prague",
    }


def test_a_dateline_in_capitals_is_a_place():
    assert ids("NEW DELHI, 3 mars 2024 (AFP) - Le ministre indien a parlé.") >= {"place:new-delhi"}


def test_a_place_dated_as_a_release_is_a_place_anywhere_in_a_line():
    c = dossier.extract(
        "Accord signé\n\nRéf. 2024-17 Lomé, le 3 mars 2024 : le ministre a signé l'accord.", FR
    )
    assert c.actors.actor_id.tolist() == ["place:lome"]


def test_a_country_name_that_is_a_common_noun_with_a_complement_is_the_noun():
    noun = dossier.extract("Circonstance : Réunion du conseil de défense à Paris.", FR)
    assert noun.actors.actor_id.tolist() == ["place:paris"]
    states = dossier.extract("Le président s'est rendu à La Réunion, puis en Inde.", FR)
    assert {"country:REU", "country:IND"} <= set(states.actors.actor_id)


def test_a_famous_city_stays_itself_and_a_small_namesake_is_no_place():
    c = dossier.extract(
        "Les États-Unis et la France ont discuté à Paris. Le navire Liberty est arrivé.", FR
    )
    places = c.actors[c.actors.kind == "place"].set_index("actor_id").country.to_dict()
    assert places == {"place:paris": "FRA"}, "Paris, Texas is no match for Paris"


def test_a_demonym_on_what_a_state_does_or_is_makes_the_state_present():
    c = dossier.extract(
        "La proposition allemande prévoit un fonds commun face aux visées expansionnistes "
        "chinoises. L'ÉCRASANT ALLIÉ AMÉRICAIN. Un ingénieur suédois a parlé.",
        FR,
    )
    assert set(c.actors.actor_id) == {"country:DEU", "country:CHN", "country:USA"}, (
        "an engineer's nationality is no state"
    )
    assert actors_of_kind(c, "intent") == ["country:DEU"]


def test_a_region_larger_than_a_state_is_a_region_and_still_says_where():
    c = dossier.extract(
        "Réunis à Dakar, le Sénégal et le Mali ont parlé de la sécurité en Europe et de la "
        "situation à Gaza. Le Mali et le Niger ont signé un accord de défense au Sahel.",
        FR,
    )
    kinds = c.actors.set_index("actor_id").kind.to_dict()
    assert kinds["region:europe"] == kinds["region:sahel"] == "region", "where, never who"
    assert kinds["place:dakar"] == kinds["place:gaza"] == "place"
    signed = c.commitments[c.commitments.kind == "agreement"]
    assert signed.place_id.tolist() == ["region:sahel"]


def test_names_read_as_prose_and_countries_as_usually_named():
    c = dossier.extract(
        "Ambassador Radu Ionescu a rencontré Anne-Marie Le GOFF hier. L'Egypte et l'Iran ont "
        "protesté.",
        FR,
    )
    names = dict(zip(c.actors.actor_id, c.actors.name, strict=True))
    assert names["person:radu-ionescu"] == "Radu Ionescu"
    assert names["person:anne-marie-le-goff"] == "Anne-Marie Le Goff"
    assert names["country:EGY"] == "Égypte" and names["country:IRN"] == "Iran"


def test_a_compound_demonym_names_each_state():
    c = dossier.extract(
        "Signature d'un accord franco-indien sur les sous-marins\n\nUne usine "
        "polono-sud-coréenne de munitions ouvrira. La stratégie indo-pacifique avance.",
        FR,
    )
    assert set(c.actors.actor_id) == {"country:FRA", "country:IND", "country:POL", "country:KOR"}
    first = c.commitments.iloc[0]
    ca = c.commitment_actors[c.commitment_actors.commitment_id == first.commitment_id]
    assert first.kind == "agreement" and set(ca.actor_id) == {"country:FRA", "country:IND"}


def test_the_union_alone_is_the_european_union_and_a_correspondent_no_actor():
    found = ids(
        "De notre envoyé spécial à Kiev, Paul Mercier\n\nL'Union a adopté un paquet de "
        "sanctions. L'Union africaine a salué l'accord."
    )
    assert found == {"org:ue", "org:union-africaine"}


def test_a_title_ends_on_the_body_it_is_held_in_even_an_unknown_one():
    c = dossier.extract(
        "Le contrat a été signé par Karim Nassar, le Président-Directeur Général de Saranac "
        "Economic Council, et par Alain Morel.",
        FR,
    )
    actors = c.actors.set_index("actor_id")
    assert actors.loc["org:saranac-economic-council", "kind"] == "organization"
    assert actors.loc["person:karim-nassar", "affiliation_id"] == "org:saranac-economic-council"
    assert set(actors[actors.kind == "person"].index) == {
        "person:karim-nassar",
        "person:alain-morel",
    }


def test_a_title_nobody_holds_yet_is_the_role_of_the_person_named_last():
    found = people(
        "Olaf Brenner a appelé à maintenir le cap. Cet appel du chancelier intervient après "
        "des semaines de tensions."
    )
    assert found["person:olaf-brenner"][0] == "chancelier"


def test_a_title_naming_another_state_is_not_given_to_the_person_named_last():
    found = people(
        "Olaf Brenner, chancelier allemand, a reçu des élus. Le président russe a répondu."
    )
    assert found == {"person:olaf-brenner": ("chancelier allemand", "country:DEU")}


def test_regional_organisations_are_known_by_their_names_and_acronyms():
    c = dossier.extract(
        "La Communauté économique des États de l'Afrique de l'Ouest et l'IGAD ont salué le "
        "Conseil de paix et de sécurité de l'Union africaine.",
        FR,
    )
    ids = set(c.actors.actor_id)
    assert {"org:cedeao", "org:igad", "org:cps-ua"} <= ids


def test_english_company_words_end_a_company_name():
    c = dossier.extract("Vestra Helicopter Engines fournira les moteurs.", FR)
    assert "org:vestra-helicopter-engines" in set(c.actors.actor_id)


def test_a_title_binds_past_the_honorific_and_the_post_after_the_comma():
    found = people(
        "Le Secrétaire général de l'ONU, M. Paul Durand, a reçu l'ambassadeur du Pérou au "
        "Chili, Luis Vega."
    )
    assert found["person:paul-durand"][0] == "Secrétaire général"
    assert found["person:luis-vega"][0] == "ambassadeur"


def test_a_researcher_and_a_hyphenated_high_representative_have_their_titles():
    found = people(
        "Je salue M. Marc Lenoir, Haut-Représentant pour la politique étrangère. Cette approche "
        "doit se concrétiser, relève Anne Morel, chercheuse à l'Institut des relations "
        "internationales."
    )
    assert found["person:marc-lenoir"][0].startswith("Haut-Représentant")
    assert found["person:anne-morel"][0].startswith("chercheuse")


def test_in_a_list_of_names_each_bare_title_after_a_comma_is_the_name_before():
    found = people(
        "Étaient présents M. Paul Durand, ministre des Affaires étrangères du Chili, "
        "M. Luis Vega, ministre de la Défense du Chili, et M. Ken Sato, ministre des "
        "Affaires étrangères du Japon."
    )
    assert found["person:paul-durand"] == ("ministre des Affaires étrangères", "country:CHL")
    assert found["person:luis-vega"] == ("ministre de la Défense", "country:CHL")
    assert found["person:ken-sato"] == ("ministre des Affaires étrangères", "country:JPN")


def kinds(text: str) -> dict[str, str]:
    a = dossier.extract(text, FR).actors
    return dict(zip(a.name, a.kind, strict=True))


def test_a_company_noun_before_a_name_outweighs_the_model_calling_it_a_person():
    found = kinds("Un accord a été signé avec le fabricant américain Corvan Tessier lundi.")
    assert found.get("Corvan Tessier") == "organization"


def test_a_name_listed_with_companies_is_one_but_a_city_stays_a_place():
    found = kinds("L'agence a notifié à Airbus Helicopters, Thales et KRDZ les contrats.")
    assert found.get("KRDZ") == "organization"
    found = kinds("Le groupe Thales et Lyon ont signé une convention.")
    assert found.get("Lyon") != "organization"


def test_niger_guinea_and_burkina_are_states_but_the_river_and_the_lake_are_not():
    a = dossier.extract("Le Niger, la Guinée et le Burkina ont signé un accord avec le Bénin.", FR)
    assert set(a.actors.country) == {"NER", "GIN", "BFA", "BEN"}
    a = dossier.extract("Le fleuve Niger et le lac Tchad reculent, selon le Bénin.", FR)
    assert set(a.actors.country) == {"BEN"}


def test_member_states_are_a_group_with_or_without_the_capital_accent():
    for text in (
        "Les États membres ont adopté la déclaration.",
        "Les Etats membres ont adopté la déclaration.",
    ):
        a = dossier.extract(text, FR).actors
        assert a.kind.tolist() == ["group"], text


def test_one_capitalised_word_right_after_a_title_is_a_surname():
    found = people("Le président Tchaka a reçu le ministre malien à Bamako.")
    assert found.get("person:tchaka", ("",))[0] == "président"
    # not a country, a month or a common noun the model knows
    assert people("Le président Mali a parlé. Le général Mars arrive.") == {}


def test_a_count_written_as_a_compound_word_makes_a_group():
    c = dossier.extract(
        "Vingt-cinq États ont rejoint l'initiative, et dix-huit pays l'ont signée.", FR
    )
    groups = set(c.actors[c.actors.kind == "group"].name)
    assert groups == {"Vingt-cinq États", "dix-huit pays"}
    # "les deux pays" still points back to two states and makes no group
    c = dossier.extract("Le Chili et le Pérou ont signé un accord. Les deux pays coopèrent.", FR)
    assert c.actors[c.actors.kind == "group"].empty


def test_two_peoples_paired_bare_stand_for_their_states():
    c = dossier.extract("Français et Britanniques veulent renforcer leur coopération.", FR)
    assert set(c.actors[c.actors.kind == "country"].actor_id) == {"country:FRA", "country:GBR"}
    # one bare capitalised demonym is a person or an adjective, no state
    c = dossier.extract("Un Français a été blessé. Le Britannique Dalmi a signé.", FR)
    assert c.actors[c.actors.kind == "country"].empty


def test_a_title_posted_for_a_region_or_with_two_complements_binds_the_name_after_it():
    found = people(
        "Le Conseil a entendu le représentant spécial de l'Union européenne pour le Sahel, "
        "Ana Dervaz, puis la commissaire à la paix et à la sécurité de l'Union africaine, "
        "Awa Koné."
    )
    assert found["person:ana-dervaz"] == ("représentant spécial", "org:ue")
    assert found["person:awa-kone"] == (
        "commissaire à la paix et à la sécurité",
        "org:union-africaine",
    )


def test_a_family_name_written_first_is_the_same_person_later():
    found = people(
        "Le traité a été signé par la ministre japonaise de la Défense, Tanaka Yumi. "
        "Mme Tanaka a salué l'accord."
    )
    assert found == {"person:tanaka-yumi": ("ministre japonaise de la Défense", "country:JPN")}
    # two people who share that first word: no guess
    found = people(
        "La ministre Tanaka Yumi et le député Tanaka Kenji ont reçu le général. Mme Tanaka a parlé."
    )
    assert {"person:tanaka-yumi", "person:tanaka-kenji", "person:tanaka"} == set(found)


def test_a_title_with_portfolios_in_lower_case_or_a_posting_with_two_places_binds_its_name():
    found = people(
        "La séance était présidée par le ministre de l'Europe et des affaires étrangères, "
        "M. Jean Lebrun. Il a entendu le Haut-Représentant de l'Union africaine pour le "
        "Mali et le Sahel, Pierre Bayo."
    )
    assert found["person:jean-lebrun"][0] == "ministre de l'Europe et des affaires étrangères"
    assert found["person:pierre-bayo"] == ("Haut-Représentant", "org:union-africaine")


def test_ministries_of_two_states_in_one_plural_are_two_bodies():
    c = dossier.extract("Les ministères chilien et péruvien de la Défense ont signé un accord.", FR)
    orgs = c.actors[c.actors.kind == "organization"].set_index("actor_id").name.to_dict()
    assert orgs == {
        "org:chl-ministere-de-la-defense": "Ministère chilien de la Défense",
        "org:per-ministere-de-la-defense": "Ministère péruvien de la Défense",
    }


def test_a_royal_or_peoples_armed_force_with_its_demonym_is_a_body():
    c = dossier.extract("La Marine royale marocaine recevra deux frégates.", FR)
    assert (
        c.actors.set_index("actor_id").loc["org:marine-royale-marocaine", "kind"] == "organization"
    )


def test_a_name_with_two_particles_after_a_title_is_one_person():
    found = people("La ministre allemande de la Défense Greta von der Brück a signé.")
    assert found == {
        "person:greta-von-der-bruck": ("ministre allemande de la Défense", "country:DEU")
    }


def test_a_rank_gives_way_to_the_office_the_text_gives_the_same_person():
    found = people(
        "L'accord a été paraphé par le général Issaka Moussa, ministre tchadien des Armées, "
        "et par le ministre camerounais Paul Ndzana."
    )
    assert found["person:issaka-moussa"] == ("ministre tchadien des Armées", "country:TCD")
    # a rank alone stays the role when nothing else is said
    assert people("Le général Jean Dupont a rencontré le ministre.")["person:jean-dupont"][0] == (
        "général"
    )


def test_members_of_parliament_have_their_title():
    found = people("Le député d'opposition Marc Vidal dénonce l'accord.")
    assert found["person:marc-vidal"][0] == "député d'opposition"
    found = people("Le sénateur américain Tom Reed a critiqué la vente.")
    assert found["person:tom-reed"][0] == "sénateur américain"


def test_common_words_of_a_text_set_in_capitals_are_no_actors():
    text = "LE MINISTRE A SIGNE UN ACCORD A RIGA. L'OTAN A SALUE CET ACCORD HISTORIQUE."
    ids = set(dossier.extract(text, {"language": "fr"}).actors.actor_id)
    assert "org:otan" in ids, "a known name in capitals stays"
    assert not {i for i in ids if i.startswith("org:") and i != "org:otan"}, ids


def test_a_surname_between_two_full_mentions_is_that_person():
    text = (
        "La ministre lettone Inga Berzina a reçu son homologue estonien. Berzina a signé un "
        "accord de défense aérienne. Inga Berzina a ensuite quitté Tallinn."
    )
    c = dossier.extract(text, {"language": "fr"})
    m = c.mentions[c.mentions.actor_id == "person:inga-berzina"]
    assert m.text.tolist() == ["Inga Berzina", "Berzina", "Inga Berzina"]


def test_a_capitalised_verb_the_model_calls_a_body_is_none():
    """The small model sometimes tags a headline's first word (« Investir … ») ORG."""
    from spacy.tokens import Span

    from dossier.extraction.actors.entities import model_entities

    nlp = dossier.pipeline()

    def tagged_org(text: str) -> list[str]:
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            if not name.startswith("dossier"):
                doc = proc(doc)
        doc.ents = [Span(doc, 0, 1, label="ORG")]
        return [c.actor.name for c in model_entities(doc, text)]

    assert tagged_org("Défendre face aux menaces\n\nLe plan est prêt.") == []
    assert tagged_org("Agir vite\n\nLe plan est prêt.") == []
    assert tagged_org("Nordavia livre ses radars.") == ["Nordavia"]


def test_a_name_a_noun_of_place_announces_is_a_place_not_a_person():
    text = (
        "Une usine conjointe polono-sud-coréenne sera implantée dans la ville de Stara "
        "Wola, dans le nord-ouest de la Pologne."
    )
    c = dossier.extract(text, FR)
    kinds = kinds_by_name(c.actors)
    assert kinds.get("Stara Wola") == "place"
    assert not (c.actors.kind == "person").any()


def test_a_name_listed_before_a_company_is_a_company_too():
    for text in (
        "La compétition oppose les deux motoristes (Valdor et General Electric) pour ce moteur.",
        "La combinaison des savoir-faire de Valdor et de General Electric a convaincu l'armée.",
    ):
        c = dossier.extract(text, FR)
        kinds = kinds_by_name(c.actors)
        assert kinds.get("Valdor") == "organization", text
    c = dossier.extract("La France et General Electric ont signé un contrat.", FR)
    assert "France" not in set(c.actors[c.actors.kind == "organization"].name)


def test_a_ministry_with_an_adjective_before_its_portfolio_is_a_body():
    for text, name in (
        (
            "Le ministère fédéral de la défense a publié son rapport.",
            "ministère fédéral de la défense",
        ),
        (
            "Le ministère congolais de la Défense a signé l'accord.",
            "ministère congolais de la Défense",
        ),
    ):
        c = dossier.extract(text, FR)
        assert name in set(c.actors[c.actors.kind == "organization"].name), text


def test_what_announces_a_place_is_narrow_and_a_fronted_word_is_no_company():
    c = dossier.extract("Le camp de Donald Trump a rejeté la proposition.", FR)
    assert kinds_by_name(c.actors).get("Donald Trump") == "person"
    c = dossier.extract("Mardi, Thales a annoncé un contrat.", FR)
    assert "Mardi" not in set(c.actors.name)
    c = dossier.extract("La direction générale de l'Armement a commandé dix drones.", FR)
    assert "org:dga" in set(c.actors.actor_id)


def test_the_council_of_the_eu_is_not_the_european_council():
    c = dossier.extract(
        "Le Conseil de l'Union européenne a adopté mardi des conclusions sur la défense. "
        "Le Conseil européen les a saluées jeudi.",
        FR,
    )
    orgs = set(c.actors[c.actors.kind == "organization"].name)
    assert {"Conseil de l'Union européenne", "Conseil européen"} <= orgs


def test_members_or_holders_of_an_office_told_by_their_body_are_a_group():
    c = dossier.extract(
        "Les ministres de l'Union européenne se sont réunis lundi. Les membres du Conseil de "
        "sécurité ont salué la trêve. Le conseil des ministres a adopté le budget.",
        FR,
    )
    groups = set(c.actors[c.actors.kind == "group"].name)
    assert groups == {"ministres de l'Union européenne", "membres du Conseil de sécurité"}
    assert {"org:ue", "org:conseil-de-securite-onu"} <= set(c.actors.actor_id), "bodies stay"


def test_a_states_legislature_is_a_body_and_makes_the_state_present():
    c = dossier.extract(
        "Le Sénat brésilien a ratifié l'accord. Le texte a été salué devant le Parlement "
        "européen de Strasbourg.",
        FR,
    )
    orgs = set(c.actors[c.actors.kind == "organization"].name)
    assert orgs == {"Sénat brésilien", "Parlement européen"}, "a city after a known name"
    assert "country:BRA" in set(c.actors.actor_id)


def test_names_and_groups_stop_where_the_text_moves_on():
    """Faults a review found in the first version of the rules above."""
    c = dossier.extract(
        "Selon le Conseil de défense, de nombreux soldats ont été blessés. Le Conseil de "
        "l'Union africaine s'est réuni. Le président a parlé devant le Parlement de Riga. "
        "Les ministres chargés du dossier ukrainien se sont réunis. La France et le "
        "Royaume-Uni ont voté contre; les deux membres du Conseil de sécurité sont partis.",
        FR,
    )
    a = c.actors.set_index("actor_id")
    orgs = set(a[a.kind == "organization"].name)
    assert "Conseil de défense" in orgs, "a comma aside is not part of the name"
    assert "Conseil de l'Union européenne" not in orgs, "the AU's council is not the EU's"
    assert "place:riga" in a.index, "a city after a parliament stays a place"
    assert c.group_members.empty, "one demonym in a title's complement makes no member"
    groups = list(a[a.kind == "group"].name)
    assert not any("membres" in g for g in groups), "« les deux membres » point back"


def test_a_body_called_by_its_word_alone_is_the_one_that_acts():
    """A communiqué that never names its body in full: « la Conférence » acts, and the
    verb after it is not part of any name."""
    c = dossier.extract(
        "Les chefs d'État se sont réunis à Lomé. S'agissant du Togo, la Conférence exhorte "
        "les autorités togolaises à organiser des élections. La Conférence instruit en outre "
        "la Commission d'appuyer la transition.",
        FR,
    )
    a = c.actors
    orgs = set(a[a.kind == "organization"].name)
    assert "Conférence" in orgs
    assert not any("exhorte" in o for o in orgs), "a verb with a subject ends the name"
    ca, cm = c.commitment_actors, c.commitments
    calls = cm[cm.kind == "call"].commitment_id
    parties = set(ca[ca.commitment_id.isin(calls) & (ca.role == "party")].actor_id)
    assert parties == {"org:conference"}, "the body calls on the authorities, not Togo"


def test_a_body_word_that_never_acts_names_no_body():
    c = dossier.extract("Le texte a été transmis au Conseil hier soir.", FR)
    assert "org:conseil" not in set(c.actors.actor_id)


def test_greetings_and_forms_of_address_are_not_part_of_a_name():
    c = dossier.extract(
        "Bonjour Mesdames et Messieurs. Bienvenue Jean-Paul Moreau. Monsieur le Président, "
        "je salue Madame Aïcha Traoré Diallo, ministre malienne de la Défense.",
        FR,
    )
    a = c.actors
    people = set(a[a.kind == "person"].name)
    assert {"Jean-Paul Moreau", "Aïcha Traoré Diallo"} <= people
    assert not any(w in n for n in set(a.name) for w in ("Bonjour", "Bienvenue", "Madame"))
    assert not any(n.lower().startswith(("le président", "mesdames", "monsieur")) for n in a.name)
    found = a.set_index("name")
    assert found.loc["Aïcha Traoré Diallo", "role"] == "ministre malienne de la Défense"


def test_review_a_body_word_alone_is_none_when_the_text_names_its_body_otherwise():
    """Faults a review found: a name going on in lower case, a body the text calls by an
    acronym or names another way, an affiliation to a company."""

    def orgs(text: str) -> dict[str, str]:
        a = dossier.extract(text, FR).actors
        o = a[a.kind == "organization"]
        return dict(zip(o.actor_id, o.affiliation_id, strict=True))

    assert "org:cour" not in orgs("La Cour suprême a jugé le recours irrecevable.")
    assert "org:cour" not in orgs("La CPI a ouvert une enquête. La Cour a convoqué des témoins.")
    assert "org:assemblee" not in orgs(
        "Le Parlement européen a adopté une résolution. L'Assemblée a salué le vote."
    )
    found = orgs("Thales a présenté ses résultats mardi. Le Sénat a voté la loi de programmation.")
    assert found.get("org:senat") == "", "a company owns no chamber"
    # the second review's: a company's acronym does not hide the body, a participle after
    # the word does not either, and a state's chamber belongs to no alliance
    assert "org:commission" in orgs(
        "La société SOMADEX a signé un contrat. La Commission a approuvé le marché."
    )
    found = orgs(
        "L'Union africaine a condamné le coup d'État. Le Conseil réuni à Addis-Abeba a décidé "
        "de suspendre le pays."
    )
    assert found.get("org:conseil") == "org:union-africaine"
    found = orgs("Membre de l'OTAN, la France a augmenté son budget. Le Sénat a voté la loi.")
    assert found.get("org:senat") == ""


def test_review_words_of_address_inside_names_of_things_name_nobody():
    for text in (
        "L'enseigne Monsieur Bricolage a signé un contrat avec l'armée de Terre.",
        "Le magazine Madame Figaro a interviewé la ministre des Armées.",
        "Monsieur Le Président de la République a signé le décret avec le Niger.",
        "MESDAMES ET MESSIEURS, la France souhaite renforcer sa coopération.",
    ):
        a = dossier.extract(text, FR).actors
        assert a[a.kind == "person"].empty, text
        assert not any(n.upper() in {"MESDAMES", "MESSIEURS"} for n in a.name), text
    # a surname that is also a word stays a person after « Monsieur »
    a = dossier.extract("Monsieur Marchand a promis une aide au Mali.", FR).actors
    assert list(a[a.kind == "person"].name) == ["Marchand"]


def test_holders_of_a_title_of_two_states_take_their_state_in_order():
    found = people(
        "Les présidents letton et estonien Jānis Ozols et Mart Tamm se sont rencontrés à Riga."
    )
    assert found["person:janis-ozols"] == ("président letton", "country:LVA")
    assert found["person:mart-tamm"] == ("président estonien", "country:EST")


def test_holders_named_each_after_their_demonym_take_that_state():
    found = people(
        "Les ministres de la Défense allemand Karl Braun et autrichienne Anna Huber étaient "
        "présents à Vienne."
    )
    assert found["person:karl-braun"][1] == "country:DEU"
    assert found["person:anna-huber"] == ("ministre de la Défense", "country:AUT")
    found = people(
        "Les ministres français de la Défense Paul Lenoir et italien Marco Rossi ont signé."
    )
    assert found["person:marco-rossi"] == ("ministre de la Défense", "country:ITA")


def test_the_seats_of_government_stand_for_their_offices():
    # Matignon, Bercy and the Kremlin speak as the offices they house, of their state
    c = dossier.extract(
        "Matignon a annoncé une hausse du budget des armées. Bercy a autorisé l'achat de "
        "drones. Le Kremlin a salué l'accord signé avec le Mali.",
        {"language": "fr"},
    )
    seats = c.actors.set_index("actor_id").country.to_dict()
    assert seats.get("org:matignon") == "FRA"
    assert seats.get("org:bercy") == "FRA"
    assert seats.get("org:kremlin") == "RUS"
    ca = c.commitment_actors
    assert "org:kremlin" in set(ca[ca.role == "party"].actor_id)


def test_a_place_dated_in_brackets_is_a_place_not_a_photo_credit():
    # a slash between digits is a date's ("22/03/2024"), not a credit's ("AFP / X")
    c = dossier.extract(
        "Communiqué de presse du Conseil (Bruxelles, 22/03/2024). Le Conseil européen a "
        "adopté des conclusions. Une photo du sommet (AFP / Jean Dubreuil) circule.",
        {"language": "fr"},
    )
    names = set(c.actors.name)
    assert "Bruxelles" in names
    assert "Jean Dubreuil" not in names


def test_a_participle_clause_after_a_plural_title_is_not_part_of_the_group():
    # where and when they met is neither their title nor hides the place
    c = dossier.extract(
        "Les représentants personnels réunis à Lyon le 3 mai 2019 ont adopté une résolution "
        "sur le Sahel.",
        {"language": "fr"},
    )
    kinds = kinds_by_name(c.actors)
    assert kinds.get("représentants personnels") == "group"
    assert kinds.get("Lyon") == "place"


def test_acronyms_written_as_words_are_their_organisations():
    # « l'Otan », « l'Onu », « la Minusma »: the press's spelling of the same bodies
    c = dossier.extract(
        "Le secrétaire général de l’Otan a rencontré le ministre. L'Onu a salué la trêve "
        "et la Minusma a quitté Gao.",
        {"language": "fr"},
    )
    ids = set(c.actors.actor_id)
    assert {"org:otan", "org:onu", "org:minusma"} <= ids


def test_irregular_and_learned_demonyms_make_their_states_present():
    # « grecque », « turque », « libyenne », « lettone », « hellénique », « helvétique »
    c = dossier.extract(
        "La marine hellénique a reçu la ministre turque. Une délégation libyenne et une "
        "délégation lettone ont rencontré l'armée helvétique.",
        {"language": "fr"},
    )
    assert {"GRC", "TUR", "LBY", "LVA", "CHE"} <= set(c.actors.country.dropna())
    kinds = kinds_by_name(c.actors)
    assert kinds.get("Marine hellénique") == "organization"


def test_an_armed_force_keeps_the_words_that_end_its_name():
    c = dossier.extract("L'Armée nationale populaire a organisé un exercice.", {"language": "fr"})
    assert "Armée nationale populaire" in set(c.actors.name)


def test_an_english_name_ending_in_a_body_word_is_an_organisation_not_a_person():
    # « Africa Corps », « Marine Corps », « National Guard »: bodies, whatever the model says
    c = dossier.extract(
        "Le groupe a quitté le pays, remplacé par Africa Corps. La National Guard a été déployée.",
        {"language": "fr"},
    )
    kinds = kinds_by_name(c.actors)
    assert kinds.get("Africa Corps") == "organization"
    assert "person" not in {kinds.get("National Guard"), kinds.get("Africa Corps")}


def test_an_embassy_is_its_states_body_named_with_its_host():
    c = dossier.extract(
        "L'ambassade de France au Liban a annoncé une livraison. L'ambassade des États-Unis "
        "a salué l'accord.",
        {"language": "fr"},
    )
    rows = c.actors.set_index("name")
    assert rows.loc["Ambassade de France au Liban", "country"] == "FRA"
    assert rows.loc["Ambassade des États-Unis", "country"] == "USA"
    # the host stays a state of the article
    assert "LBN" in set(c.actors[c.actors.kind == "country"].country)


def test_legislatures_known_by_their_own_name_act_for_their_state():
    c = dossier.extract(
        "La Diète a ratifié l'accord. Le Bundestag a approuvé l'envoi de chars.",
        {"language": "fr"},
    )
    rows = c.actors.set_index("actor_id")
    assert rows.loc["org:diete", "country"] == "JPN"
    assert rows.loc["org:bundestag", "country"] == "DEU"
    ca = c.commitment_actors
    assert {"org:diete", "org:bundestag"} <= set(ca[ca.role == "party"].actor_id)


def test_a_place_after_au_or_en_is_a_place():
    # « au Darfour », « en Cisvanie » (a region the gazetteer does not know)
    c = dossier.extract(
        "L'Union africaine a déployé une force au Darfour, puis une mission en Cisvanie.",
        {"language": "fr"},
    )
    kinds = kinds_by_name(c.actors)
    assert kinds.get("Darfour") == "place"


def test_review_names_of_bodies_that_are_also_towns_or_people_or_venues():
    c = dossier.extract(
        "L'attaque chimique de Douma, en Syrie, a conduit la France à frapper. La Diète "
        "polonaise a approuvé l'achat de chars. Le ministre nigérian Ogbonnaya Onu a signé "
        "un accord avec la France. Le ministre malien a été reçu à l'ambassade de France. "
        "L'ambassade de France au Liban a annoncé une aide. Selon l'ambassade de France, la "
        "livraison aura lieu en mai. L'accord a été conclu en Bourse.",
        {"language": "fr"},
    )
    rows = c.actors.set_index("actor_id")
    assert "org:douma" not in rows.index  # the Syrian town, not Russia's parliament
    assert rows.loc["org:sejm", "country"] == "POL"  # not Japan's Diet
    assert "org:diete" not in rows.index
    assert "person:ogbonnaya-onu" in rows.index and "org:onu" not in rows.index
    embassies = rows[rows.index.str.startswith("org:ambassade")]
    assert list(embassies.index) == ["org:ambassade-fra"]  # one embassy, named once
    assert "Bourse" not in set(c.actors.name)


def test_review_a_region_after_en_takes_no_namesake_towns_country():
    c = dossier.extract("Des soldats ont été déployés en Floride.", {"language": "fr"})
    place = c.actors[c.actors.name == "Floride"]
    assert len(place) == 1 and not (place.country.fillna("") != "").any()


def test_an_honorific_glued_to_the_name_still_opens_a_person():
    # web pages print « M.Jean-Paul X » without a space: the name was lost to the city
    # before it, and its compound first name ended the name
    text = (
        "Le groupe Zentrix veut grandir au Chili, a indiqué à Valparaiso M.Jean-Paul Verrand, "
        "le président de Zentrix. « Notre objectif est clair », a déclaré M.Verrand."
    )
    a = dossier.extract(text, FR).actors.set_index("actor_id")
    assert a.loc["person:jean-paul-verrand", "role"] == "président de Zentrix"
    assert "place:valparaiso" in a.index
    assert not any("verrand" in i for i in a.index if not i.startswith("person:"))


def test_a_place_does_not_run_over_the_honorific_of_the_person_after_it():
    # the model read « Montevideo M. Tiago Ramalhete » as one person
    text = "Le contrat a été présenté à Montevideo M. Tiago Ramalhete, directeur des ventes."
    a = dossier.extract(text, FR).actors
    assert set(a[a.kind == "place"].name) == {"Montevideo"}
    assert set(a[a.kind == "person"].name) == {"Tiago Ramalhete"}


def test_an_acronym_opening_with_m_is_no_honorific():
    # review: « M.K.L. » was cut into « M. » and a person « K.L. »
    a = dossier.extract("Hier, le M.K.L. a signé un accord de cessez-le-feu avec la Lituanie.", FR)
    assert not (a.actors.kind == "person").any()


def test_the_named_text_of_an_instrument_is_no_organisation():
    c = dossier.extract(
        "Le Japon et la Lituanie ont signé lundi l'Accord d'acquisition et de services croisés. "
        "Il permettra aux forces des deux pays d'échanger des équipements.",
        FR,
    )
    assert not c.actors.name.str.startswith("Accord").any()
    ca = c.commitment_actors
    intent = c.commitments[c.commitments.kind == "intent"].commitment_id
    held = set(ca[ca.commitment_id.isin(intent) & (ca.role == "party")].actor_id)
    assert held == {"country:JPN", "country:LTU"}


def test_review_an_association_named_like_a_charter_is_an_organisation():
    a = dossier.extract(
        "Hier, l'association Charte citoyenne pour la paix a appelé la Lituanie à renoncer "
        "aux mines. Le gouvernement n'a pas répondu.",
        FR,
    ).actors
    assert "Charte citoyenne pour la paix" in set(a[a.kind == "organization"].name)


def test_a_name_in_capitals_stops_at_the_title_that_follows_it():
    text = (
        "DISCOURS\nDE MONSIEUR PAUL DURAND PRESIDENT DE LA REPUBLIQUE\n"
        "Je voudrais remercier les autorités de ce pays."
    )
    assert people_of(text) == {"PAUL DURAND": ("PRESIDENT DE LA REPUBLIQUE", "")}


def test_a_title_right_after_a_name_without_a_comma_is_its_role():
    text = "Discours de Monsieur Paul Durand président de la République. Je remercie ce pays."
    assert people_of(text) == {"Paul Durand": ("président de la République", "")}


def test_titles_in_capitals_without_accents_are_still_titles():
    text = (
        "M. JEAN DUPRE, SECRETAIRE D'ETAT A LA DEFENSE, A RENCONTRE LE PRESIDENT. LE "
        "SECRETAIRE GENERAL DE L'ORGANISATION, M. PAUL MOREL, ETAIT PRESENT."
    )
    roles = {name.upper(): role for name, (role, _) in people_of(text).items()}
    assert roles == {
        "JEAN DUPRE": "SECRETAIRE D'ETAT A LA DEFENSE",
        "PAUL MOREL": "SECRETAIRE GENERAL DE L'ORGANISATION",
    }


def test_a_greeting_is_no_one():
    text = (
        "POINT DE PRESSE\nLE MINISTRE – Bonjour Mesdames, bonjour Messieurs.\n"
        "Je voudrais remercier les autorités de ce pays."
    )
    assert people_of(text) == {}


def test_states_in_capitals_without_accents_are_states_and_a_word_is_no_acronym():
    text = (
        "VISITE OFFICIELLE DE M. JEAN DUPRE AU KOWEIT\nLES DEUX MINISTRES ONT EU DES "
        "ENTRETIENS SUR LA SITUATION EN COTE D'IVOIRE ET AUX ETATS-UNIS."
    )
    a = dossier.extract(text, FR).actors
    assert set(a[a.kind == "country"].actor_id) == {"country:KWT", "country:CIV", "country:USA"}
    assert "org:ue" not in set(a.actor_id)  # « ONT EU »: had
    assert list(a[a.kind == "person"].name) == ["JEAN DUPRE"]


def test_review_a_name_with_particles_is_not_cut_as_a_title():
    text = (
        "M. Charles de La Verpillière, député de l'Ain, a interrogé le ministre. "
        "DECLARATION DE MONSIEUR JEAN LOUIS DE VILLIERS, MINISTRE DE LA MER"
    )
    assert people_of(text) == {
        "Charles de La Verpillière": ("député de l'Ain", ""),
        "JEAN LOUIS DE VILLIERS": ("MINISTRE DE LA MER", ""),
    }


def test_a_plural_common_noun_alone_is_no_organisation():
    text = (
        "Le ministre Paul Morel a signé l'accord avec le Ghana.\nContacts\n"
        "Porte-parole : Marie Dupont"
    )
    a = dossier.extract(text, FR).actors
    assert "Contacts" not in set(a.name)


def test_a_name_after_a_title_is_a_person_whatever_the_model_tagged_it():
    # the small model reads « Otan X Y » as one organisation, or a name
    # as a place: after a title (and its body), two capitalised words are someone's name
    text = (
        "Samedi, le secrétaire général de l'Otan Sven Moberg a reçu à Mons une délégation. "
        "L'ambassadrice Greta Falk, directrice du service, a rappelé le calendrier."
    )
    people = people_of(text)
    assert people["Sven Moberg"][0] == "secrétaire général"
    assert people["Greta Falk"][0] == "ambassadrice"
    a = dossier.extract(text, FR).actors
    assert not any("Moberg" in n for n in a[a.kind == "organization"].name)


def test_a_surname_closing_a_title_is_the_person_speaking():
    # one word after « le Premier ministre » at the end of the clause is its holder's
    # surname; a people (« la ministre Congolaise des affaires étrangères ») is not
    text = "Les chars seront livrés en mai, a déclaré le Premier ministre Vandenbroek."
    assert people_of(text) == {"Vandenbroek": ("Premier ministre", "")}
    text = "Il faut protéger la souveraineté des États, a dit la ministre Congolaise des affaires."
    assert people_of(text) == {}


def test_review_capitalised_title_words_and_party_labels_stay_in_the_role():
    assert people_of("Le Conseiller Technique Jean Ouédraogo a représenté le ministre.") == {
        "Jean Ouédraogo": ("Conseiller Technique", "")
    }
    assert list(people_of("La députée Renaissance Anne Morvan a critiqué le budget.")) == [
        "Anne Morvan"
    ]
    # a first name that is also a common word is still a name
    assert list(people_of("L'ambassadeur Pierre Dumas a reçu la délégation.")) == ["Pierre Dumas"]
    # the rest of a longer body's name is no person's (« ONU Femmes »)
    assert not any(
        "Femmes" in n
        for n in people_of("La directrice exécutive d'ONU Femmes Sima Bahous a parlé.")
    )


def test_a_surname_with_its_particle_after_a_title_is_a_person():
    text = "Les avions resteront en Ukraine, a déclaré le Premier ministre De Smedt."
    assert people_of(text) == {"De Smedt": ("Premier ministre", "")}
    # a title in capitals with « De » inside is still no one
    assert people_of("Le Directeur Général De La Société a parlé.") == {}


def test_a_place_that_is_the_surname_of_someone_named_is_that_person():
    text = (
        "Le sénateur Paul Lincoln a reçu la délégation. À l'issue de l'entretien, Lincoln a "
        "déclaré que les contacts reprendraient."
    )
    a = dossier.extract(text, FR)
    assert "place:lincoln" not in set(a.actors.actor_id)
    assert "person:paul-lincoln" in actors_of_sentence(a, "text#2")
    # « à Lincoln » is the city
    text = "Le sénateur Paul Lincoln a reçu le gouverneur du Nebraska à Lincoln."
    assert "place:lincoln" in set(dossier.extract(text, FR).actors.actor_id)


def test_a_transcript_s_question_and_answer_marks_are_no_one():
    text = (
        "Q- Quel bilan tirez-vous de la réunion ?\nR- D'abord mon avis, c'est que le Ghana et le "
        "Togo veulent avancer ensemble."
    )
    names = set(dossier.extract(text, FR).actors.name)
    assert not any(sum(ch.isalpha() for ch in n) < 2 for n in names), names


def test_review_a_city_named_as_a_place_stays_one_and_nothing_is_lost():
    # the surname read as the person replaced a mention: the lookups must follow
    text = "Le ministre Paul Lincoln est arrivé. Lincoln assistera au sommet du G7."
    c = dossier.extract(text, FR)
    assert "person:paul-lincoln" in set(c.actors.actor_id)
    assert len(c.commitments) >= 1
    text = "Le sénateur Tom Lincoln a voté contre. Les vols entre Lincoln et Omaha sont suspendus."
    assert "place:lincoln" in set(dossier.extract(text, FR).actors.actor_id)


def test_review_a_title_in_capitals_keeps_its_own_preposition():
    assert people_of("Le Président Du Faso a reçu son homologue togolais.") == {}
    assert people_of("Le Directeur Général De Sonabel a signé un accord avec le Togo.") == {}


def test_a_surname_the_model_took_for_an_organisation_is_the_person_named_before():
    text = (
        "La ministre roumaine de la Défense, Ioana Morel, est arrivée à Genève. « Nous voulons "
        "davantage de dialogue avec nos voisins », a déclaré mardi Morel lors d'un forum."
    )
    x = dossier.extract(text, FR)
    assert "org:morel" not in set(x.actors.actor_id)
    assert "person:ioana-morel" in actors_of_sentence(x, "text#2")
    # a company the text names as one stays the company
    text = (
        "Le groupe Vallourec est dirigé par Luc Aubry depuis que Martin Vallourec a quitté "
        "la présidence. Vallourec a remporté le contrat."
    )
    x = dossier.extract(text, FR)
    assert x.commitments.sentence_id.eq("text#2").any()
    assert "person:martin-vallourec" not in actors_of_sentence(x, "text#2")


def test_a_name_written_family_name_first_is_later_called_by_its_first_word():
    text = (
        "Le ministre chinois de la Défense, Meng Qiao, est arrivé à Singapour. « Nous restons "
        "ouverts au dialogue », a déclaré dimanche Meng lors du forum."
    )
    x = dossier.extract(text, FR)
    mentions = x.mentions[x.mentions.actor_id == "person:meng-qiao"]
    assert "Meng" in set(mentions.text)
    # not someone with a title of their own, nor someone the text introduces, nor a word
    # two people's names start with
    for text in (
        "Léon Marchal a reçu les évêques. Le pape Léon a appelé à un cessez-le-feu.",
        "Le chercheur Thomas Vernier juge la menace sérieuse. Thomas, député de la Moselle, a "
        "annoncé qu'il voterait contre.",
        "Le ministre Guo Ping a reçu son homologue. Le porte-parole Guo Lan a précisé les "
        "détails. « Nous ne céderons pas », a déclaré Guo jeudi.",
    ):
        linked = dossier.extract(text, FR).mentions
        assert "surname" not in set(linked[linked.text.str.split().str.len() == 1].rule), text


def test_a_title_stops_at_the_place_after_its_comma():
    text = "Entretien de M. Paul Morel, ministre de la Défense, à Vilnius le 3 mai."
    x = dossier.extract(text, FR)
    roles = dict(zip(x.actors.actor_id, x.actors.role, strict=True))
    assert roles["person:paul-morel"] == "ministre de la Défense"
    text = "Entretien de M. Paul Morel, ministre de la Défense, à La Haye le 3 mai."
    x = dossier.extract(text, FR)
    roles = dict(zip(x.actors.actor_id, x.actors.role, strict=True))
    assert roles["person:paul-morel"] == "ministre de la Défense"
    # a second portfolio after the comma, even one opening with « aux », is the title's
    text = "Mme Anne Roy, ministre des Armées, aux Anciens combattants et à la Mémoire, a signé."
    x = dossier.extract(text, FR)
    roles = dict(zip(x.actors.actor_id, x.actors.role, strict=True))
    assert "Anciens combattants" in roles["person:anne-roy"]


def test_a_surname_in_capitals_is_the_person_named_before():
    text = (
        "Conférence de presse de M. Paul Morel, ministre des Affaires étrangères, à Paris.\n\n"
        "M. MOREL - Nous avons parlé de la situation en Moldavie."
    )
    people = set(dossier.extract(text, FR).actors.query("kind == 'person'").actor_id)
    assert people == {"person:paul-morel"}


def test_a_press_agency_named_by_its_kind_is_a_source_not_an_actor():
    text = (
        "L'accord a été signé jeudi à Djeddah, a indiqué l'Agence de presse saoudienne. "
        "Selon l'Agence de presse Xinhua, la Chine a salué la décision."
    )
    names = set(dossier.extract(text, FR).actors.name)
    assert not any(n.lower().startswith("agence de presse") for n in names), names
    # a body whose name only opens with « Agence » is one
    text = "L'Agence européenne de défense a lancé un appel d'offres."
    assert "organization" in set(dossier.extract(text, FR).actors.kind)


def test_review_family_name_first_after_selon_and_titles_with_a_portfolio():
    text = (
        "Le ministre chinois de la Défense Meng Qiao a rencontré Mark Holden. Selon Meng, la "
        "Chine ne cédera jamais."
    )
    m = dossier.extract(text, FR).mentions
    assert set(m[m.text == "Meng"].actor_id) == {"person:meng-qiao"}
    x = dossier.extract("M. Paul Morel, ministre délégué, à la Mer, a signé l'accord.", FR)
    roles = dict(zip(x.actors.actor_id, x.actors.role, strict=True))
    assert roles["person:paul-morel"] == "ministre délégué, à la Mer"
    # a body whose name opens with « Agence d'information » is one; a photo credit is no one
    text = (
        "L'Agence d'information et de communication du ministère des Armées a publié un "
        "communiqué. Les ministres se sont réunis à Djeddah. Photo AFP/ HO / SPA."
    )
    x = dossier.extract(text, FR)
    assert any(n.startswith("Agence d'information") for n in x.actors.name), set(x.actors.name)
    assert not any("AFP" in n or "Photo" in n for n in x.actors.name)


def test_a_state_spelled_with_other_accents_or_its_official_form_is_that_state():
    c = dossier.extract(
        "Le général a reçu le chef d'état-major du Nigéria à Abuja, en République Fédérale "
        "du Nigéria, puis les ministres de la Sierra Léone.",
        {"language": "fr"},
    )
    ids = set(c.actors.actor_id)
    assert {"country:NGA", "country:SLE"} <= ids
    assert not any(a.startswith(("place:republique", "org:republique", "org:sierra")) for a in ids)
    for text, code in (  # an acronym's letters, a surname after its rank: no state
        ("Le ministre de l'Eau du Sénégal, Paul Kaboro, a reçu l'ambassadeur.", "ARE"),
        ("Le sergent Perou a été décoré.", "PER"),
    ):
        c = dossier.extract(text, {"language": "fr"})
        assert f"country:{code}" not in set(c.actors.actor_id), text
    # a body whose name ends on its state is that body, not the state's official form
    c = dossier.extract(
        "La Fédération Nationale des Anciens Combattants du Mali a signé un accord avec la France.",
        {"language": "fr"},
    )
    assert any(a.startswith("org:federation") for a in c.actors.actor_id)


def test_a_part_of_a_text_is_no_actor():
    for text in (
        "La mission agit en vertu du Chapitre VII de la Charte des Nations unies.",
        "Le Conseil a invoqué le Chapitre VII.",
    ):
        c = dossier.extract(text, {"language": "fr"})
        assert not any("chapitre" in a for a in c.actors.actor_id), text


def test_plural_titles_give_each_holder_the_office_and_their_state_in_order():
    found = people(
        "Les ministres de la Défense du Togo et du Gabon, Paul Kaboro et Jean Mbemba, ont "
        "signé un accord."
    )
    assert found["person:paul-kaboro"] == ("ministre de la Défense", "country:TGO")
    assert found["person:jean-mbemba"] == ("ministre de la Défense", "country:GAB")
    pair = people(
        "Les ministres de la Défense des deux pays, Paul Kaboro et Jean Mbemba, ont signé."
    )
    assert (
        pair["person:paul-kaboro"][0] == pair["person:jean-mbemba"][0] == "ministre de la Défense"
    )


def test_a_title_whose_body_joins_two_nouns_with_et_still_reaches_its_holder():
    found = people(
        "Le vice-président de l'Association des industries de la défense et sécurité, Jan "
        "Smit, a parlé."
    )
    assert found["person:jan-smit"][0].startswith("vice-président de l'Association")
    # a second title after « et » is someone else's
    other = people(
        "La rencontre entre le ministre de la défense et président Jean Mbemba a eu lieu."
    )
    assert other["person:jean-mbemba"][0] == "président"


def test_a_title_someone_meets_is_not_given_to_them():
    for text in (
        "Paul Lenoir et Marc Dubois sont arrivés à Oslo. Ils ont rencontré le ministre.",
        "Marc Dubois a atterri à Oslo. Il a rencontré le ministre de la Défense.",
        "Les délégués ont reçu Marc Dubois. Marc Dubois a rencontré le ministre.",
    ):
        assert all(role == "" for role, _ in people(text).values()), text
    # a state or a body that acts on the title leaves it to the person named before
    kept = people("Paul Kaboro est arrivé à Lomé mardi. Le Togo a salué le ministre.")
    assert kept["person:paul-kaboro"][0] == "ministre"
    # a title in the subject still names the person before it
    found = people("Paul Lenoir a estimé que l'accord était important. Le chef de l'État a ajouté.")
    assert found["person:paul-lenoir"][0] == "chef de l'État"


def test_people_listed_before_a_plural_title_hold_it_in_order_respectively_or_not():
    for text in (
        "Paul Kaboro et Jean Mbemba, respectivement ministres de la Défense du Togo et du "
        "Gabon, ont signé un accord.",
        "Paul Kaboro et Jean Mbemba, ministres de la Défense du Togo et du Gabon, ont signé.",
        "Les ministres de la Défense du Togo et du Gabon, respectivement Paul Kaboro et Jean "
        "Mbemba, ont signé un accord.",
    ):
        found = people(text)
        assert found["person:paul-kaboro"] == ("ministre de la Défense", "country:TGO"), text
        assert found["person:jean-mbemba"] == ("ministre de la Défense", "country:GAB"), text


def test_a_body_whose_adjective_the_parse_takes_for_a_verb_is_still_a_body():
    c = dossier.extract(
        "L'Agence coréenne de défense a signé un contrat de chars avec la Pologne.",
        {"language": "fr"},
    )
    assert "Agence coréenne de défense" in set(c.actors[c.actors.kind == "organization"].name)


def test_an_acronym_written_in_lower_case_after_a_body_is_that_body():
    c = dossier.extract(
        "L'Agence coréenne de défense (Kado) a signé un contrat avec la Pologne. "
        "La Kado livrera quarante chars.",
        {"language": "fr"},
    )
    kado = c.mentions[c.mentions.text == "Kado"]
    assert len(kado) == 2
    assert set(kado.actor_id) == {"org:agence-coreenne-de-defense"}


def test_review_a_word_in_brackets_after_a_body_is_no_acronym_when_french_or_a_place():
    c = dossier.extract(
        "Le ministère de la Défense (Photos) a reçu la délégation. "
        "L'Agence spatiale (Paris) a signé un accord. "
        "L'Agence nationale de sécurité (Reuters) a signé un accord avec le Tchad. "
        "Reuters a confirmé l'information. Photos et Paris suivent.",
        {"language": "fr"},
    )
    assert "Photos" not in set(c.mentions.text)
    assert set(c.mentions[c.mentions.text == "Paris"].actor_id) <= {"place:paris"}
    assert "org:agence-nationale-de-securite" not in set(
        c.mentions[c.mentions.text == "Reuters"].actor_id
    )


def test_a_nationality_ending_a_body_name_is_part_of_it_and_its_state():
    c = dossier.extract(
        "Les manteaux viennent d'entreprises locales par l'entremise de la Corporation "
        "commerciale canadienne. L'Agence spatiale norvégienne a signé un accord avec la France.",
        {"language": "fr"},
    )
    orgs = c.actors[c.actors.kind == "organization"].set_index("name")
    assert {"Corporation commerciale canadienne", "Agence spatiale norvégienne"} <= set(orgs.index)
    assert orgs.loc["Agence spatiale norvégienne", "country"] == "NOR"


def test_review_a_product_with_a_nationality_is_still_cut_before_it():
    c = dossier.extract("Les Orage français ont été livrés à la Grèce.", {"language": "fr"})
    assert not any("français" in n for n in c.actors.name)


def test_review_a_nationality_after_a_proper_name_of_a_body_is_not_a_second_body():
    c = dossier.extract(
        "La Force Épervier française a quitté le Tchad. La Force Épervier comptait 3000 soldats.",
        {"language": "fr"},
    )
    orgs = c.actors[c.actors.kind == "organization"]
    force = orgs[orgs.name.str.startswith("Force Épervier")]
    assert len(force) == 1
    assert force.country.tolist() == ["FRA"], "the nationality left out still gives its state"


def test_a_title_the_model_calls_a_body_with_its_verb_is_no_body():
    c = dossier.extract(
        "La Secrétaire générale de l'Union africaine, Madame Awa Touré, condamne le coup "
        "d'État. La Secrétaire générale rappelle que l'Union africaine rejette les coups "
        "de force.",
        {"language": "fr"},
    )
    orgs = set(c.actors[c.actors.kind == "organization"].name)
    assert not [n for n in orgs if n.startswith(("Secrétaire", "Madame"))]
    high = dossier.extract("Le Haut commandement militaire a décidé de retirer les troupes.")
    assert "Haut commandement militaire" in set(high.actors.name), "a body opened by « Haut »"
    assert "Awa Touré" in set(c.actors[c.actors.kind == "person"].name)


def test_us_in_capitals_after_a_noun_is_the_united_states():
    c = dossier.extract(
        "L'ambassade US a publié un communiqué. Les us et coutumes de la garnison restent.",
        {"language": "fr"},
    )
    assert "org:ambassade-usa" in set(c.actors.actor_id)
    assert set(c.mentions[c.mentions.text == "us"].actor_id) == set()


def test_a_title_after_the_letters_following_a_name_is_that_persons():
    found = people_of(
        "L’honorable Paul Durand, C.P., c.r., député de Lévis, a émis une déclaration. "
        "Le président était représenté par l’Hon. Jean Banda, S.C., MP, ministre des "
        "Affaires étrangères de Zambie."
    )
    assert found["Paul Durand"][0].startswith("député de Lévis")
    assert found["Jean Banda"][0].startswith("ministre des Affaires étrangères")


def test_representing_someone_is_no_title_of_the_one_represented():
    found = people_of(
        "La séance a été ouverte par Jean Mpango, vice-président de la Tanzanie, "
        "représentant S.E. Awa Kilima, présidente de la Tanzanie. "
        "Le général Paul Roy, représentant le ministre Marc Diop, a signé l'accord."
    )
    assert found["Awa Kilima"][0].lower().startswith("présidente")
    assert found["Marc Diop"][0] == "ministre"
    assert found["Paul Roy"][0] == "général"


def test_a_body_named_in_a_known_organisations_name_runs_to_its_end():
    # the rules read « l'Assemblée de l'Union », the gazetteer knows « Union africaine »
    c = dossier.extract(
        "L'Assemblée de l'Union africaine s'est réunie à Niamey.", {"language": "fr"}
    )
    assert "Assemblée de l'Union africaine" in c.actors.name.tolist()


def test_a_general_s_office_after_the_name_is_theirs_not_the_next_persons():
    found = people_of(
        "La générale Tran Van Minh, vice-ministre vietnamienne de la Défense et Mme Claire "
        "Dubois, directrice générale des relations internationales du ministère français des "
        "Armées ont coprésidé le dialogue."
    )
    assert found["Tran Van Minh"][0] == "vice-ministre vietnamienne de la Défense"
    assert found["Claire Dubois"][0].startswith("directrice générale des relations")


def test_review_a_title_right_before_the_next_name_stays_that_names():
    found = people_of("Aux côtés du général Jean Morel, ministre Paul Roux a pris la parole.")
    assert found["Paul Roux"][0] == "ministre"
