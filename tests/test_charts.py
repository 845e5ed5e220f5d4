"""Charts: the data in the bars is the data in the table; titles, sources, honest dates."""

from __future__ import annotations

import datetime as dt
import itertools

import matplotlib.dates as mdates
import pandas as pd

from dossier import charts, views
from dossier.corpus.views import Filters


def bars(fig):
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    return dict(zip(labels, [p.get_width() for p in ax.patches], strict=True))


def test_actor_bars_are_the_mention_counts(seed_corpus):
    fig = charts.actor_mentions(seed_corpus.actors, source="Source : test")
    got = bars(fig)
    want = dict(zip(seed_corpus.actors.name, seed_corpus.actors.mentions, strict=True))
    assert got == want
    assert fig._suptitle.get_text().startswith("L'acteur le plus cité : OTAN")
    assert any(t.get_text() == "Source : test" for t in fig.texts)


def test_english_labels(seed_corpus):
    fig = charts.domains_by_category(seed_corpus.domains, lang="en")
    assert "capability development" in bars(fig)
    assert fig._suptitle.get_text().startswith("Most discussed")


def test_large_counts_read_with_grouped_thousands_and_round_ticks(seed_corpus):
    """At corpus scale the counts run into thousands: '12 500' in French, '12,500' in
    English, on the axis and in the title, and no more than six round ticks."""
    actors = seed_corpus.actors.assign(mentions=seed_corpus.actors.mentions * 1250)
    for lang, sep in (("fr", "\u202f"), ("en", ",")):
        fig = charts.actor_mentions(actors, lang=lang)
        fig.draw_without_rendering()
        ticks = [t.get_text() for t in fig.axes[0].get_xticklabels() if t.get_visible()]
        values = [int(t.replace(sep, "")) for t in ticks]
        steps = {b - a for a, b in itertools.pairwise(values)}
        assert values[0] == 0 and len(ticks) <= 6 and len(steps) == 1, ticks
        step = steps.pop()
        assert step >= 1000 and int(str(step).rstrip("0")) in (1, 2, 5), ticks  # 5 000…
        top = actors.mentions.max()
        assert f"{top // 1000}{sep}{top % 1000:03d}" in fig._suptitle.get_text()


def test_source_line_names_title_outlet_and_date(seed_corpus):
    line = charts.source_line(seed_corpus.articles)
    assert line.startswith("Source : L'OTAN et le Japon") and "zonearmee.com" in line
    assert "date non publiée" in line


def timeline_rows(*items: tuple[str, str, str, str]) -> pd.DataFrame:
    """(what, date, precision, date_text) -> rows as views.timeline_rows gives them."""
    what, dates, precision, text = zip(*items, strict=True)
    return pd.DataFrame(
        {
            "source": ["event" if w in charts.EVENT_KINDS else "commitment" for w in what],
            "what": list(what),
            "label": [f"l{i}" for i in range(len(what))],
            "date": pd.to_datetime(list(dates)),
            "date_precision": list(precision),
            "date_text": list(text),
            "sentence_id": [f"x#{i}" for i in range(len(what))],
        }
    )


def test_a_month_precise_date_is_drawn_as_the_whole_month():
    rows = timeline_rows(
        ("agreement", "2025-06-01", "month", "en juin"),
        ("meeting", "2025-10-31", "day", "vendredi"),
    )
    fig = charts.timeline(rows)
    ax = fig.axes[0]
    spans = [path.vertices[:, 0] for coll in ax.collections for path in coll.get_paths()]
    assert len(spans) == 1
    xs = spans[0]
    assert mdates.num2date(xs.min()).date() == dt.date(2025, 6, 1)
    assert round(xs.max() - xs.min()) == 30  # June, all of it
    points = [line for line in ax.lines if line.get_marker() == "o"]
    assert len(points) == 1  # the day-precise meeting is a point


def test_empty_selection_draws_a_message_not_an_error(seed_corpus):
    sel = views.select(seed_corpus, Filters(search="aucun mot pareil"))
    for fig in (
        charts.actor_mentions(sel.actors),
        charts.actor_domain_heatmap(views.actor_domain_matrix(seed_corpus, sel)),
        charts.commitments_chart(views.commitments_by_actor(sel)),
        charts.timeline(views.timeline_rows(sel)),
        charts.network(views.actor_domain_edges(seed_corpus, sel), sel.actors, sel.domains),
    ):
        assert any("Aucune donnée" in t.get_text() for t in fig.axes[0].texts)


def test_charts_never_touch_pyplot_state(seed_corpus):
    import matplotlib.pyplot as plt

    before = plt.get_fignums()
    rc = dict(plt.rcParams)
    charts.actor_mentions(seed_corpus.actors)
    assert plt.get_fignums() == before
    assert dict(plt.rcParams) == rc, "the style is applied in a context, never globally"


