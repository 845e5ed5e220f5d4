"""Meetings, ceremonies, visits and signings, said with verbs, nouns and participles.
Short texts written for these tests."""

from __future__ import annotations

import dossier

FR = {"language": "fr"}


def events(text: str) -> list[tuple[str, str, set[str]]]:
    """(kind, place_id, parties) per event, in text order."""
    c = dossier.extract(text, FR)
    out = []
    for e in c.events.itertuples():
        ea = c.event_actors[
            (c.event_actors.event_id == e.event_id) & (c.event_actors.role == "party")
        ]
        out.append((e.kind, e.place_id, set(ea.actor_id)))
    return out


def test_a_meeting_noun_after_lors_de_is_an_event():
    found = events("Le ministre letton a parlé lors d'une conférence de presse à Riga.")
    assert [(k, p) for k, p, _ in found] == [("meeting", "place:riga")]


def test_a_ceremony_that_took_place_is_an_event():
    found = events("La cérémonie a eu lieu jeudi à Dakar devant les deux ministres.")
    assert [k for k, _, _ in found] == ["meeting"]


def test_a_participle_heading_the_sentence_is_the_meeting_of_its_subject():
    found = events(
        "Réunis mardi à Vilnius, les ministres de la Défense de l'Estonie et de la Finlande "
        "ont adopté une déclaration commune."
    )
    assert ("meeting", "place:vilnius", {"country:EST", "country:FIN"}) in found


def test_a_meeting_that_names_who_meets_is_an_event_but_a_generic_one_is_not():
    found = events("Le texte sera soumis à une rencontre des chefs d'état-major de la Croatie.")
    assert [k for k, _, _ in found] == ["meeting"]
    assert events("Les réunions de ce genre sont souvent longues et peu utiles.") == []


def test_a_reflexive_meeting_verb_under_a_modal_is_an_event():
    found = events("Les ministres de la Défense du Chili et du Pérou doivent se rencontrer samedi.")
    assert found == [("meeting", "", {"country:CHL", "country:PER"})]


def test_it_was_signed_is_a_signing_of_the_instrument_named_before():
    c = dossier.extract(
        "Le Chili et le Pérou ont négocié un traité de défense. Il a été signé par les deux "
        "ministres lors d'une cérémonie à Lima.",
        FR,
    )
    signing = c.events[c.events.kind == "signing"]
    assert signing.name.tolist() == ["traité"]


def test_a_meeting_verb_the_model_mistags_is_still_the_body_meeting():
    found = events(
        "Les dirigeants de la Coalition des bâtisseurs se réunissent ce mardi à Oslo pour une "
        "rencontre."
    )
    leaders = "group:dirigeants-de-la-coalition-des-batisseurs"
    assert ("meeting", "place:oslo", {leaders, "org:coalition-des-batisseurs"}) in found


def test_meeting_again_somewhere_is_a_meeting_finding_oneself_somewhere_is_not():
    assert [e[:2] for e in events("Les ministres se retrouvent ce vendredi à Brest.")] == [
        ("meeting", "place:brest")
    ]
    assert [e[:2] for e in events("Nous allons nous retrouver à Oslo jeudi.")] == [
        ("meeting", "place:oslo")
    ]
    assert events("L'industrie se retrouve en difficulté face à la concurrence.") == []
    assert events("L'armée se retrouve en difficulté à Gao depuis mardi.") == [], "one subject"
    assert events("Les enquêteurs ont retrouvé mardi à Oslo les documents.") == []
    assert events("Nous avons retrouvé les documents à Oslo mardi.") == [], "« nous » subject"
    assert [e[:2] for e in events("Nous nous sommes retrouvés à Oslo mardi.")] == [
        ("meeting", "place:oslo")
    ]


def test_those_who_meet_named_after_the_venue_make_the_noun_a_meeting():
    found = events("Le projet avance, grâce à la rencontre à Riga des ministres baltes.")
    assert [e[:2] for e in found] == [("meeting", "place:riga")]


def test_a_meeting_noun_that_is_no_event_leaves_room_for_one_that_is():
    found = events("Le dialogue avance, grâce à la rencontre à Riga des ministres baltes.")
    assert [e[:2] for e in found] == [("meeting", "place:riga")]


