"""Markdown for pull-request comments and GitHub's job summary: a ranking, then each store."""

from __future__ import annotations

import re
from collections.abc import Sequence

from returnaudit.report import Report
from returnaudit.report.model import CheckEntry
from returnaudit.reporters.bands import Band, band

_SHOWN = {"fail": "❌ fail", "partial": "⚠️ partial", "error": "❗ error"}
_SUMMARY_CHARS = 300
_BAND_MARK = {Band.POOR: "🔴", Band.AVERAGE: "🟠", Band.GOOD: "🟢", None: "⚪"}
# Store text must not become links, images, HTML or code: escape what starts them, and the
# table's cell separator. `<`/`>` become entities so no tag or autolink can open.
_ESCAPES = str.maketrans({"\\": "\\\\", "`": "\\`", "[": "\\[", "]": "\\]", "|": "\\|",
                          "<": "&lt;", ">": "&gt;", "\r": " ", "\n": " "})
# A zero-width space after a word-initial @ keeps a PR comment from pinging GitHub users.
_MENTION = re.compile(r"(?<![\w@.])@(?=\w)")


def render_markdown(reports: Sequence[Report]) -> str:
    """The whole run: a ranking when there are several stores, then one section per store."""
    ranked = sorted(reports, key=_rank_key)
    parts = [_ranking(ranked)] if len(ranked) > 1 else []
    parts += [_store(report) for report in ranked]
    return "\n\n".join(parts) + "\n"


def md(text: object) -> str:
    """Store-provided text made inert: literal on one line, safe inside a table cell."""
    return _MENTION.sub("@\u200b", str(text).translate(_ESCAPES))


def status(report: Report) -> tuple[str, str]:
    """✅ every gate passed, ❌ a gate failed, ⚠️ the audit could not run."""
    if report.status == "error":
        return "⚠️", "audit error"
    return ("✅", "passed") if report.passed else ("❌", "gate failed")


def _rank_key(report: Report) -> tuple[bool, float]:
    return (report.score is None, -(report.score or 0.0))


def _score(score: float | None, digits: int = 1) -> str:
    return "n/a" if score is None else f"{score:.{digits}f}"


def _banded(score: float | None) -> str:
    """A score with its band's colour: red, amber or green."""
    shown = "n/a" if score is None else f"{score:.1f}"
    return f"{_BAND_MARK[band(score)]} {shown}"


def _ranking(reports: Sequence[Report]) -> str:
    numbers = [lesson.number for lesson in reports[0].lessons]
    header = ["#", "Store", "Score", *(f"L{n}" for n in numbers), "Screens",
              "Support contacts", "Footer link", "Status"]
    rows = [_row(header), _row(["---:", "---", "---:", *("---:" for _ in numbers),
                                "---:", "---:", ":---:", "---"])]
    for place, report in enumerate(reports, 1):
        lessons = {lesson.number: lesson.score for lesson in report.lessons}
        rows.append(_row([str(place), md(report.scenario.name), _score(report.score, 0),
                          *(_score(lessons.get(n)) for n in numbers),
                          str(report.flow.screens), str(report.flow.support_contacts),
                          "✅" if report.policy.footer_link.found else "❌",
                          " ".join(status(report))]))
    return "## returnaudit ranking\n\n" + "\n".join(rows)


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _store(report: Report) -> str:
    score = f"{_score(report.score, 0)}/100" if report.lessons else "not scored"
    if report.score_basis and report.score is not None:
        score += f" ({report.score_basis}; the others: not enough evidence)"
    lines = [f"### {status(report)[0]} {md(report.scenario.name)}: {score}", "",
             md(report.scenario.store_url)]
    for block in (_lessons(report), _fix_first(report), _checks(report), _compliance(report),
                  _flow(report), _gates(report), _errors(report)):
        if block:
            lines += ["", *block]
    return "\n".join(lines)


def _lessons(report: Report) -> list[str]:
    rows = [_row(["#", "Lesson", "Score"]), _row(["---:", "---", "---:"])]
    rows += [_row([str(ls.number), md(ls.title),
                   _banded(ls.score) if ls.enough_evidence else md(report.evidence_note(ls))])
             for ls in report.lessons]
    return rows if report.lessons else []


def _fix_first(report: Report) -> list[str]:
    lines = [f"{n}. **{md(fix.title)}** (+{fix.gain:g} points): {md(fix.how_to_fix)}"
             for n, fix in enumerate(report.fix_first[:3], 1)]
    return ["**Fix first**", "", *lines] if lines else []


def _checks(report: Report) -> list[str]:
    shown = [c for c in report.checks if c.status in _SHOWN]
    hidden = len(report.checks) - len(shown)
    if not shown:
        return [f"All {hidden} checks pass or do not apply."] if hidden else []
    rows = [_row(["Status", "Check", "Summary"]), _row(["---", "---", "---"])]
    rows += [_row([_SHOWN[c.status], f"**{md(c.title)}** `{c.id}`", _summary(c)])
             for c in shown]
    if hidden:
        rows += ["", f"<sub>{hidden} passing or not applicable checks not shown.</sub>"]
    return rows


def _compliance(report: Report) -> list[str]:
    """The legal checks, whatever their status: not in the score, so said here."""
    marks = {**_SHOWN, "pass": "✅ pass", "not_applicable": "➖ n/a"}
    return [f"- {marks.get(c.status, c.status)} **{md(c.title)}** `{c.id}` (compliance, not in "
            f"the score): {_summary(c)}" for c in report.compliance]


def _summary(check: CheckEntry) -> str:
    text = check.summary
    if len(text) > _SUMMARY_CHARS:
        text = text[:_SUMMARY_CHARS - 1].rstrip() + "…"
    url = next((e.url for e in check.evidence if e.url), None)
    return md(text) + (f" ({md(url)})" if url else "")


def _flow(report: Report) -> list[str]:
    flow, link, policy = report.flow, report.policy.footer_link, report.policy
    if flow.status == "not_run":
        counts = "not run: add a scenario to measure the return flow"
    else:
        counts = (f"{md(flow.status.replace('_', ' '))} in {flow.duration_ms / 1000:.1f} s · "
                  f"{flow.screens} screens · {flow.interactions} interactions · "
                  f"{flow.fields} fields · {flow.support_contacts} support contacts")
    footer = (f"✅ '{md(link.text)}' → {md(link.href)}" if link.found
              else "❌ no returns or refund link in the footer")
    page = md(policy.url) if policy.url else "not found"
    lines = [f"**Flow** {counts}  ", f"**Footer link** {footer}  ", f"**Policy page** {page}"]
    if flow.failure is not None:
        stop = flow.failure
        lines.insert(1, f"**Flow stopped** at step {stop.step} ({md(stop.target)}): "
                        f"{md(stop.message)}  ")
    return lines


def _gates(report: Report) -> list[str]:
    failed = [f"- ❌ {md(g.name)}: expected {md(g.expected)}, got {md(g.measured)}"
              for g in report.gates if not g.passed]
    return ["**Failed gates**", "", *failed] if failed else []


def _errors(report: Report) -> list[str]:
    lines = [f"- {md(e.where)}: {md(e.message)}" for e in report.errors[:5]]
    if len(report.errors) > 5:
        lines.append(f"- and {len(report.errors) - 5} more (see the JSON report)")
    return ["**Errors**", "", *lines] if lines else []
