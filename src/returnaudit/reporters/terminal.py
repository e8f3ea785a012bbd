"""The Rich terminal report, for people: printed on stderr."""

from __future__ import annotations

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..report import Report
from ..report.model import FlowSection, PolicySection

_STATUS_STYLE = {"passed": "green", "failed": "bold red", "skipped": "dim", "stopped": "yellow"}
_FLOW_STYLE = {"completed": "green", "failed": "bold red", "stopped_before_submit": "yellow",
               "not_run": "dim"}


def render_terminal(report: Report, console: Console) -> None:
    """Print one store's report."""
    console.print(_header(report))
    if report.flow.steps:
        console.print(_timeline(report.flow))
        console.print(_counts(report.flow))
    if report.flow.failure is not None:
        console.print(_failure(report.flow))
    console.print(_policy(report.policy))
    console.print(_channels(report))
    if report.gates:
        console.print(_gates(report))
    for error in report.errors:
        console.print(Text.assemble(("  error ", "bold red"), (f"{error.where}: ", "bold"),
                                    error.message))
    console.print()


def _header(report: Report) -> RenderableType:
    title = Text.assemble(("returnaudit ", "bold"), (report.tool.version, "dim"), "  ",
                          (report.scenario.name, "bold cyan"))
    lines = [Text.assemble(("Store  ", "dim"), report.scenario.store_url)]
    if report.status == "error":
        lines.append(Text("Audit  could not run (see errors below)", style="bold red"))
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


def _timeline(flow: FlowSection) -> Table:
    table = Table(box=box.SIMPLE_HEAD, title="Return flow", title_justify="left",
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
    else:
        text.append("  policy page not found\n", style="yellow")
    return text


def _channels(report: Report) -> Text:
    text = Text("Support channels\n", style="bold")
    if not report.support_channels:
        text.append("  none seen\n", style="dim")
    for channel in report.support_channels:
        text.append(f"  {channel.kind:<13}", style="cyan")
        text.append(channel.evidence)
        text.append(f"  (on {channel.url})\n", style="dim")
    return text


def _gates(report: Report) -> Text:
    text = Text("Gates\n", style="bold")
    for gate in report.gates:
        mark, style = ("✔", "green") if gate.passed else ("✘", "bold red")
        text.append(f"  {mark} ", style=style)
        text.append(f"{gate.name}: expected {gate.expected}, got {gate.actual}\n")
    return text