def test_hosting_someone_is_a_meeting_hosting_something_is_not():
    found = events("Le président Karl Ostberg a accueilli à Oslo son homologue finlandais.")
    assert [(k, p) for k, p, _ in found] == [("meeting", "place:oslo")]
    assert events("Le Portugal accueillera des réfugiés et recevra des obus.") == []


def test_a_meeting_noun_spelled_like_a_participle_is_still_a_noun():
    # "entrevue" is also the participle of "entrevoir"; with its determiner it is the noun
    found = events("Une première entrevue de ce type avait eu lieu en 2019 à Vienne.")
    assert [(k, p) for k, p, _ in found] == [("meeting", "place:vienne")]


def test_talks_someone_had_are_a_meeting_worries_are_not():
    assert [k for k, _, _ in events("Le ministre a eu des entretiens avec son homologue.")] == [
        "meeting"
    ]
    assert events("Le ministre a eu des soucis avec son homologue.") == []


def test_a_bodys_session_after_a_word_of_moment_is_a_meeting_the_body_alone_is_not():
    found = events("Le communiqué a été publié à l'issue d'un conseil franco-allemand à Lyon.")
    assert [(k, p) for k, p, _ in found] == [("meeting", "place:lyon")]
    assert events("Le conseil franco-allemand a publié un communiqué à Lyon.") == []


def test_a_visit_noun_the_model_tags_as_an_adjective_is_still_a_visit():
    # the small model reads « visites » before « croisées » as an adjective
    text = (
        "Les relations entre le Chili et le Pérou sont bonnes, comme en témoignent les visites "
        "croisées des présidents chilien et péruvien en 2015."
    )
    assert [k for k, _, _ in events(text)] == ["visit"]


def test_leading_a_delegation_is_taking_part_in_a_meeting():
    found = events("Les ministres du Chili et du Pérou conduisaient leurs délégations respectives.")
    assert [k for k, _, _ in found] == ["meeting"]
    assert [k for k, _, _ in events("Le ministre chilien a conduit la délégation à Lima.")] == [
        "meeting"
    ]


def test_a_body_hearing_briefings_is_in_session():
    found = events("Le Conseil de sécurité a entendu mardi des exposés sur la situation au Mali.")
    assert [k for k, _, _ in found] == ["meeting"]
    # hearing of something is no session
    assert events("Le ministre a entendu parler du projet.") == []


def test_speaking_before_a_committee_or_a_council_is_its_session():
    found = events("La ministre a témoigné mardi devant un comité du Sénat chilien.")
    assert [k for k, _, _ in found] == ["meeting"]
    assert events("Le président chilien s'est exprimé devant la presse.") == []


def test_going_somewhere_is_a_visit_of_who_goes():
    def visits(text):
        c = dossier.extract(text, FR)
        out = []
        for e in c.events[c.events.kind == "visit"].itertuples():
            ea = c.event_actors[c.event_actors.event_id == e.event_id]
            out.append((e.place_id, set(ea.actor_id)))
        return out

    found = visits(
        "Le ministre Paul Lenoir s'est rendu mardi à Dakar pour rencontrer son homologue."
    )
    assert found == [("place:dakar", {"person:paul-lenoir"})]
    found = visits("Le général Paul Lenoir se rendra ensuite sur la base aérienne de Kamina.")
    assert [actors for _, actors in found] == [{"person:paul-lenoir"}]


def test_realising_or_surrendering_is_no_visit():
    assert events("Le ministre Paul Lenoir s'est rendu compte de la difficulté.") == []
    assert events("Les rebelles se sont rendus aux forces armées maliennes.") == []


def test_review_yielding_to_evidence_or_going_to_the_polls_is_no_visit():
    assert events("Le ministre Paul Lenoir a dû se rendre à l'évidence : les obus manquent.") == []
    assert events("Les électeurs maliens se rendront aux urnes dimanche.") == []


def test_a_meeting_the_clause_says_took_place_is_one_however_far_the_verb():
    # the verb is past the noun's long complement, out of a six-word reach
    found = events(
        "Le troisième dialogue stratégique sur la sécurité maritime entre le Ghana et le Togo "
        "a eu lieu lundi à Accra."
    )
    assert [(k, p) for k, p, _ in found] == [("meeting", "place:accra")]


