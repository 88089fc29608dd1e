"""The served archive in a real browser (Debian's chromium, headless, through Playwright).

The seed test follows the issue: search the seed's archive for Shusha, open the
interview and its 41 turns, follow a paragraph anchor, narrow by a kind facet,
open a teaser.  The Veloria test does the same on our own fictional archive;
the hostile test checks that nothing in a hostile page runs.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from communique.config import Settings
from communique.pipeline import ingest_paths
from communique.report import Report
from communique.store import open_archive

from .conftest import DATA, SEED, require
from .veloria import INTERVIEW_ID, TEASER_ID, build_archive

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
HOSTILE = DATA / "hostile"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """uvicorn serving one archive on a loopback port, in a thread of this process."""

    def __init__(self, db: str):
        import uvicorn

        from communique.web import create_app

        self.port = free_port()
        config = uvicorn.Config(create_app(Settings(db=db)), host="127.0.0.1", port=self.port,
                                log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the server did not start")
            time.sleep(0.05)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    require(Path(CHROMIUM).exists() and shutil.which(CHROMIUM) is not None,
            "Debian's chromium at /usr/bin/chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


def ingest(db: str, *paths: Path) -> Report:
    report = Report()
    with open_archive(db) as archive:
        ingest_paths(paths, archive, report=report)
    return report


def test_seed_archive_in_the_browser(browser: object, tmp_path: Path) -> None:
    require(SEED.is_file(), f"{SEED} (the seed page)")
    db = str(tmp_path / "seed.db")
    ingest(db, SEED)
    with Server(db) as base:
        page = browser.new_page()  # type: ignore[attr-defined]
        page.goto(base + "/")
        page.get_by_label("Search the archive").fill("Shusha")
        page.get_by_label("Search the archive").press("Enter")
        page.wait_for_url("**/search?q=Shusha")
        assert "<mark>Shusha</mark>" in page.inner_html("ol.results")
        page.locator("ol.results a", has_text="interview").first.click()
        page.wait_for_url("**/statements/*")
        turns = page.locator("section.turn")
        expect(turns).to_have_count(41)
        assert page.locator("section.turn h3.speaker").count() == 41
        assert page.locator("section.turn-question").count() >= 1
        page.locator("details.cite summary").nth(4).click()
        page.locator("details.cite[open] a").first.click()
        assert page.url.endswith("#p5")
        assert page.evaluate("document.querySelector(':target').id") == "p5"
        page.goto(base + "/search")
        facet = page.locator("section.facet", has_text="Kind").locator("a").filter(
            has_text="letter")
        facet.first.click()
        page.wait_for_url("**kind=letter**")
        page.locator("ol.results li.result", has_text="teaser").first.locator("a").click()
        page.wait_for_url("**/statements/*")
        expect(page.locator("#incomplete")).to_be_visible()


def test_veloria_archive_in_the_browser(browser: object, tmp_path: Path) -> None:
    db = build_archive(str(tmp_path / "veloria.db"))
    with Server(db) as base:
        page = browser.new_page()  # type: ignore[attr-defined]
        page.goto(base + "/search")
        page.get_by_label('Words, "phrases", prefix*, OR, NOT').fill("harbour")
        page.get_by_role("button", name="Search").last.click()
        page.wait_for_url("**q=harbour**")
        expect(page.locator("ol.results li.result")).to_have_count(5)
        page.locator("section.facet", has_text="Kind").get_by_role(
            "link", name="phone call").click()
        page.wait_for_url("**kind=phone_call**")
        expect(page.locator("ol.results li.result")).to_have_count(2)
        page.get_by_role("link", name="Telephone conversation with the Isles").click()
        page.wait_for_url("**/statements/*")
        expect(page.locator("#incomplete")).to_be_visible()
        page.goto(f"{base}/statements/{INTERVIEW_ID}")
        assert page.locator("section.turn").count() == 4
        assert page.locator("section.turn h3.speaker").all_inner_texts()[0].startswith(
            "Tomas Reyne")
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.textContent") == "Skip to content"
        page.locator("details.cite summary").nth(1).click()
        page.locator("details.cite[open] a").first.click()
        assert page.url.endswith("#p2")
        page.set_viewport_size({"width": 375, "height": 700})
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        assert f"/statements/{TEASER_ID}" not in page.url


def test_hostile_pages_run_nothing(browser: object, tmp_path: Path) -> None:
    db = str(tmp_path / "hostile.db")
    ingest(db, HOSTILE)
    with open_archive(db, readonly=True) as archive:
        ids = [s.id for s in archive.iter_statements()]
    require(bool(ids), "the HTML and text parsers yielding the hostile pages")
    with Server(db) as base:
        page = browser.new_page()  # type: ignore[attr-defined]
        dialogs: list[str] = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        urls = ["/", "/search?q=harbour", "/search?q=Velden", "/search.atom?q=harbour"]
        urls += [f"/statements/{sid}" for sid in ids]
        for url in urls:
            page.goto(base + url)
            assert page.evaluate("typeof window.__pwned") == "undefined", url
        for link in page.locator("a").all():
            href = link.get_attribute("href") or ""
            assert not href.lower().startswith(("javascript:", "data:")), href
        assert dialogs == []
