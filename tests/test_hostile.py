"""Whatever analysts drop into seeds/: each bad file gives a clear problem, every good
file's tables are exactly those it gives alone, and nothing is written into seeds/."""

from __future__ import annotations

import codecs
import os
import subprocess
import sys

import pandas as pd
import pytest
from conftest import SEEDS

import dossier

SEED = (SEEDS / "otan-japon-dialogue-industrie-defense.txt").read_bytes()
FR = "Le ministère des Armées a signé à Séoul un accord de coopération avec la Corée du Sud.\n"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    d = tmp_path_factory.mktemp("hostile") / "seeds"
    d.mkdir()
    files = {
        "seed.txt": SEED,
        "vide.txt": b"",
        "blanc.txt": b"   \n\t\n  ",
        "binaire.txt": os.urandom(4096),
        "cp1252.txt": FR.encode("cp1252"),
        "latin1.txt": ("L'Élysée et le Québec ont signé un accord à Montréal.\n").encode("latin-1"),
        "utf16.txt": FR.encode("utf-16"),
        "bom-crlf.txt": codecs.BOM_UTF8 + FR.replace("\n", "\r\n").encode("utf-8") * 2,
        "page.html": (
            "<html><head><title>Accord</title></head><body><article><h1>Accord"
            "</h1><p>" + FR + "</p><p>La France a convenu d'étudier un partenariat"
            " avec l'Inde.</p></article></body></html>"
        ).encode("utf-8"),
        "injection.txt": (
            "Le Japon a signé <script>alert(1)</script> un accord avec l'Inde "
            "<img src=x onerror=alert(2)>.\n"
        ).encode(),
        "japonais.txt": "日本と北大西洋条約機構は防衛産業協力について初の対話を行った。".encode(),
        "english.txt": b"NATO and Japan held their first dialogue on defence industry. " * 4,
        "enorme.txt": (FR * 60_000).encode("utf-8"),  # ~5 MB
        "une-ligne.txt": (FR.strip() + " ").encode("utf-8") * 3000,
        "invisibles.txt": ("Le Ja\u200bpon et l'\u202eInde\u202c ont signé un accord.\n").encode(
            "utf-8"
        ),
        "copie.txt": SEED,
        "rapport.pdf": b"%PDF-1.7\n...",
        "note.docx": b"PK\x03\x04...",
        "articles.csv": b"file,title,source,url,published,language\n"
        b'seed.txt,Seed,zonearmee.com,,2025-11-01,fr\n"broken,row\n',
    }
    for name, data in files.items():
        (d / name).write_bytes(data)
    (d / "boucle").symlink_to(d, target_is_directory=True)
    before = {p.name: p.read_bytes() for p in d.iterdir() if p.is_file()}
    corpus = dossier.load(d, cache=False, workers=1)
    return d, corpus, before


def _codes(corpus) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for r in corpus.problems.itertuples():
        out.setdefault(r.path, set()).add(r.code)
    return out


def test_each_bad_file_gives_a_clear_problem(hostile):
    _d, corpus, _ = hostile
    codes = _codes(corpus)
    assert codes["vide.txt"] == {"empty"} and codes["blanc.txt"] == {"empty"}
    assert codes["binaire.txt"] == {"binary"}
    assert codes["japonais.txt"] == {"unsupported-language"}
    assert codes["english.txt"] == {"unsupported-language"}
    assert codes["rapport.pdf"] == {"unsupported-format"}
    assert codes["note.docx"] == {"unsupported-format"}
    assert codes["enorme.txt"] == {"too-long"}
    assert codes["invisibles.txt"] == {"invisible-characters"}
    assert "duplicate" in codes.get("copie.txt", set()) | codes.get("seed.txt", set())
    assert codes["boucle"] == {"linked-folder"}
    assert "sidecar-bad-row" in codes["articles.csv"]
    assert (corpus.problems.message.str.len() > 15).all()


def test_awkward_encodings_read_without_mojibake(hostile):
    _d, corpus, _ = hostile
    texts = corpus.articles.set_index("path")["text"]
    for name in ("cp1252.txt", "utf16.txt", "bom-crlf.txt"):
        assert "ministère des Armées" in texts[name] and "Séoul" in texts[name], name
    assert "\r" not in texts["bom-crlf.txt"] and "\ufeff" not in texts["bom-crlf.txt"]
    assert "Élysée" in texts["latin1.txt"]
    assert "Japon" in texts["invisibles.txt"] and "\u202e" not in texts["invisibles.txt"]
    assert "<title>" not in texts["page.html"]
    assert len(texts["enorme.txt"]) <= 200_000


def test_foreign_languages_give_no_garbage_actors(hostile):
    _d, corpus, _ = hostile
    foreign = corpus.articles[corpus.articles.path.isin(["japonais.txt", "english.txt"])]
    assert len(foreign) == 2
    assert not corpus.mentions.article_id.isin(foreign.article_id).any()


def test_good_files_give_the_tables_they_give_alone(hostile, tmp_path):
    _d, corpus, _ = hostile
    for name in ("cp1252.txt", "page.html", "injection.txt"):
        alone_dir = tmp_path / name.replace(".", "-")
        alone_dir.mkdir()
        (alone_dir / name).write_bytes((_d / name).read_bytes())
        alone = dossier.load(alone_dir, cache=False, workers=1)
        aid = alone.articles.article_id.iloc[0]
        for table in ("sentences", "mentions", "domain_mentions", "commitments", "quotes"):
            mine, theirs = getattr(corpus, table), getattr(alone, table)
            mine = mine[mine.article_id == aid].reset_index(drop=True)
            if table == "commitments":  # groups span the corpus: the same ones, other names
                assert mine.group_id.nunique() == theirs.group_id.nunique()
                mine, theirs = mine.drop(columns="group_id"), theirs.drop(columns="group_id")
            pd.testing.assert_frame_equal(mine, theirs, obj=f"{name} {table}")


def test_nothing_is_written_into_seeds(hostile):
    d, _corpus, before = hostile
    after = {p.name: p.read_bytes() for p in d.iterdir() if p.is_file()}
    assert after == before


def test_the_cli_survives_the_same_folder(hostile, tmp_path):
    d, corpus, _ = hostile
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "dossier",
            "build",
            str(d),
            "--out",
            str(tmp_path / "t"),
            "--no-cache",
            "--workers",
            "1",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "unsupported-format" not in done.stdout
    assert "rapport.pdf" in done.stderr  # problems are reported to the analyst
    problems = pd.read_csv(tmp_path / "t" / "problems.csv")
    assert len(problems) == len(corpus.problems)