def test_a_meeting_that_ends_or_is_concluded_took_place():
    ended = events("La conférence des ministres de la Défense s'est achevée vendredi à Lisbonne.")
    assert [k for k, _, _ in ended] == ["meeting"]
    concluded = events(
        "Les chefs d'état-major de la région ont conclu mardi à Abuja une réunion de trois jours."
    )
    assert [k for k, _, _ in concluded] == ["meeting"]
    # concluding an agreement is no meeting
    assert events("Le Portugal a conclu un accord de défense avec l'Angola.") == []


def test_arriving_somewhere_is_a_visit_and_no_statement():
    text = "Le ministre portugais de la Défense, Rui Costa, est arrivé lundi à Luanda."
    assert [(k, p) for k, p, _ in events(text)] == [("visit", "place:luanda")]
    assert dossier.extract(text, FR).commitments.empty
    # reaching an agreement or power is going nowhere
    assert events("Les deux pays sont arrivés à un accord sur la base navale.") == []
    assert events("Le président malien est arrivé au pouvoir en 2021.") == []


def test_review_things_arriving_and_arrivals_denied_are_no_visits():
    assert (
        events(
            "Les premiers F-16 arriveront à Kyiv avant la fin de l'année, a annoncé le ministre "
            "néerlandais."
        )
        == []
    )
    assert events("Le drone russe a atterri en Roumanie.") == []
    assert events("Le ministre malien n'est jamais arrivé à Dakar.") == []
    # the visit the sentence names is the event, not the arrival
    c = dossier.extract(
        "Le premier ministre indien Narendra Modi est arrivé jeudi à Paris pour une visite "
        "d'État de trois jours.",
        FR,
    )
    assert list(c.events.kind) == ["visit"] and "visite d'État" in c.events.name.iloc[0]


def test_review_closing_a_door_concluding_a_speech_or_a_meeting_not_held_is_no_meeting():
    assert events("Le Niger a clos la porte à tout dialogue avec la CEDEAO.") == []
    assert events("Le ministre ghanéen a conclu en appelant au dialogue entre les parties.") == []
    assert (
        events("La conférence de paix sur le Soudan ne s'est finalement pas tenue à Genève.") == []
    )
    assert (
        events(
            "La réunion extraordinaire prévue en mars dans la capitale éthiopienne fait déjà "
            "l'objet de vives critiques."
        )
        == []
    )


def test_review_a_signing_ceremony_is_one_event_and_a_concluded_meeting_no_statement():
    found = events("La cérémonie de signature de l'accord a eu lieu lundi à Paris.")
    assert [k for k, _, _ in found] == ["signing"]
    text = "Le Ghana et le Togo ont conclu jeudi à Accra une réunion de deux jours."
    assert [k for k, _, _ in events(text)] == ["meeting"]
    assert dossier.extract(text, FR).commitments.empty


def test_taking_part_in_meetings_told_by_a_verb_the_model_tags_as_an_adjective():
    """« Le ministre participe à… »: the small model reads « participe » as an adjective at
    the root; with a subject and no copula it is the verb, and the meetings took place."""
    found = events("La ministre participe à une série de réunions à Oslo.")
    assert [kind for kind, _, _ in found] == ["meeting"]
    # an adjective in the copula stays one
    assert events("La situation reste fragile au Sahel.") == []


def test_a_reflexive_meeting_verb_with_its_auxiliary_is_a_meeting_of_both_sides():
    # « s'est entretenu » (« se » and the verb apart) was no event, and who he met no side
    text = (
        "Le ministre lituanien Jonas Kessler s'est entretenu lundi avec son homologue polonais "
        "Jan Nowak. Ils ont convenu de renforcer la coopération."
    )
    found = events(text)
    assert [(k, parties) for k, _, parties in found] == [
        ("meeting", {"country:LTU", "country:POL"})
    ]
    c = dossier.extract(text, {"language": "fr"})
    ca = c.commitment_actors
    agreed = c.commitments[c.commitments.kind == "agreement"].commitment_id
    held = set(ca[ca.commitment_id.isin(agreed) & (ca.role == "party")].actor_id)
    assert held == {"country:LTU", "country:POL"}


