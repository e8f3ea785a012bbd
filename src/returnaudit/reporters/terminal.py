"""The Rich terminal report, for people: printed on stderr."""

from __future__ import annotations

from typing import Any

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from returnaudit.lib.wording import shorten
from returnaudit.report import Report
from returnaudit.report.model import CheckEntry, FlowSection, PolicySection
from returnaudit.reporters.bands import Band, band

_STATUS_STYLE = {"passed": "green", "failed": "bold red", "skipped": "dim", "stopped": "yellow"}
_FLOW_STYLE = {"completed": "green", "failed": "bold red", "stopped_before_submit": "yellow",
               "not_run": "dim"}
_BAND_STYLE = {Band.POOR: "red", Band.AVERAGE: "yellow", Band.GOOD: "green", None: "dim"}


def render_terminal(report: Report, console: Console, *, verbose: bool = False) -> None:
    """Print one store's report: the scores first, then what to fix, then the details."""
    console.print(_header(report))
    if report.status == "error":
        _could_not_run(report, console)
        return
    if report.lessons:
        console.print(_lessons(report))
    if report.fix_first:
        console.print(_fix_first(report))
    if report.checks:
        console.print(_checks(report, verbose=verbose))
    if report.compliance:
        console.print(_compliance(report))
    if report.flow.status != "not_run":
        console.print(_timeline(report.flow))
        console.print(_counts(report.flow))
    if report.flow.failure is not None:
        console.print(_failure(report.flow))
    if report.withdrawal is not None:
        console.print(_timeline(report.withdrawal, "EU withdrawal path"))
        console.print(_counts(report.withdrawal))
    console.print(_policy(report.policy))
    console.print(_channels(report))
    if report.platforms:
        console.print(_platforms(report))
    if report.gates:
        console.print(_gates(report))
    for error in report.errors:
        console.print(Text.assemble(("  error ", "bold red"), (f"{error.where}: ", "bold"),
                                    error.message))
    console.print()


def _could_not_run(report: Report, console: Console) -> None:
    """The cause once, and what it leaves unmeasured: no check and no gate has a verdict."""
    for error in report.errors:
        console.print(Text.assemble(("  error ", "bold red"), (f"{error.where}: ", "bold"),
                                    error.message))
    console.print(Text(f"  {len(report.checks)} checks not run; "
                       f"{len(report.gates)} gate(s) not measured", style="dim"))
    console.print()


def score_style(score: float | None) -> str:
    """The colour of a score's band: red, amber or green (dim for none)."""
    return _BAND_STYLE[band(score)]


def _bar(score: float | None, width: int = 20) -> Text:
    if score is None:
        return Text("─" * width + "  n/a", style="dim")
    filled = round(score / 100 * width)
    return Text.assemble(("█" * filled, score_style(score)), ("░" * (width - filled), "dim"),
                         (f" {score:5.1f}", f"bold {score_style(score)}"))


def _header(report: Report) -> RenderableType:
    title = Text.assemble(("returnaudit ", "bold"), (report.tool.version, "dim"), "  ",
                          (report.scenario.name, "bold cyan"))
    lines = [Text.assemble(("Store  ", "dim"), report.scenario.store_url)]
    if report.lessons:
        shown = "n/a" if report.score is None else f"{report.score:.0f}"
        style = f"bold {score_style(report.score)}"
        basis = f"  {report.score_basis} (the others: not enough evidence)" \
            if report.score_basis and report.score is not None else ""
        lines.insert(0, Text.assemble(("Score  ", "dim"), (shown, style), (" / 100", "dim"),
                                      (basis, "dim")))
    if report.status == "error":
        lines.append(Text("Audit  could not run (see errors below)", style="bold red"))
    elif report.flow.status == "not_run":
        lines.append(Text.assemble(("Flow   ", "dim"), ("not run: add a scenario to measure "
                                                      "the return flow", "dim")))
    else:
        flow = report.flow
        style = _FLOW_STYLE.get(flow.status, "")
        line = Text.assemble(("Flow   ", "dim"), (flow.status.replace("_", " "), style),
                             f" in {flow.duration_ms / 1000:.1f} s")
        if flow.goal is not None:
            met = {True: ("met", "green"), False: ("not met", "red"), None: ("not checked", "dim")}
            word, colour = met[flow.goal_met]
            line.append(f"  ·  goal '{flow.goal}' ")
            line.append(word, style=colour)
        lines.append(line)
    return Panel(Group(*lines), title=title, title_align="left", box=box.ROUNDED)


