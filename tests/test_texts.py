"""Short French texts nobody tuned the lexicons on: other events, actors and phrasings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import dossier

TEXTS = Path(__file__).parent / "texts"


def run(name: str, published: str | None = None):
    meta = {"published": published} if published else None
    return dossier.extract((TEXTS / name).read_text("utf-8"), meta)


def roles(c, commitment_id: str) -> dict[str, str]:
    ca = c.commitment_actors[c.commitment_actors.commitment_id == commitment_id]
    return dict(zip(ca.actor_id, ca.role, strict=True))


def only(c, kind: str):
    rows = c.commitments[c.commitments.kind == kind]
    assert len(rows) == 1, f"one {kind}, got {c.commitments.kind.tolist()}"
    return rows.iloc[0]


def test_eu_korea_agreement_signed_in_seoul_with_a_spokesperson():
    c = run("ue-coree-accord.txt")
    actors = c.actors.set_index("actor_id")
    assert set(actors.index) == {
        "org:ue",
        "country:KOR",
        "org:seae",
        "person:helena-marvik",
        "place:seoul",
    }
    assert actors.loc["person:helena-marvik", "role"] == "porte-parole"
    assert actors.loc["person:helena-marvik", "affiliation_id"] == "org:seae"
    agreement = only(c, "agreement")
    assert roles(c, agreement.commitment_id) == {"org:ue": "party", "country:KOR": "party"}
    assert agreement.instrument == "accord de partenariat"
    assert agreement.place_id == "place:seoul"
    assert {"domain:cyber", "domain:military-training"} <= set(c.domains.domain_id)
    assert c.events.kind.tolist() == ["signing"]
    assert c.quotes.speaker_id.tolist() == ["person:helena-marvik"]


def test_indian_minister_named_after_his_title_even_when_the_model_says_org():
    c = run("inde-moteurs.txt")
    person = c.actors.set_index("actor_id").loc["person:arjun-vashisht"]
    assert person.kind == "person"
    assert person.role == "ministre indien de la Défense"
    assert person.affiliation_id == "country:IND" and person.country == "IND"
    intent = only(c, "intent")
    assert roles(c, intent.commitment_id) == {
        "person:arjun-vashisht": "speaker",
        "country:IND": "party",
        "country:FRA": "counterpart",
    }
    assert "domain:combat-aircraft" in set(c.domains.domain_id)


def test_australia_uk_shipbuilding_reported_by_a_ministry():
    c = run("australie-sous-marins.txt")
    ministry = c.actors.set_index("actor_id").loc["org:aus-ministere-de-la-defense"]
    assert ministry.kind == "organization" and ministry.country == "AUS"
    agreement = only(c, "agreement")
    assert roles(c, agreement.commitment_id) == {
        "org:aus-ministere-de-la-defense": "reporter",
        "country:AUS": "party",
        "country:GBR": "party",
    }
    # "Les deux pays prévoient de …" refers back to Australia and the UK
    intent = only(c, "intent")
    assert roles(c, intent.commitment_id) == {"country:AUS": "party", "country:GBR": "party"}
    assert intent.date.year == 2027 and intent.date_precision == "year"


def test_french_ministry_and_procurement_agency():
    c = run("armees-drones.txt")
    assert set(c.actors.kind) == {"organization"}
    exploration = only(c, "exploration")
    assert roles(c, exploration.commitment_id) == {
        "org:ministere-des-armees": "reporter",
        "org:dga": "party",
    }
    assert "domain:counter-drone" in set(c.domains.domain_id)


def test_agency_head_calls_and_then_speaks_as_elle():
    c = run("aed-directrice.txt")
    assert "place:etats" not in set(c.actors.actor_id), "'États membres' is not a place"
    person = c.actors.set_index("actor_id").loc["person:ingrid-valtonen"]
    assert person.affiliation_id == "org:aed"
    call = only(c, "call")
    assert roles(c, call.commitment_id) == {"person:ingrid-valtonen": "speaker", "org:aed": "party"}
    priority = only(c, "priority")
    assert priority.speaker_id == "person:ingrid-valtonen"
    assert priority.quote.startswith("l'interopérabilité")


def test_memorandum_is_the_instrument_and_a_signing():
    c = run("pologne-memorandum.txt")
    agreement = only(c, "agreement")
    assert agreement.instrument == "mémorandum d'entente"
    assert set(roles(c, agreement.commitment_id)) == {"country:POL", "country:KOR"}
    assert c.events.kind.tolist() == ["signing"]
    assert {"domain:munitions", "domain:artillery"} <= set(c.domains.domain_id)


def test_negated_agreement():
    c = run("negation-calendrier.txt")
    agreement = only(c, "agreement")
    assert bool(agreement.negated) and not bool(agreement.conditional)
    assert agreement.instrument == "", "'selon un communiqué' is a source, not the instrument"


def test_conditional_commitment_with_inverted_attribution():
    c = run("canada-conditionnel.txt")
    row = c.commitments.iloc[0]
    assert bool(row.conditional) and not bool(row.negated)
    assert row.speaker_id == "person:paul-ostrander"
    assert roles(c, row.commitment_id)["country:CAN"] == "party"
    assert row.confidence < 0.9


def test_relative_dates_resolve_against_the_published_date():
    c = run("japon-philippines-date.txt", published="2025-11-03")  # a Monday
    assert "country:CHN" not in set(c.actors.actor_id), "'mer de Chine' is a sea"
    meeting = c.events.iloc[0]
    assert meeting.kind == "meeting" and meeting.place_id == "place:manille"
    assert meeting.date.date() == dt.date(2025, 10, 31) and meeting.date_precision == "day"
    agreement = only(c, "agreement")
    assert roles(c, agreement.commitment_id) == {"country:JPN": "party", "country:PHL": "party"}
    assert agreement.date.date() == dt.date(2025, 6, 1) and agreement.date_precision == "month"


def test_without_a_published_date_relative_dates_stay_text():
    c = run("japon-philippines-date.txt")
    assert c.events.iloc[0].date_text == "vendredi"
    assert c.events.date.isna().all()


@pytest.mark.parametrize("name", sorted(p.name for p in TEXTS.glob("*.txt")))
def test_every_span_points_into_the_text(name):
    c = run(name)
    text = c.articles.iloc[0].text
    for table in (c.mentions, c.domain_mentions, c.quotes):
        for row in table.itertuples():
            assert text[row.start : row.end] == row.text


def test_counterparts_named_by_homologue_meet_and_sign():
    c = run("france-usa-rencontre.txt")
    people = c.actors.set_index("actor_id")
    assert people.loc["person:claire-dubreuil", "affiliation_id"] == "country:FRA"
    assert people.loc["person:mark-ellison", "country"] == "USA"
    meeting = c.events[c.events.kind == "meeting"].iloc[0]
    assert meeting.date_text == "12 mars"
    sides = c.event_actors[
        (c.event_actors.event_id == meeting.event_id) & (c.event_actors.role == "party")
    ]
    assert set(sides.actor_id) == {"country:FRA", "country:USA"}
    agreement = only(c, "agreement")
    assert agreement.instrument == "déclaration d'intention"
    # "Les deux ministres ont signé": the two ministers named before, each for their side
    assert roles(c, agreement.commitment_id) == {
        "org:pentagone": "reporter",
        "person:claire-dubreuil": "speaker",
        "person:mark-ellison": "speaker",
        "country:FRA": "party",
        "country:USA": "party",
    }


def test_peoples_stand_for_states_and_events_are_not_places():
    c = run("positions-europeennes.txt")
    ids = set(c.actors.actor_id)
    assert {"country:DEU", "country:FRA", "org:otan"} <= ids
    assert not any("brexit" in i for i in ids)
    call = only(c, "call")
    assert roles(c, call.commitment_id)["country:FRA"] == "party"
    assert "domain:defence-industrial-cooperation" in set(c.domains.domain_id)


def test_short_names_cities_and_plural_pronouns():
    c = run("france-australie-brest.txt")
    people = c.actors[c.actors.kind == "person"].set_index("actor_id")
    assert set(people.index) == {"person:paul-henri-vasseur", "person:marise-tolland"}
    assert people.loc["person:marise-tolland", "country"] == "AUS"
    assert c.mentions[c.mentions.text == "Vasseur"].actor_id.tolist() == [
        "person:paul-henri-vasseur"
    ]
    brest = c.actors.set_index("actor_id").loc["place:brest"]
    assert brest.country == "FRA", "Brest of the article, not the larger one in Belarus"
    assessment = only(c, "assessment")
    assert assessment.speaker_id == "person:marise-tolland"
    agreement = only(c, "agreement")
    assert {"country:FRA", "country:AUS"} <= set(roles(c, agreement.commitment_id))


def test_signatories_after_honorifics_and_in_the_passive_give_both_sides():
    """'signé … par Son Excellence X, ministre sénégalais…, et M. Y, ministre estonien…' and
    'X, ministre marocain délégué à la Défense, et Y, ministre néerlandaise…, ont signé':
    each signatory is a person with a role, and each one's country is a party."""
    c = run("memorandum-excellences.txt")
    people = c.actors[c.actors.kind == "person"].set_index("actor_id")
    assert set(people.index) == {
        "person:moussa-keita-ndiaye",
        "person:jonas-tervald",
        "person:karim-bensaid",
        "person:ilse-vermeer",
    }, "no 'Son Excellence' or 'M.' in a name"
    assert people.loc["person:moussa-keita-ndiaye", "country"] == "SEN"
    assert people.loc["person:jonas-tervald", "role"] == "ministre estonien de la Défense"
    assert people.loc["person:karim-bensaid", "role"] == "ministre marocain délégué à la Défense"
    places = c.actors[c.actors.kind == "place"].set_index("actor_id").country.to_dict()
    assert places == {"place:dakar": "SEN", "place:rabat": "MAR"}
    memo, accord = (c.commitments.iloc[i] for i in (0, 1))
    assert memo.instrument == "mémorandum d’entente" and memo.place_id == "place:dakar"
    parties = {a for a, r in roles(c, memo.commitment_id).items() if r == "party"}
    assert parties == {"country:SEN", "country:EST"}
    parties = {a for a, r in roles(c, accord.commitment_id).items() if r == "party"}
    assert parties == {"country:MAR", "country:NLD"}
    # "Les deux délégations ont évoqué…": discussing is exploring; the two latest sides
    exploration = only(c, "exploration")
    assert roles(c, exploration.commitment_id) == {"country:MAR": "party", "country:NLD": "party"}
    assert len(c.commitments) == 3
    signed = c.event_actors[c.event_actors.event_id == c.events.event_id.iloc[1]]
    assert set(signed.actor_id) == {
        "country:MAR",
        "country:NLD",
        "person:karim-bensaid",
        "person:ilse-vermeer",
    }, "the second signing is the second agreement's, not the first's"
    assert {"domain:defence-cooperation", "domain:military-training"} <= set(c.domains.domain_id)


def test_the_agent_of_another_act_is_not_a_party_but_a_passive_agent_is():
    prior = dossier.extract(
        "Après la prise de Bakhmout par la Russie en 2023, l'Ukraine a appelé ses alliés à "
        "accélérer les livraisons de munitions."
    )
    call = only(prior, "call")
    assert roles(prior, call.commitment_id) == {"country:UKR": "party"}
    signed = dossier.extract("Le contrat a été signé par la Pologne et la Corée du Sud à Varsovie.")
    agreement = only(signed, "agreement")
    assert roles(signed, agreement.commitment_id) == {
        "country:POL": "party",
        "country:KOR": "party",
    }