def test_review_a_topic_after_avec_is_no_side_and_a_list_after_avec_is():
    topic = (
        "Hier, le ministre lituanien Jonas Kessler s'est entretenu avec son homologue letton "
        "Mārtiņš Ozols de la coopération avec l'Estonie. Ils ont signé une déclaration."
    )
    assert [p for k, _, p in events(topic) if k == "meeting"] == [{"country:LTU", "country:LVA"}]
    listed = (
        "Hier, le ministre lituanien Jonas Kessler s'est entretenu avec les ministres de la "
        "Défense de la Lettonie et de l'Estonie. Ils ont signé une déclaration."
    )
    assert [p for k, _, p in events(listed) if k == "meeting"] == [
        {"country:LTU", "country:LVA", "country:EST"}
    ]


def test_a_meeting_told_after_one_referred_to_in_its_sentence_is_a_new_event():
    text = (
        "Les ministres de la Défense du Chili et du Pérou se sont réunis mardi à Lima. "
        "Au terme de cette réunion, ils ont annoncé qu'ils se réuniraient de nouveau en avril "
        "à Santiago."
    )
    c = dossier.extract(text, FR)
    assert list(c.events.kind) == ["meeting", "meeting"]
    assert list(c.events.sentence_id) == ["text#1", "text#2"]
    assert list(c.events.place_id) == ["place:lima", "place:santiago"]
    # the reference alone completes the first meeting and makes no second one
    alone = "Les ministres se sont réunis mardi à Lima. Cette réunion a duré trois heures."
    assert len(dossier.extract(alone, FR).events) == 1


def test_people_who_attend_or_accompany_take_part_in_an_event():
    present = events(
        "Hier, les ministres de la Défense Karl Weber et Anna Gruber étaient présents à Berne."
    )
    assert [(k, p) for k, p, _ in present] == [("meeting", "place:berne")]
    attends = events(
        "Hier, le général Marc Lenoir a assisté à une démonstration de drones à Beyrouth."
    )
    assert [(k, p) for k, p, _ in attends] == [("meeting", "place:beyrouth")]
    escorted = events(
        "Hier, le président Paul Vernet était accompagné de son conseiller Luc Morel à Lima."
    )
    assert [(k, p) for k, p, _ in escorted] == [("meeting", "place:lima")]


def test_presence_help_witness_or_support_that_is_no_attendance_is_no_event():
    for text in (
        "Hier, le groupe Vextor est présent au Brésil depuis 1980.",
        "Hier, l'Union africaine a accompagné le processus de paix.",
        "Hier, l'organisation reste disponible pour accompagner les États dans leur lutte.",
        "Hier, les hélicoptères accompagneront les avions de patrouille.",
        "Hier, la France est présente au Mali depuis 2013.",
        "Hier, le ministre Paul Vernet est présent au Mali depuis trois ans.",
        "Hier, le ministre Paul Vernet a assisté les victimes à Lyon.",
        "Hier, les diplomates ont assisté à la montée des tensions entre le Mali et le Niger.",
        "Hier, la France accompagnera le président malien Amadou Traoré dans la transition.",
        "Hier, les hélicoptères ont accompagné le ministre Paul Vernet jusqu'à Gao.",
        "Hier, le ministre Paul Vernet n'a pas assisté à la présentation des forces à Berne.",
    ):
        assert events(text) == [], text
    # attending a signing is that signing, not a second event
    signing = events(
        "Hier, les ministres Paul Vernet et Luc Morel ont assisté à la signature de l'accord "
        "de défense."
    )
    assert [k for k, _, _ in signing] == ["signing"]


def test_attending_a_named_event_is_that_event_only():
    cases = {
        "Hier, le ministre Paul Vernet sera présent au sommet de l'Union africaine à "
        "Addis-Abeba.": ["summit"],
        "Hier, le président Paul Vernet était accompagné du ministre Luc Morel lors de sa "
        "visite à Dakar.": ["visit"],
        "Hier, le ministre Paul Vernet était présent lors de la réunion de Berne.": ["meeting"],
        "Hier, la ministre Anne Roux était présente à la cérémonie.": ["meeting"],
    }
    for text, kinds in cases.items():
        assert [k for k, _, _ in events(text)] == kinds, text
    named = dossier.extract(
        "Hier, le ministre Paul Vernet était présent lors de la réunion de Berne.", FR
    ).events
    assert named.name.tolist() == ["réunion de Berne"], "the named meeting, not a nameless one"