def _lessons(report: Report) -> Table:
    table = Table(box=None, show_header=False, pad_edge=False, title="The five lessons",
                  title_justify="left", title_style="bold")
    table.add_column("n", style="dim", justify="right")
    table.add_column("lesson")
    table.add_column("score", no_wrap=True)
    table.add_column("note", style="dim")
    for lesson in report.lessons:
        table.add_row(str(lesson.number), lesson.title, _bar(lesson.score),
                      report.evidence_note(lesson))
    return table


def _fix_first(report: Report) -> Panel:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="bold", justify="right")
    grid.add_column()
    for number, fix in enumerate(report.fix_first, 1):
        grid.add_row(f"{number}.", Text.assemble(
            (fix.title, "bold"), (f"  +{fix.gain:g} points", "green"), "\n",
            (fix.how_to_fix, "dim")))
    return Panel(grid, title="Fix first: the changes that raise the score most",
                 title_align="left", border_style="cyan", box=box.ROUNDED)


_MARKS = {"pass": ("✔", "green"), "partial": ("◐", "yellow"), "fail": ("✘", "red"),
          "not_applicable": ("–", "dim"), "error": ("!", "bold red")}


def _checks(report: Report, *, verbose: bool) -> Table:
    """Failing and partial checks with their reason and evidence (every check with verbose)."""
    table = Table(box=box.SIMPLE_HEAD, title="Checks", title_justify="left", title_style="bold",
                  pad_edge=False, show_header=False)
    table.add_column("mark", width=1)
    table.add_column("check", overflow="fold")
    hidden = 0
    for check in report.checks:
        if not verbose and check.status in ("pass", "not_applicable"):
            hidden += 1
            continue
        table.add_row(*_check_row(check))
    if hidden:
        table.caption = f"{hidden} passing or not applicable checks not shown (--verbose shows all)"
    return table


def _compliance(report: Report) -> Table:
    """The legal checks, always shown: they are not in the score, so nothing else says them."""
    table = Table(box=box.SIMPLE_HEAD, title="Compliance (not in the score)",
                  title_justify="left", title_style="bold", pad_edge=False, show_header=False)
    table.add_column("mark", width=1)
    table.add_column("check", overflow="fold")
    for check in report.compliance:
        table.add_row(*_check_row(check))
    return table


def _check_row(check: CheckEntry) -> tuple[Text, Text]:
    mark, style = _MARKS[check.status]
    body = Text.assemble((check.title, "bold"), (f"  {check.id}", "dim"), "\n", check.summary)
    evidence = next((e for e in check.evidence if e.url or e.quote), None)
    if evidence is not None:
        where = evidence.url or ""
        quote = f" “{shorten(evidence.quote, 120)}”" if evidence.quote else ""
        body.append(f"\n{where}{quote}", style="dim")
    return Text(mark, style=style), body


def _timeline(flow: FlowSection, title: str = "Return flow") -> Table:
    table = Table(box=box.SIMPLE_HEAD, title=title, title_justify="left",
                  title_style="bold", pad_edge=False)
    table.add_column("#", justify="right", style="dim")
    table.add_column("action")
    table.add_column("target", overflow="fold", max_width=48)
    table.add_column("screen", justify="center")
    table.add_column("support", justify="center")
    table.add_column("time", justify="right")
    table.add_column("status")
    for step in flow.steps:
        table.add_row(
            str(step.index), step.action, step.target,
            "[cyan]new[/]" if step.new_screen else "",
            "[bold red]yes[/]" if step.support_contact else "",
            f"{step.duration_ms} ms" if step.status != "skipped" else "",
            Text(step.status, style=_STATUS_STYLE.get(step.status, "")),
        )
    return table


def _counts(flow: FlowSection) -> Text:
    support_style = "bold red" if flow.support_contacts else "green"
    return Text.assemble(
        "  screens ", (str(flow.screens), "bold"), "  ·  interactions ",
        (str(flow.interactions), "bold"), "  ·  fields ", (str(flow.fields), "bold"),
        "  ·  support contacts ", (str(flow.support_contacts), support_style), "\n",
    )


