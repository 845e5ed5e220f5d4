"""The notebooks as an analyst uses them: a real JupyterLab, driven in Debian's Chromium.

Needs `chromium` on PATH (apt-get install chromium). Without it these tests are skipped,
loudly; with REQUIRE_BROWSER=1 (as in CI) they fail instead.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from conftest import ROOT, SEEDS

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
NOTEBOOKS = sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))
INJECTION = (
    "Le Japon a signé un accord <script>window.__pwned = 1</script> avec l'Inde "
    '<img src=x onerror="window.__pwned = 2"> sur les drones.\n'
)

if not CHROMIUM:
    message = (
        "Chromium not found: browser tests skipped. Install it with "
        "`apt-get install chromium` (CI does, and sets REQUIRE_BROWSER=1)."
    )
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(message, pytrace=False)
    pytest.skip(message, allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A JupyterLab server on a temporary copy of the project; stopped even on failure."""
    root = tmp_path_factory.mktemp("lab")
    project = root / "project"
    shutil.copytree(ROOT / "notebooks", project / "notebooks")
    shutil.copytree(SEEDS, project / "seeds")
    (project / "seeds" / "injection.txt").write_text(INJECTION, "utf-8")
    (project / "exports").mkdir()
    settings = root / "settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True)
    # no "get notified about news?" toast, no calls to the network
    (settings / "notification.jupyterlab-settings").write_text(
        '{"fetchNews": "false", "checkForUpdates": false}'
    )
    port, token = _free_port(), secrets.token_hex(16)
    env = {
        **os.environ,
        "DOSSIER_ROOT": str(project),
        "DOSSIER_CACHE": str(root / "cache"),
        "JUPYTERLAB_SETTINGS_DIR": str(root / "settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(root / "workspaces"),
        "MPLBACKEND": "agg",
    }
    base = f"http://127.0.0.1:{port}"
    with open(root / "server.log", "w") as log:
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "jupyter",
                "lab",
                "--no-browser",
                "--ip=127.0.0.1",
                f"--port={port}",
                f"--IdentityProvider.token={token}",
                f"--ServerApp.root_dir={project}",
                "--allow-root",
            ],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            deadline = time.time() + 60
            while True:
                try:
                    urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2)
                    break
                except OSError:
                    if time.time() > deadline or server.poll() is not None:
                        log.flush()
                        tail = (root / "server.log").read_text()[-2000:]
                        raise RuntimeError(tail) from None
                    time.sleep(0.3)
            # list the kernels once, so the first notebook need not wait for them
            urllib.request.urlopen(f"{base}/api/kernelspecs?token={token}", timeout=30)
            yield {"base": base, "token": token, "project": project}
        finally:
            os.killpg(server.pid, signal.SIGTERM)  # the whole group: server and kernels
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, request):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    yield page
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=False)
    page.close()


def open_and_run(page, lab, name: str) -> None:
    """Open a notebook, Run → Run All Cells, wait until every cell ran and the kernel idles."""
    # ?reset: a fresh workspace, so only this notebook is open
    page.goto(f"{lab['base']}/lab/tree/notebooks/{name}?reset&token={lab['token']}")
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
    idle = ".jp-Notebook-ExecutionIndicator[data-status='idle']:visible"
    page.wait_for_selector(idle, timeout=60_000)
    accept_kernel_dialog(page)
    run_all(page)
    if accept_kernel_dialog(page):
        run_all(page)  # the first request went to the dialog
    done = (
        "() => { const p = [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')];"
        " return p.length > 0 && p.every(x => /\\[\\d+\\]/.test(x.textContent)); }"
    )
    deadline = time.time() + 120
    while not page.evaluate(done):  # a kernel dialog may still pop up: answer it
        assert time.time() < deadline, "cells did not all run within 120 s"
        if accept_kernel_dialog(page, wait_ms=500):
            run_all(page)
    page.wait_for_selector(idle, timeout=60_000)


def run_all(page) -> None:
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()


