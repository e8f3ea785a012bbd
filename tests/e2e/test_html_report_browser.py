"""The HTML report opened in real Chromium: a hostile store cannot script it, screenshots load."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import ConsoleMessage, Dialog, Page, sync_playwright
from typer.testing import CliRunner

from returnaudit.artifacts.plain import from_plain
from returnaudit.browser.locate import find_system_chromium, launch_args
from returnaudit.cli.app import app
from returnaudit.demo.run import demo_scenarios
from returnaudit.pipeline.outputs import write_formatted
from returnaudit.report.model import Report
from returnaudit.reporters.formats import HTML

from ..conftest import FIXTURE_SCENARIOS

pytestmark = pytest.mark.browser

NORTHWIND = next(p for p in demo_scenarios() if p.stem == "northwind")


def audit_to_html(scenario: Path, site_url: str, folder: Path,
                  *extra: str) -> tuple[Report, Path]:
    """Run a scenario through the CLI, rebuild the Report from its JSON, render it to HTML."""
    out = folder / "report.json"
    result = CliRunner().invoke(app, ["run", str(scenario), "--base-url", site_url,
                                      "--json", str(out), "--quiet", *extra])
    assert result.exit_code in (0, 1), result.output
    report = from_plain(Report, json.loads(out.read_text(encoding="utf-8")))
    html = folder / "report.html"
    write_formatted(HTML, [report], html)
    return report, html


@contextmanager
def opened(html: Path, problems: list[str]) -> Iterator[Page]:
    """The report in headless Chromium; console errors, page errors and dialogs are recorded."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=find_system_chromium(),
                                             args=launch_args())
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})

            def on_console(message: ConsoleMessage) -> None:
                if message.type == "error":
                    problems.append(f"console: {message.text}")

            def on_dialog(dialog: Dialog) -> None:
                problems.append(f"dialog: {dialog.message}")
                dialog.dismiss()

            page.on("console", on_console)
            page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
            page.on("dialog", on_dialog)
            page.goto(html.resolve().as_uri())
            yield page
        finally:
            browser.close()


def test_hostile_store_texts_stay_text_in_the_report(site_url: str, tmp_path: Path) -> None:
    report, html = audit_to_html(FIXTURE_SCENARIOS / "hostile.yaml", site_url, tmp_path)
    assert "<script>alert(1)</script>" in report.policy.footer_link.text  # type: ignore[operator]
    problems: list[str] = []
    with opened(html, problems) as page:
        assert report.score is not None
        gauge = page.locator("svg.gauge text")
        assert gauge.is_visible() and gauge.text_content() == f"{report.score:.0f}"
        titles = page.locator(".lessons a")
        assert titles.all_inner_texts() == [lesson.title for lesson in report.lessons]
        assert all(title.is_visible() for title in titles.all())
        assert page.locator("h1").inner_text() == report.scenario.name  # literally, {{7*7}} too
        injected = page.evaluate("""() => ({
            scripts: document.scripts.length,
            handlers: [...document.querySelectorAll("*")].filter(
                el => [...el.attributes].some(a => a.name.toLowerCase().startsWith("on"))).length,
            badLinks: [...document.links].filter(a => !/^(https?|file):/.test(a.href)).length,
            svgs: document.querySelectorAll("svg").length,
            images: document.images.length,
        })""")
        page.wait_for_timeout(200)  # let any late event handler (onerror, onload) fire
    assert injected == {"scripts": 0, "handlers": 0, "badLinks": 0, "svgs": 1, "images": 0}
    assert problems == []


def test_northwind_report_embeds_step_screenshots_that_load(site_url: str,
                                                            tmp_path: Path) -> None:
    report, html = audit_to_html(NORTHWIND, site_url, tmp_path, "--screenshots",
                                 "--out-dir", str(tmp_path))
    shots = [step.screenshot for step in report.flow.steps]
    assert all(shots) and len(shots) == 13
    problems: list[str] = []
    with opened(html, problems) as page:
        images = page.locator(".step img")
        assert images.count() == len(shots)
        loaded = images.evaluate_all(
            "els => els.map(i => i.complete && i.naturalWidth > 0"
            " && i.src.startsWith('data:image/png;base64,'))")
        assert loaded == [True] * len(shots)
        assert page.locator("svg.gauge text").text_content() == "100"
        page.locator(".step .shot").first.click()  # enlarges the thumbnail, with no script
        assert page.locator(".step .shot").first.bounding_box()["width"] > 600  # type: ignore[index]
    assert problems == []