def _failure(flow: FlowSection) -> Panel:
    failure = flow.failure
    assert failure is not None
    lines = [Text.assemble(("step ", "dim"), str(failure.step), "  ", (failure.target, "bold")),
             Text(failure.message, style="red")]
    if failure.url:
        lines.append(Text.assemble(("on ", "dim"), failure.url,
                                   (f"  (heading: {failure.heading})", "dim")
                                   if failure.heading else ""))
    if failure.candidates:
        lines.append(Text.assemble(("the page offered: ", "dim"),
                                   ", ".join(f"'{c}'" for c in failure.candidates[:8])))
    return Panel(Group(*lines), title="Why the flow stopped", title_align="left",
                 border_style="red", box=box.ROUNDED)


def _policy(policy: PolicySection) -> Text:
    link = policy.footer_link
    text = Text("Returns policy\n", style="bold")
    if link.found:
        text.append("  ✔ ", style="green")
        text.append(f"footer link '{link.text}'")
        text.append(f" → {link.href}\n", style="dim")
    else:
        text.append("  ✘ no returns or refund link in the footer\n", style="red")
    if policy.url:
        text.append("  policy page ", style="dim")
        text.append(f"{policy.url}\n")
        said = _facts_line(policy.facts)
        if said:
            text.append(f"  it says: {said}\n")
        for names, quotes in _unclear(policy):
            text.append(f"  unclear: {names}", style="yellow")
            text.append(f" ({' vs '.join(repr(shorten(q)) for q in quotes)})\n", style="dim")
    else:
        text.append("  policy page not found\n", style="yellow")
    return text


def _unclear(policy: PolicySection) -> list[tuple[str, list[str]]]:
    """The facts the policy leaves unclear, grouped by the sentences that disagree."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for name, status in policy.fact_status.items():
        if status == "unclear":
            quotes = tuple(one.get("quote") or "" for one in policy.fact_sentences.get(name, []))
            groups.setdefault(quotes, []).append(name.replace("_", " "))
    return [(", ".join(names), list(quotes)) for quotes, names in groups.items()]


def _facts_line(facts: dict[str, Any]) -> str:
    """The policy's main facts in a few words (rendering only: the values are the report's)."""
    parts = []
    if facts.get("window_days"):
        start = f" from {facts['window_start']}" if facts.get("window_start") else ""
        parts.append(f"{facts['window_days']} days{start}")
    free = facts.get("free_returns")
    if free is not None:
        parts.append("free returns" if free else "the shopper pays returns")
    if facts.get("refund_methods"):
        parts.append("refund: " + ", ".join(m.replace("_", " ") for m in facts["refund_methods"]))
    if facts.get("refund_days"):
        parts.append(f"within {facts['refund_days']} days")
    if facts.get("restocking_fee"):
        percent = facts.get("restocking_fee_percent")
        parts.append(f"{percent:g}% restocking fee" if percent else "restocking fee")
    if facts.get("guarantee"):
        parts.append("guarantee")
    return " · ".join(p for p in parts if p)



def _channels(report: Report) -> Text:
    text = Text("Support channels\n", style="bold")
    if not report.support_channels:
        text.append("  none seen\n", style="dim")
    for channel in report.support_channels:
        text.append(f"  {channel.kind:<13}", style="cyan")
        text.append(channel.evidence)
        text.append(f"  (on {channel.url})\n", style="dim")
    return text


def _platforms(report: Report) -> Text:
    text = Text("Platforms\n", style="bold")
    for platform in report.platforms:
        text.append(f"  {platform.kind.replace('_', ' '):<14}", style="cyan")
        text.append(platform.name)
        for seen in platform.evidence[:1]:
            text.append(f"  ({shorten(seen.signal, 90)} on {seen.url})", style="dim")
        text.append("\n")
    return text


def _gates(report: Report) -> Text:
    text = Text("Gates\n", style="bold")
    for gate in report.gates:
        mark, style = ("✔", "green") if gate.passed else ("✘", "bold red")
        text.append(f"  {mark} ", style=style)
        text.append(f"{gate.name}: expected {gate.expected}, got {gate.measured}\n")
    return text