def accept_kernel_dialog(page, wait_ms: int = 1500) -> bool:
    """On a fresh server JupyterLab may ask which kernel to start before its kernel list
    has loaded; an analyst clicks "Select" (Python 3), and so do we. True if it asked."""
    dialog = page.locator(".jp-Dialog")
    try:
        dialog.wait_for(state="visible", timeout=wait_ms)
    except Exception:  # no dialog: the usual case
        return False
    dialog.locator("button.jp-mod-accept").click()
    dialog.wait_for(state="hidden", timeout=10_000)
    return True


def errors(page) -> list[str]:
    # textContent, not innerText: JupyterLab skips rendering cells scrolled out of view
    # (content-visibility), and their innerText is empty
    texts = page.locator(
        ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"
    ).all_text_contents()
    return [t for t in texts if "Error" in t or "Traceback" in t]


def chart_src(page) -> str:
    page.wait_for_selector(".widget-output img", timeout=30_000)
    return page.locator(".widget-output img").first.get_attribute("src")


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_runs_all_in_jupyterlab(page, lab, name):
    open_and_run(page, lab, name)
    prompts = page.locator(".jp-CodeCell .jp-InputPrompt").all_text_contents()
    assert prompts and all(p.strip().startswith("[") and p.strip() != "[ ]:" for p in prompts)
    assert not errors(page)
    if name[:2] in {"02", "03", "04", "05"}:  # the explorers' widgets render
        page.wait_for_selector(".widget-dropdown select", timeout=30_000)
        page.wait_for_selector(".widget-output img", timeout=30_000)
        assert page.locator(".widget-output img").count() == 1, "one chart per explorer"


def test_actor_explorer_follows_the_mouse_and_exports(page, lab):
    open_and_run(page, lab, "02_actors.ipynb")
    before_img, before_table = chart_src(page), page.locator(".dossier-table").inner_text()
    page.locator(".widget-dropdown select").first.select_option(label="pays")
    page.wait_for_function(
        "src => document.querySelector('.widget-output img').src != src",
        arg=before_img,
        timeout=30_000,
    )
    # the chart and the table are redrawn one after the other: wait for the table too (on
    # a loaded machine it was read between the two)
    page.wait_for_function(
        "t => document.querySelector('.dossier-table').innerText != t",
        arg=before_table,
        timeout=30_000,
    )
    table = page.locator(".dossier-table").inner_text()
    assert table != before_table and "Japon" in table and "OTAN" not in table
    exports = lab["project"] / "exports"
    page.locator("button", has_text="Exporter").first.click()
    page.wait_for_selector("text=Écrit dans exports/", timeout=30_000)
    names = sorted(p.name for p in exports.iterdir())
    assert any(n.startswith("acteurs-country-") and n.endswith(".png") for n in names)
    assert any(n.endswith(".xlsx") for n in names)


def test_commitment_explorer_follows_the_keyboard(page, lab):
    open_and_run(page, lab, "04_commitments.ipynb")
    before_img, before_table = chart_src(page), page.locator(".dossier-table").inner_text()
    search = page.locator(".widget-text input").first
    search.click()
    search.type("Rutte")
    search.press("Enter")
    page.wait_for_function(
        "src => document.querySelector('.widget-output img').src != src",
        arg=before_img,
        timeout=30_000,
    )
    # the chart and the table are two outputs: the table may be drawn a moment later
    page.wait_for_function(
        "text => document.querySelector('.dossier-table').innerText != text",
        arg=before_table,
        timeout=30_000,
    )
    table = page.locator(".dossier-table").inner_text()
    assert table != before_table and "convenu" in table and "priorité" not in table


def test_markup_in_an_article_is_shown_as_text_and_never_runs(page, lab):
    open_and_run(page, lab, "02_actors.ipynb")
    page.locator(".widget-text input").first.fill("drones")
    page.locator(".widget-text input").first.press("Enter")
    page.wait_for_selector(".dossier-source", timeout=30_000)
    panel = page.locator(".dossier-source").first.inner_text()
    assert "<script>window.__pwned = 1</script>" in panel
    assert page.evaluate("() => window.__pwned") is None
    assert page.locator(".dossier-source img").count() == 0
