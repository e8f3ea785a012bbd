"""The HTML report, without a browser: content, escaping of store texts, screenshots, files."""

from __future__ import annotations

import base64
import json
import struct
import zlib
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markupsafe import escape

from returnaudit.analysis.signals import SupportChannel
from returnaudit.artifacts.plain import from_plain
from returnaudit.pipeline.outputs import write_formatted
from returnaudit.report.model import (
    EvidenceEntry,
    FixFirstEntry,
    FooterLinkSection,
    Gate,
    Report,
    ReportError,
    ScenarioRef,
    StructuredData,
)
from returnaudit.reporters.formats import HTML
from returnaudit.reporters.html import render_html, web_url

GOLDEN = Path(__file__).parents[1] / "golden"
EVIL = ('<script>alert(1)</script> <img src=x onerror=alert(2)> "><svg onload=alert(3)> '
        "{{7*7}} </blockquote></details>")
BAD_URLS = ("javascript:alert(4)", " JavaScript:alert(4)", "java\tscript:alert(4)",
            "data:text/html,<script>alert(5)</script>", "vbscript:msgbox(1)", "//evil.example/")


def golden(name: str) -> Report:
    return from_plain(Report, json.loads((GOLDEN / f"{name}.report.json").read_text()))


def tiny_png() -> bytes:
    """A valid 1x1 PNG, so tests need no image library."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


class Tags(HTMLParser):
    """Every start tag with its attributes, as a browser's tokenizer would see them."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def hostile_report(screenshot: str | None = None) -> Report:
    """The poor store's report with every store text and URL replaced by an attack."""
    base = golden("budgetbin")
    bad = iter(BAD_URLS * 3)
    check = replace(base.checks[0], title=EVIL, summary=EVIL, why=EVIL, how_to_fix=EVIL,
                    evidence=(EvidenceEntry(next(bad), EVIL, 1, EVIL, None),))
    step = replace(base.flow.steps[1], target=EVIL, url_after=next(bad), error=EVIL,
                   support_reason=EVIL, notes=(EVIL,), screenshot=screenshot)
    assert base.flow.failure is not None
    failure = replace(base.flow.failure, target=EVIL, message=EVIL, url=next(bad),
                      heading=EVIL, candidates=(EVIL,))
    policy = replace(
        base.policy, url=next(bad), language=EVIL,
        footer_link=FooterLinkSection(True, EVIL, next(bad)),
        facts={**base.policy.facts, "exclusions": [EVIL], EVIL: EVIL},
        fact_evidence={"window_days": {"quote": EVIL, "url": next(bad)}},
        structured_data=StructuredData(True, False, (EVIL,)),
        fact_status={**base.policy.fact_status, "free_returns": "unclear"},
        fact_sentences={"free_returns": [{"quote": EVIL, "url": next(bad)}] * 2})
    return replace(
        base, scenario=ScenarioRef(EVIL, EVIL, next(bad)), started_at=EVIL,
        lessons=(replace(base.lessons[0], title=EVIL), *base.lessons[1:]),
        checks=(check, *base.checks[1:]),
        flow=replace(base.flow, goal=EVIL, failure=failure, trace=EVIL,
                     steps=(base.flow.steps[0], step, *base.flow.steps[2:])),
        policy=policy, support_channels=(SupportChannel(EVIL, next(bad), next(bad)),),
        gates=(Gate(EVIL, False, EVIL, EVIL),), errors=(ReportError(EVIL, EVIL),),
        fix_first=(FixFirstEntry(check.id, EVIL, 1.0, EVIL),))


@pytest.mark.parametrize("name", ["budgetbin", "maison-lumiere"])
def test_golden_reports_show_score_lessons_failures_and_fixes(name: str) -> None:
    report = golden(name)
    html = render_html(report)
    assert report.score is not None
    assert f'<text class="value" x="60" y="61">{report.score:.0f}</text>' in html
    for lesson in report.lessons:
        assert str(escape(lesson.title)) in html
    failing = [c for c in report.checks if c.status == "fail"]
    assert failing
    for check in failing:
        assert str(escape(check.summary)) in html and str(escape(check.how_to_fix)) in html
    for fix in report.fix_first:
        assert str(escape(fix.title)) in html and f"+{fix.gain:g} points" in html
    assert str(escape(report.scenario.name)) in html


