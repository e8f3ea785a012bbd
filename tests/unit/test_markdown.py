"""The Markdown reporter: the facts a pull request needs, and store text kept inert."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest

from returnaudit.artifacts.model import RunError
from returnaudit.artifacts.plain import from_plain
from returnaudit.pipeline.outputs import write_formatted
from returnaudit.report import Report
from returnaudit.report.build import build_report
from returnaudit.reporters.formats import MARKDOWN
from returnaudit.reporters.markdown import md, render_markdown

from .helpers import artifacts

GOLDEN = Path(__file__).parent.parent / "golden"
UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def golden(name: str) -> Report:
    return from_plain(Report, json.loads((GOLDEN / f"{name}.report.json").read_text("utf-8")))


def error_report() -> Report:
    return build_report(artifacts(status="error", errors=(RunError("browser", "it crashed"),)))


@pytest.mark.parametrize(("name", "heading"), [
    ("budgetbin", "### ❌ BudgetBin, try to return a speaker: 13/100"),
    ("maison-lumiere", "### ✅ Maison Lumière, retourner une lampe: 76/100"),
])
def test_heading_has_status_name_and_score(name: str, heading: str) -> None:
    text = render_markdown([golden(name)])
    assert text.startswith(heading + "\n\nhttp://127.0.0.1:8732/")
    assert "ranking" not in text


def test_lesson_rows() -> None:
    text = render_markdown([golden("budgetbin")])
    assert "| 1 | Make return and refund information easy to reach | 🔴 21.7 |" in text
    assert "| 4 | Take full responsibility, even for third-party sellers | 🔴 0.0 |" in text


def test_failing_and_partial_checks_are_rows_passing_are_counted() -> None:
    report = golden("maison-lumiere")
    text = render_markdown([report])
    rows = [line for line in text.splitlines() if line.startswith(("| ❌", "| ⚠️"))]
    assert len(rows) == sum(c.status in ("fail", "partial") for c in report.checks) == 8
    assert ("| ⚠️ partial | **The return form asks for too much** `form-burden` | "
            "5 form field(s) to fill or choose (http://127.0.0.1:8732/maison-lumiere/retour/) |"
            ) in rows
    assert "18 passing or not applicable checks not shown." in text


def test_fix_first_with_gains() -> None:
    text = render_markdown([golden("budgetbin")])
    assert "1. **Shoppers cannot start a return by themselves** (+8.8 points): Offer" in text
    assert "3. **No purchase guarantee** (+7.5 points)" in text


def test_flow_counts_footer_link_and_failed_gates() -> None:
    poor, good = render_markdown([golden("budgetbin")]), render_markdown([golden("maison-lumiere")])
    assert ("**Flow** failed in 2.7 s · 1 screens · 1 interactions · 0 fields · "
            "1 support contacts") in poor
    assert "**Footer link** ❌ no returns or refund link in the footer" in poor
    assert "- ❌ flow-completed: expected completed, got failed" in poor
    assert "**Footer link** ✅ 'Retours et remboursements' → http://" in good
    assert "Failed gates" not in good


def test_an_audit_error_is_flagged_with_its_errors() -> None:
    text = render_markdown([error_report()])
    assert text.startswith("### ⚠️ Shop, return: n/a/100")
    assert "- browser: it crashed" in text
    assert "| ❗ error |" in text


def test_ranking_sorted_by_score_with_unscored_last() -> None:
    text = render_markdown([error_report(), golden("budgetbin"), golden("maison-lumiere")])
    table = text.split("\n\n")[1].splitlines()
    assert table[0].startswith("| # | Store | Score | L1 | L2 | L3 | L4 | L5 | Screens |")
    assert [row.split(" | ")[1] for row in table[2:]] == [
        "Maison Lumière, retourner une lampe", "BudgetBin, try to return a speaker",
        "Shop, return"]
    assert table[3] == ("| 2 | BudgetBin, try to return a speaker | 13 | 21.7 | 0.0 | 43.3 | "
                        "0.0 | 0.0 | 1 | 1 | ❌ | ❌ gate failed |")
    assert table[4].endswith("| ⚠️ audit error |")
    sections = [line for line in text.splitlines() if line.startswith("### ")]
    assert [s.split(" ", 2)[1] for s in sections] == ["✅", "❌", "⚠️"]


@pytest.mark.parametrize(("store_text", "shown"), [
    ("a | b", r"a \| b"),
    ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
    ("[link](javascript:x)", r"\[link\](javascript:x)"),
    ("![x](http://t/p.png)", r"!\[x\](http://t/p.png)"),
    ("run `rm -rf`", r"run \`rm -rf\`"),
    ("line one\nline two\r\n", "line one line two  "),
    ("<https://evil.example>", "&lt;https://evil.example&gt;"),
    ("ping @octocat, mail help@shop.example", "ping @\u200boctocat, mail help@shop.example"),
    (r"a\|b", r"a\\\|b"),
])
def test_store_text_is_neutralised(store_text: str, shown: str) -> None:
    assert md(store_text) == shown


def test_hostile_store_text_renders_as_text_in_its_cell() -> None:
    markdown_it = pytest.importorskip("markdown_it")
    report = golden("budgetbin")
    nasty = "x | <img src=x onerror=alert(1)> [link](javascript:x) `code`\n| y <b>"
    checks = tuple(dataclasses.replace(c, summary=nasty) for c in report.checks)
    name = dataclasses.replace(report.scenario, name="[Shop](javascript:x) <script>")
    text = render_markdown([dataclasses.replace(report, checks=checks, scenario=name)])
    rows = [line for line in text.splitlines() if line.startswith("| ❌")]
    assert rows and all(len(UNESCAPED_PIPE.findall(row)) == 4 for row in rows)
    html = markdown_it.MarkdownIt("commonmark", {"html": True}).enable("table").render(text)
    assert "<img" not in html and "<a " not in html and "<script" not in html
    assert "<code>code</code>" not in html and "<b>" not in html
    assert "[link](javascript:x)" in html


def test_each_store_fits_in_sixty_lines() -> None:
    report = golden("budgetbin")
    failing = tuple(dataclasses.replace(c, status="fail") for c in report.checks)
    text = render_markdown([dataclasses.replace(report, checks=failing)])
    assert len(text.splitlines()) <= 60


def test_write_markdown(tmp_path: Path) -> None:
    path = tmp_path / "summary.md"
    write_formatted(MARKDOWN, [golden("maison-lumiere")], path)
    assert path.read_text("utf-8") == render_markdown([golden("maison-lumiere")])
