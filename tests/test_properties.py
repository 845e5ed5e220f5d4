"""Whatever the text, extract() returns tables, and every span lies inside the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dossier

FRENCH_BITS = st.sampled_from(
    [
        "L’OTAN",
        "le Japon",
        "« ",
        " »",
        "a déclaré",
        "Mark",
        "ministère de la Défense",
        ", ",
        ". ",
        "\n\n",
        "Elle a ajouté que",
        "vendredi",
        "en juin",
        "– ",
        "drones",
        "\u200b",
        "\u202e",
    ]
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.text(max_size=40), FRENCH_BITS), max_size=25).map("".join))
def test_extract_never_raises_and_spans_stay_inside(text):
    c = dossier.extract(text)
    if c.articles.empty:
        assert len(c.problems) == 1
        return
    body = c.articles.iloc[0].text
    for table in (c.mentions, c.domain_mentions, c.quotes, c.sentences):
        for row in table.itertuples():
            assert 0 <= row.start <= row.end <= len(body)
            assert body[row.start : row.end] == row.text
    assert not (c.problems.code == "extraction-failed").any(), c.problems.message.tolist()


@given(st.lists(st.text(max_size=6)))
def test_folding_a_word_list_at_once_gives_each_words_own_key(words):
    from dossier.base.text import fold, fold_many

    assert fold_many(words) == [fold(w) for w in words]
