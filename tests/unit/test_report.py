"""Report building, the JSON contract, the terminal report and redaction, without a browser."""

from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console

from returnaudit.artifacts.model import Artifacts, ClickTarget, FlowArtifact, FlowFailure
from returnaudit.lib.files import slug
from returnaudit.lib.redact import Redactor
from returnaudit.pipeline.outputs import write_formatted
from returnaudit.pipeline.verdict import exit_code
from returnaudit.report.build import build_report
from returnaudit.reporters.formats import JSON
from returnaudit.reporters.json_report import render_json
from returnaudit.reporters.terminal import render_terminal
from returnaudit.scenario.models import Budgets

from .helpers import artifacts, page, step

TOP_KEYS = ["schema", "tool", "scenario", "started_at", "duration_ms", "status", "score",
            "passed", "lessons", "checks", "flow", "policy", "support_channels", "gates", "errors",
            "fix_first", "platforms", "withdrawal", "compliance"]


def _flow_run() -> Artifacts:
    steps = (step(0, "open", new=True), step(1, "click", new=True, target="'Returns' in footer"),
             step(2, "fill"), step(3, "click", new=True,
                                   clicked=ClickTarget("Email us", "mailto:r@s.example", "")))
    return artifacts(steps)


def test_json_report_has_the_contract_keys() -> None:
    data = json.loads(render_json(build_report(_flow_run())))
    assert list(data) == TOP_KEYS
    assert data["schema"] == "returnaudit.report/1"
    assert {k: data["flow"][k] for k in ("screens", "interactions", "fields",
                                         "support_contacts")} == {
        "screens": 2, "interactions": 3, "fields": 1, "support_contacts": 1}
    assert data["flow"]["steps"][3]["support_contact"] is True
    assert data["policy"]["footer_link"] == {"found": True, "text": "Returns",
                                             "href": "http://s/returns"}
    assert data["policy"]["url"] == "http://s/returns"
    assert data["support_channels"] == [{"kind": "email", "url": "http://s/",
                                         "evidence": "help@s.example"}]


def test_budgets_become_gates() -> None:
    report = build_report(_flow_run(), Budgets(max_screens=1, max_support_contacts=1))
    gates = {g.name: (g.passed, g.expected, g.actual) for g in report.gates}
    assert gates == {"flow-completed": (True, "completed", "completed"),
                     "max_screens": (False, 1, 2), "max_support_contacts": (True, 1, 1)}
    assert report.passed is False
    assert exit_code([report]) == 1


def test_a_failed_flow_fails_its_gate_and_an_unrunnable_audit_exits_3() -> None:
    failed = artifacts((step(0, "open", new=True),),
                       flow=FlowArtifact("failed", (step(0, "open", new=True),), None, None, 5))
    assert exit_code([build_report(failed)]) == 1
    broken = artifacts(status="error", entry=None, pages=(), policy_page=None)
    assert exit_code([build_report(broken), build_report(_flow_run())]) == 3
    assert exit_code([build_report(_flow_run())]) == 0


def test_terminal_report_shows_timeline_counts_and_failure() -> None:
    failure = FlowFailure(2, "'Find my order'", "'Find my order' not found on the page within 10 s",
                          "http://s/login", "Sign in", ("Sign in", "Forgot password?"))
    data = artifacts((step(0, "open", new=True), step(1, "click", new=True)),
                     flow=FlowArtifact("failed", (step(0, "open", new=True),), None, None, 5,
                                       failure))
    console = Console(record=True, width=120)
    render_terminal(build_report(data), console)
    out = console.export_text()
    assert "Return flow" in out and "screens 0" in out
    assert "Why the flow stopped" in out and "'Find my order' not found" in out
    assert "the page offered: 'Sign in', 'Forgot password?'" in out
    assert "footer link 'Returns'" in out


def test_terminal_report_says_when_the_footer_link_is_missing() -> None:
    console = Console(record=True, width=120)
    render_terminal(build_report(artifacts(entry=page(footer_links=()))), console)
    assert "no returns or refund link in the footer" in console.export_text()


def test_write_json_is_atomic_and_leaves_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "out" / "r.json"
    write_formatted(JSON, [build_report(_flow_run())], target)
    assert json.loads(target.read_text())["status"] == "completed"
    assert [p.name for p in target.parent.iterdir()] == ["r.json"]


def test_redactor_masks_secrets_everywhere_in_data() -> None:
    redactor = Redactor({"NW-10042", "7"})
    data = {"url": "http://s/find?order=NW-10042", "list": ["NW-10042", "7", "x7y"]}
    assert redactor.data(data) == {"url": "http://s/find?order=***",
                                   "list": ["***", "***", "x7y"]}


def test_slug_is_ascii() -> None:
    assert slug("Maison Lumière, retourner une lampe") == "maison-lumiere-retourner-une-lampe"
    assert slug("!!!") == "scenario"


def _on_shopify() -> Artifacts:
    entry = page(window_globals=("Shopify",), assets=("http://s/cdn/shop/t/7/assets/a.js",))
    return artifacts(entry=entry, pages=(entry,))


def test_recognised_platforms_are_in_the_json_report() -> None:
    data = json.loads(render_json(build_report(_on_shopify())))
    assert data["platforms"] == [{"name": "Shopify", "kind": "shop_platform", "evidence": [
        {"url": "http://s/", "signal": "global window.Shopify"}]}]


def test_terminal_report_lists_platforms_only_when_there_are_some() -> None:
    console = Console(record=True, width=120)
    render_terminal(build_report(_on_shopify()), console)
    assert ("Platforms\n  shop platform Shopify  (global window.Shopify on http://s/)"
            in console.export_text())
    console = Console(record=True, width=120)
    render_terminal(build_report(artifacts()), console)
    assert "Platforms" not in console.export_text()


def test_html_report_lists_platforms() -> None:
    from returnaudit.reporters.html import render_html

    html = render_html(build_report(_on_shopify()))
    assert '<section class="block" id="platforms">' in html
    assert "<td>Shopify</td><td>shop platform</td>" in html
    assert 'id="platforms"' not in render_html(build_report(artifacts()))