def test_what_is_told_during_a_meeting_referred_to_is_that_meeting():
    for second in (
        "Lors de cette rencontre, les deux ministres se sont entretenus de la sécurité.",
        "Cette réunion, au cours de laquelle les ministres se sont entretenus longuement, "
        "a duré trois heures.",
    ):
        text = "Les ministres du Chili et du Pérou se sont réunis mardi à Lima. " + second
        assert len(dossier.extract(text, FR).events) == 1, second


def test_talking_with_someone_is_a_meeting_and_talking_about_something_is_not():
    with_someone = "Hier, le ministre Paul Morel a discuté avec son homologue ghanéen Kofi Mensah."
    assert [kind for kind, _, _ in events(with_someone)] == ["meeting"]
    assert events("Le ministre Paul Morel a discuté de la sécurité maritime.") == []


def test_a_meeting_noun_its_date_follows_is_a_meeting():
    assert [k for k, _, _ in events("La réunion du 3 mars a permis de faire le point.")] == [
        "meeting"
    ]
    # with no date after it, a meeting noun alone is still no event
    assert events("Les ministres évoquent une réunion de sécurité.") == []


def test_review_talks_need_someone_and_a_dated_meeting_must_be_held_once():
    assert events("Le Parlement a discuté avec attention du budget.") == []
    assert events("Le ministre Paul Morel souhaite discuter avec son homologue Kofi Mensah.") == []
    assert events("La réunion du 3 mars sera reportée.") == []
    assert events("L'audience du 12 mai au tribunal de Lyon a été renvoyée.") == []
    told_twice = (
        "Paul Vardin a rencontré Anne Morvel à Rome le 3 mars 2021. La réunion du 3 mars 2021 "
        "a porté sur l'Ukraine."
    )
    assert len(events(told_twice)) == 1


def test_a_meeting_verb_with_an_adverb_inside_is_a_meeting():
    text = "Le ministre s'est ensuite entretenu avec l'ambassadeur ghanéen."
    assert [k for k, _, _ in events(text)] == ["meeting"]
    assert events("Le ministre a entretenu des liens étroits avec Accra.") == []


def test_a_meeting_noun_with_its_own_relative_clause_took_place():
    text = (
        "Les deux ministres ont salué la longue conférence de presse commune qu'ils ont "
        "organisée samedi."
    )
    assert [k for k, _, _ in events(text)] == ["meeting"]
    assert events("Les deux ministres ont évoqué la conférence de presse prévue en mai.") == []


def test_consultation_hearing_credentials_and_welcome_are_meetings():
    for text in (
        "Après s'être concerté avec le représentant spécial, le secrétaire général a parlé.",
        "Le ministre a présenté le plan lors d'une audition avec le directeur du service.",
        "L'ambassadeur du Ghana a présenté ses lettres de créance au président togolais.",
    ):
        assert [k for k, _, _ in events(text)] == ["meeting"], text
    assert events("Les États doivent se concerter avec sérieux.") == []


def test_review_no_meeting_from_other_verbs_denials_or_plans():
    for text in (
        "La France s'engage à entretenir des relations étroites avec le Mali.",
        "Le ministre Paul Lenoir ne s'est pas rendu à Kiev.",
        "Le ministre Paul Lenoir ne s'est pas entretenu avec Jean Morel.",
        "L'OTAN a souhaité la bienvenue à la Suède, devenue son 32e membre.",
    ):
        assert events(text) == [], text