def test_a_french_timeline_speaks_french_and_spans_whole_periods():
    rows = timeline_rows(
        ("intent", "2027-01-01", "year", "en 2027"), ("meeting", "2027-03-15", "day", "le 15 mars")
    )
    fig = charts.timeline(rows, lang="fr")
    assert fig._suptitle.get_text().endswith("01/2027 – 12/2027")  # all of 2027
    fig.draw_without_rendering()
    labels = [t.get_text() for t in fig.axes[0].get_xticklabels() if t.get_text()]
    assert labels, "the date axis has labels"
    english = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
    assert not any(w in english for label in labels for w in label.split())
    assert any(m in " ".join(labels) for m in ("mars", "mai", "juil.", "sept.", "nov."))
    en = charts.timeline(rows, lang="en")
    assert en._suptitle.get_text().endswith("Jan 2027 – Dec 2027")


def test_a_source_line_counts_the_articles_with_no_known_outlet():
    import pandas as pd

    arts = pd.DataFrame(
        {
            "title": ["A", "B", "C"],
            "source": ["Le Courrier nordique", "", ""],
            "published": pd.to_datetime(["2026-03-01", "2026-03-02", None]),
        }
    )
    line = charts.source_line(arts, "fr")
    assert "Le Courrier nordique" in line and "2 sans source" in line and "?" not in line
    assert "source non renseignée" in charts.source_line(arts.iloc[1:2], "fr")


def test_a_chronology_labels_its_points_and_keeps_far_dates_off_its_axis():
    import pandas as pd

    rows = pd.DataFrame(
        {
            "source": ["commitment"] * 5,
            "what": ["agreement", "intent", "agreement", "call", "intent"],
            "label": [
                "France, Inde · signé",
                "Inde · commandera",
                "Grèce · signé",
                "OTAN · appelle",
                "Japon · livrera",
            ],
            "date": pd.to_datetime(
                ["2026-03-02", "2026-03-10", "2026-04-01", "2026-04-20", "1978-01-01"]
            ),
            "date_precision": ["day", "day", "day", "day", "year"],
            "date_text": [""] * 5,
            "sentence_id": ["s"] * 5,
        }
    )
    fig = charts.timeline(rows, "fr")
    ax = fig.axes[0]
    texts = [t.get_text() for t in ax.texts]
    assert "France, Inde · signé" in texts and "OTAN · appelle" in texts
    assert any("Hors de l'axe : 1 date(s) éloignée(s) (1978)" in t for t in texts)
    assert "Japon · livrera" not in texts
    first, _last = ax.get_xlim()
    assert pd.Timestamp(matplotlib_date(first)).year >= 2025


def matplotlib_date(x):
    import matplotlib.dates as mdates

    return mdates.num2date(x).replace(tzinfo=None)


def test_a_chronology_keeps_plans_off_its_axis_names_its_main_points_and_its_shapes():
    import pandas as pd

    days = pd.date_range("2024-01-15", periods=20, freq="27D")
    what = ["agreement", "meeting", "intent", "call"] * 5
    rows = pd.DataFrame(
        {
            "source": ["commitment"] * 22,
            "what": what + ["intent", "intent"],
            "label": [f"Chili, Pérou · point {k}" for k in range(20)]
            + ["Chili · flotte en 2030", "Pérou · frégates en 2035"],
            "date": list(days) + list(pd.to_datetime(["2030-01-01", "2035-01-01"])),
            "date_precision": ["day"] * 18 + ["month", "year", "year", "year"],
            "date_text": [""] * 22,
            "sentence_id": ["a#1"] * 22,
            "published": [days.max()] * 22,
        }
    )
    fig = charts.timeline(rows, "fr")
    ax = fig.axes[0]
    texts = [t.get_text() for t in ax.texts]
    _first, last = ax.get_xlim()
    assert pd.Timestamp(matplotlib_date(last)).year <= 2026, "targets are not on the axis"
    note = "\n".join(t for t in texts if "Hors de l'axe" in t)
    assert "2030, 2035" in note and "projets" in note, texts
    named = [t for t in texts if t.startswith("Chili, Pérou · point")]
    assert 3 <= len(named) <= charts.LABELLED, "past a dozen points, the main ones are named"
    assert any("points nommés sur 20" in t for t in texts), texts
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["jour précis", "semaine ou mois (sa durée)", "année (sa durée)"]


def test_a_source_line_writes_its_days_as_the_deck_does():
    import pandas as pd

    arts = pd.DataFrame(
        {
            "title": ["A", "B", "C"],
            "source": ["Le Courrier nordique", "", ""],
            "published": pd.to_datetime(["2010-11-19", "2026-02-25", None]),
        }
    )
    line = charts.source_line(arts, "fr")
    assert line.endswith("19/11/2010 – 25/02/2026"), line
    assert "2010-11-19" not in line and "→" not in line
    assert charts.source_line(arts.iloc[:1], "fr").endswith("19/11/2010")
    assert charts.source_line(arts, "en").endswith("19 Nov 2010 – 25 Feb 2026")