def test_lessons_note_their_not_applicable_checks_and_failures_come_first() -> None:
    html = render_html(golden("budgetbin"))
    assert "1 of 6 checks n/a" in html and "1 of 3 checks n/a" in html
    lesson_one = html.split('id="lesson-accessible-info"')[1].split('id="lesson-')[0]
    assert lesson_one.index("st-fail") < lesson_one.index("st-partial") < lesson_one.index(
        "st-pass")


def test_page_is_self_contained_with_a_strict_content_security_policy() -> None:
    html = render_html(golden("maison-lumiere"))
    assert html.startswith("<!DOCTYPE html>")
    tags = Tags(html).tags
    csp = next(attrs for tag, attrs in tags
               if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy")
    assert str(csp["content"]).startswith(
        "default-src 'none'; img-src data:; style-src 'unsafe-inline';")
    names = {tag for tag, _ in tags}
    assert not names & {"script", "link", "iframe", "object", "embed", "base", "form"}
    for tag, attrs in tags:
        assert not attrs.get("src") or str(attrs["src"]).startswith("data:image/png;base64,")
        if tag == "a" and not str(attrs["href"]).startswith("#"):
            assert str(attrs["href"]).startswith("http")
            assert attrs["rel"] == "noopener noreferrer"


def test_store_texts_are_escaped_and_bad_urls_are_never_links() -> None:
    html = render_html(hostile_report())
    assert "<script" not in html.lower() and '"><svg' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{7*7}}" in html and "&gt; 49" not in html
    for tag, attrs in Tags(html).tags:
        assert tag not in ("script", "img"), tag  # no screenshot here: no image at all
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
        href = attrs.get("href")
        if href is not None:
            assert href.startswith(("http://", "https://", "#")), href
    assert 'href="javascript' not in html.lower()
    assert "javascript:alert(4)" in html  # shown as text, so the owner sees what the store has


@pytest.mark.parametrize("url", BAD_URLS)
def test_only_http_urls_can_be_links(url: str) -> None:
    assert web_url(url) is None
    assert web_url("https://shop.example/returns?a=1") == "https://shop.example/returns?a=1"


def test_step_screenshot_is_embedded_as_a_data_uri(tmp_path: Path) -> None:
    shot = tmp_path / "step-01-click.png"
    shot.write_bytes(tiny_png())
    report = hostile_report(screenshot=str(shot))
    html = render_html(report)
    images = [attrs for tag, attrs in Tags(html).tags if tag == "img"]
    assert len(images) == 1
    assert images[0]["src"] == "data:image/png;base64," + base64.b64encode(tiny_png()).decode()
    assert str(shot) not in html
    assert "<img" not in render_html(report, embed_screenshots=False)


def test_a_missing_or_non_png_screenshot_is_skipped(tmp_path: Path) -> None:
    fake = tmp_path / "fake.png"
    fake.write_text("<svg onload=alert(1)>")
    for path in (tmp_path / "gone.png", fake):
        assert "<img" not in render_html(hostile_report(screenshot=str(path)))


def test_missing_scores_and_an_unrun_flow_say_so() -> None:
    base = golden("budgetbin")
    report = replace(base, score=None,
                     lessons=tuple(replace(lesson, score=None) for lesson in base.lessons),
                     flow=replace(base.flow, status="not_run", steps=(), failure=None))
    html = render_html(report)
    assert '<text class="value" x="60" y="61">n/a</text>' in html
    assert 'class="arc"' not in html
    assert "Not run: add a scenario" in html and "Why the flow stopped" not in html


def test_rendering_is_deterministic() -> None:
    report = golden("budgetbin")
    html = render_html(report)
    assert html == render_html(golden("budgetbin"))
    assert '<time datetime="2026-11-28T06:40:05+00:00">28 November 2026, 06:40 UTC</time>' in html


def test_write_html_is_atomic_and_leaves_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "reports" / "budgetbin.html"
    target.parent.mkdir()
    target.write_text("old")
    report = golden("budgetbin")
    write_formatted(HTML, [report], target)
    assert target.read_text(encoding="utf-8") == render_html(report)
    assert [p.name for p in target.parent.iterdir()] == ["budgetbin.html"]
