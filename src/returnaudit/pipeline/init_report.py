"""What `init` says on stderr: for one store, the route, the form fields, the platforms, what to
fill in and the next command; for many, a table with a row per store (explored or not)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from returnaudit.lib.wording import shorten
from returnaudit.pipeline.init import Written
from returnaudit.scaffold.plan import Plan

ROUTES = {"self_service": "self-service", "login": "sign-in needed", "contact": "contact only",
          "policy": "policy only", "nothing": "nothing found"}


def show_store(result: Written, console: Console) -> None:
    """One store's summary."""
    plan, output = result.plan, result.store.output
    assert plan is not None
    shown = "stdout" if output == "-" else output
    if plan.outcome == "self_service":
        console.print(Text.assemble(("✔ ", "green"), f"Wrote {shown}: a self-service return, "
                                    f"{len(plan.steps)} steps, {_guesses(plan)}"),
                      soft_wrap=True)
    else:
        console.print(Text.assemble(("! ", "yellow"), f"Wrote {shown}: {plan.why}"),
                      soft_wrap=True)
        console.print("  The scenario stops where a shopper stops; `returnaudit run` measures "
                      "exactly that.", highlight=False, soft_wrap=True)
    for label, line in _lines(plan, output):
        console.print(Text.assemble((f"  {label:<9} ", "dim"), line), soft_wrap=True)


def _lines(plan: Plan, output: str) -> list[tuple[str, str]]:
    lines = [("route", route_words(plan))]
    lines += [("form", f"{form.title} ({form.url}): " + "; ".join(
        f"{n.label} ({n.kind}, {'required' if n.required else 'optional'})"
        for n in form.fields) if form.fields else f"{form.title} ({form.url}): a button")
        for form in plan.forms]
    lines.append(("platform", ", ".join(f"{p.name} ({p.kind.replace('_', ' ')})"
                                        for p in plan.platforms) or "none recognised"))
    lines.append(("fill in", _fill_in(plan)))
    if plan.guesses:
        lines.append(("guesses", f"{plan.guesses} marked `guess` in the file: check them "
                                 "against the store"))
    lines += [("also", shorten(other, 140)) for other in plan.others]
    lines.append(("next", next_command(plan, "the saved file" if output == "-" else output)))
    return lines


def route_words(plan: Plan) -> str:
    """The steps that move the shopper, in a few words."""
    words = []
    for step in plan.steps:
        value = step.value
        if step.action == "click":
            text = value if isinstance(value, str) else str(value.get("text") or value["name"])
            where = " in the footer" if isinstance(value, dict) and value.get("in") else ""
            submit = " (sends it)" if isinstance(value, dict) and value.get("submit") else ""
            words.append(f"'{text}'{where}{submit}{'?' if step.guess else ''}")
        elif step.action == "contact" and isinstance(value, dict):
            words.append(f"contact support ({value['channel']})")
    return " → ".join(words) or "the home page only"


def _fill_in(plan: Plan) -> str:
    if not plan.variables:
        return "nothing"
    names = ", ".join(variable.name for variable in plan.variables)
    if plan.demo_defaults:
        defaults = ", ".join(variable.default for variable in plan.variables)
        return f"{names} (defaults: the store's demo order, {defaults})"
    return f"{names}: a real order of yours (the file has stand-ins)"


def next_command(plan: Plan, path: str) -> str:
    """The command to run next."""
    if plan.variables and not plan.demo_defaults:
        settings = " ".join(f"{variable.name}=..." for variable in plan.variables)
        return f"{settings} returnaudit run {path}"
    return f"returnaudit run {path}"


def _guesses(plan: Plan) -> str:
    return "no guesses" if not plan.guesses else f"{plan.guesses} guessed"


def show_table(results: Sequence[Written], out_dir: Path, console: Console) -> None:
    """A row per store, then the next command."""
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for column in ("store", "route", "steps", "guesses", "platforms", "scenario"):
        table.add_column(column, overflow="fold")
    for result in results:
        plan = result.plan
        store = result.store.url.split("://", 1)[-1]
        if plan is None:
            table.add_row(store, Text("not explored", style="red"), "", "", "",
                          Text(shorten(result.error or "", 120), style="red"))
            continue
        table.add_row(store, ROUTES[plan.outcome], str(len(plan.steps)), str(plan.guesses),
                      ", ".join(p.name for p in plan.platforms) or "-",
                      Path(result.store.output).name)
    console.print(table)
    done = sum(result.plan is not None for result in results)
    console.print(f"Wrote {done} scenario(s) in {out_dir}; next: returnaudit run {out_dir}. "
                  "A live store's scenario needs a real order: each scenario's variables "
                  "are named for its store (NAME_ORDER_NUMBER, NAME_ORDER_EMAIL...); set them, "
                  "or edit the defaults in the file.",
                  highlight=False, soft_wrap=True)
