"""Articles added from their links, against a local HTTP server on 127.0.0.1 (never the
internet): a page, a feed, a 404, a timeout, a PDF, a duplicate. Pages written for these
tests."""

from __future__ import annotations

import csv
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

import dossier
from dossier.reading.links import add

PAGE = """<!doctype html><html lang="fr"><head>
<title>La Finlande et l'Estonie signent un accord de défense aérienne</title>
<meta property="og:site_name" content="Le Courrier baltique">
<meta name="date" content="2026-03-05">
</head><body><article>
<h1>La Finlande et l'Estonie signent un accord de défense aérienne</h1>
<p>La Finlande et l'Estonie ont signé jeudi à Tallinn un accord de défense aérienne qui
prévoit l'achat commun de radars et la formation conjointe de leurs opérateurs.</p>
<p>« Cet accord protège le golfe de Finlande », a déclaré la ministre estonienne de la
Défense, Kadri Lepik, lors d'une conférence de presse avec son homologue finlandais.</p>
</article></body></html>"""

SECOND = (
    PAGE.replace("Finlande et l'Estonie", "Lettonie et la Lituanie")
    .replace("Tallinn", "Riga")
    .replace("Kadri Lepik", "Ilze Berzina")
)

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Défense</title>
<item><title>Accord</title><link>{base}/page</link></item>
<item><title>Autre</title><link>{base}/second</link></item>
</channel></rss>"""


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (the standard library's name)
        base = f"http://127.0.0.1:{self.server.server_port}"
        routes = {
            "/page": ("text/html; charset=utf-8", PAGE.encode()),
            "/second": ("text/html; charset=utf-8", SECOND.encode()),
            "/feed.xml": ("application/rss+xml", FEED.format(base=base).encode()),
            "/doc.pdf": ("application/pdf", b"%PDF-1.4 not an article"),
        }
        if self.path == "/slow":
            time.sleep(2)
        if self.path not in routes:
            self.send_error(404, "Not Found")
            return
        ctype, body = routes[self.path]
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # quiet
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


def sidecar(folder) -> list[dict]:
    with open(folder / "articles.csv", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_a_page_is_kept_as_html_with_its_metadata(server, tmp_path):
    (tmp_path / "articles.csv").write_text(
        "file,title,source,url,published,language\nold.txt,Ancien,Moi,,2026-01-02,fr\n",
        "utf-8",
    )
    (tmp_path / "old.txt").write_text("Un ancien article sur la défense.", "utf-8")
    before = (tmp_path / "articles.csv").read_bytes()
    [done] = add([f"{server}/page"], tmp_path)
    assert done.status == "added" and (tmp_path / done.file).read_text("utf-8") == PAGE
    rows = sidecar(tmp_path)
    assert (tmp_path / "articles.csv").read_bytes().startswith(before), "rows kept as they were"
    assert rows[0]["file"] == "old.txt"
    new = rows[1]
    assert new["file"] == done.file and new["url"] == f"{server}/page"
    assert new["title"].startswith("La Finlande et l'Estonie signent")
    assert new["source"] == "Le Courrier baltique" and new["published"] == "2026-03-05"
    corpus = dossier.load(tmp_path, cache=False, workers=1)
    article = corpus.articles.set_index("path").loc[done.file]
    assert article.source == "Le Courrier baltique" and str(article.published)[:10] == "2026-03-05"


def test_a_feed_adds_its_new_items_and_a_page_added_twice_is_a_duplicate(server, tmp_path):
    first = add([f"{server}/page"], tmp_path)
    assert [r.status for r in first] == ["added"]
    results = add([f"{server}/feed.xml", f"{server}/page"], tmp_path)
    statuses = {r.url.rsplit("/", 1)[-1]: r.status for r in results}
    assert statuses == {"feed.xml": "feed", "second": "added", "page": "duplicate"}
    assert len(sidecar(tmp_path)) == 2
    assert len(list(tmp_path.glob("*.html"))) == 2


def test_errors_are_clear_messages_and_cost_nothing_else(server, tmp_path):
    results = add(
        [
            f"{server}/missing",
            f"{server}/slow",
            f"{server}/doc.pdf",
            "ftp://example.org/x",
            f"{server}/page",
        ],
        tmp_path,
        timeout=0.5,
    )
    messages = [r.message for r in results]
    assert [r.status for r in results] == ["error", "error", "error", "error", "added"]
    assert "404" in messages[0]
    assert "no answer within 0.5 s" in messages[1]
    assert "not an HTML page (application/pdf)" in messages[2]
    assert "not a web address" in messages[3]
    assert [r["url"] for r in sidecar(tmp_path)] == [f"{server}/page"]


def test_the_command_line_adds_and_reports(server, tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "dossier", "add", f"{server}/page", "--to", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "added" in done.stdout and "1 article(s) added" in done.stdout


def test_the_notebook_box_adds_and_lists_each_link_escaped(server, tmp_path):
    from dossier import explore

    box = explore.add_box(tmp_path, timeout=2)
    box.links.value = f"{server}/page\n{server}/missing?<b>x</b>"
    results = box.run()
    assert [r.status for r in results] == ["added", "error"]
    report = box.children[-1].value
    assert "1 article(s) ajouté(s)" in report and "&lt;b&gt;x&lt;/b&gt;" in report