def test_celebrating_an_occasion_is_a_ceremony_praising_a_thing_is_not():
    for text in (
        "Nos deux pays ont célébré cette année le soixantième anniversaire de leur traité.",
        "La Norvège et l'Islande ont fêté les 30 ans de leur alliance à Bergen.",
        "Le ministre estonien a commémoré la bataille de la Narva.",
        "La fête nationale a été célébrée à Tallinn en présence du ministre.",
    ):
        assert [k for k, _, _ in events(text)] == ["meeting"], text
    two = events("La Norvège et l'Islande ont fêté les 30 ans de leur alliance à Bergen.")
    assert two[0][2] >= {"country:NOR", "country:ISL"}
    for text in (
        "Le ministre a célébré la qualité du partenariat entre la Suède et la Norvège.",
        "Le défilé a célébré l'anniversaire de la victoire.",  # a thing, no one
        "Moscou a célébré la victoire de ses troupes.",  # a success, no ceremony
        "Le général Paul Vernet a fêté ses 60 ans à Brest.",  # a birthday
        "Les Islandais ont fêté le Nouvel An dans les abris.",
        "Le ministre polonais a commémoré le rôle de l'armée.",
    ):
        assert events(text) == [], text


def test_meetings_attended_held_as_lost_objects_or_announced_in_a_relative_clause():
    for text in (  # each gave no event before its rule
        "Les dirigeants de la Norvège et de l'Islande ont assisté à une réunion à Oslo.",
        "Le porte-parole a présenté aux médias les thèmes de la réunion que les ministres de la "
        "Défense tiendront ensemble.",
        "L'armée a organisé, hier, au siège de la brigade, à Tartu, une cérémonie de remise.",
        "Les délégations des deux pays ont procédé à un échange de vues sur la Baltique.",
    ):
        assert [k for k, _, _ in events(text)] == ["meeting"], text
    for text in (
        # a meeting noun the parse attached right is no lost object, nor one under « à »
        "La Suède a assisté impuissante à l'échec de la réunion de Genève.",
        "La Pologne a participé activement, au sein de l'Alliance, à la préparation d'une "
        "rencontre des ministres.",
        "L'armée a procédé à des frappes aériennes malgré la réunion prévue à Genève.",
        # « que » after an adverb is no relative clause on the noun
        "Kiev rejette tout dialogue avec le Kremlin aussi longtemps que les troupes russes "
        "tiennent la ville.",
    ):
        assert events(text) == [], text


def test_someones_coming_is_a_visit_a_season_or_a_state_joining_is_not():
    text = "Les ministres se sont vus avant la venue de la présidente slovène à Tallinn."
    assert [k for k, _, _ in events(text)] == ["visit"]
    for text in (
        "La venue de l'hiver complique les opérations.",
        "La venue de la Pologne dans le programme est attendue.",
        "Le Kremlin a exclu la venue du président Jean Armand à Moscou.",
        "Kiev espère la venue du président Jean Armand au printemps.",
    ):
        assert events(text) == [], text


def test_a_meetings_proceedings_that_began_or_ended_are_that_meeting():
    text = "Les travaux de la conférence des ministres de la Défense ont débuté lundi."
    assert [k for k, _, _ in events(text)] == ["meeting"]
    assert events("Les travaux de la réunion des experts ont permis de préparer le texte.") == []


def test_a_military_exercise_that_took_place_is_an_event():
    text = "L'armée péruvienne a organisé le troisième exercice « Condor Andino » en mai 2024."
    assert [k for k, *_ in events(text)] == ["meeting"]
    text = "L'exercice naval conjoint a commencé lundi au large de Callao."
    assert [k for k, *_ in events(text)] == ["meeting"]


def test_an_office_held_a_fiscal_year_or_the_exercise_of_power_is_no_exercise():
    for text in (
        "Le président en exercice de l'Union a ouvert le débat lundi.",
        "Le budget a été exécuté sur l'exercice 2023-2024, a précisé le ministre.",
        "L'exercice du pouvoir par la junte a commencé en 2021.",
    ):
        names = dossier.extract(text, FR).events.name.str.lower().tolist()
        assert not any("exercice" in name for name in names), (text, names)


def test_review_a_drill_named_by_what_it_trains_is_an_exercise_and_a_denied_start_no_event():
    assert [k for k, *_ in events("Un exercice de tir a été organisé au camp de Canjuers.")] == [
        "meeting"
    ]
    assert events("Les pourparlers n'ont pas encore démarré.") == []
