"""The ranking of a multi-store run: a Rich table for people, CSV for spreadsheets."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from returnaudit.report.summary import Row, Summary
from returnaudit.reporters.terminal import score_style

_STATUS = {"completed": ("passed", "green"), "error": ("error", "bold red"),
           "invalid": ("invalid", "bold red")}


def render_ranking(summary: Summary, console: Console) -> None:
    """The stores, best first, with their five lesson scores and the flow numbers."""
    table = Table(box=box.SIMPLE_HEAD, title="Ranking", title_justify="left", title_style="bold",
                  pad_edge=False, collapse_padding=True)
    table.add_column("#", justify="right", no_wrap=True,
                     min_width=len(str(len(summary.stores))))
    width = max(MIN_NAME_WIDTH, min(NAME_WIDTH, console.width - OTHER_COLUMNS))
    table.add_column("store", no_wrap=True, min_width=width, max_width=width)
    lessons = [lesson_id for lesson_id, _ in summary.lessons]
    numbered = [f"L{n}" for n in range(1, len(lessons) + 1)]
    for name in ("score", *numbered, "scr.", "sup."):
        table.add_column(name, justify="right", no_wrap=True, min_width=max(3, len(name)))
    table.add_column("link", justify="center", no_wrap=True)
    table.add_column("status", no_wrap=True)
    names = shown_names(summary.stores, width)
    for rank, (row, name) in enumerate(zip(summary.stores, names, strict=True), 1):
        label, style = _STATUS[row.status]
        if row.status == "completed" and not row.passed:
            label, style = "failed", "yellow"
        table.add_row(
            str(rank), name, _score(row.score),
            *(_score(row.lessons.get(lesson)) for lesson in lessons),
            _number(row.screens), _number(row.support_contacts),
            {True: "✔", False: "✘", None: "–"}[row.footer_link],
            Text(label, style=style))
    console.print(table)
    console.print(Text("L1-L5: the five lessons · scr.: screens to a return · sup.: pushes to "
                       "support · link: returns link in the footer", style="dim"))
    for row in summary.stores:
        if row.error:
            console.print(Text.assemble(("  ✘ ", "bold red"), (f"{row.name}: ", "bold"),
                                        row.error), soft_wrap=True)


NAME_WIDTH, MIN_NAME_WIDTH, OTHER_COLUMNS = 32, 12, 62
"""Characters of a store's name in the ranking: what the terminal leaves beside the other
columns (about 62 characters), between 12 and 32."""


def shown_names(rows: Sequence[Row], width: int = NAME_WIDTH) -> list[str]:
    """Each store's name, shortened in the middle to `width`; where two would read the same
    (twelve stores of one group), the scenario file's stem instead."""
    short = [fit(row.name, width) for row in rows]
    seen = Counter(short)
    return [fit(Path(row.file).stem, width) if seen[name] > 1 and row.file else name
            for row, name in zip(rows, short, strict=True)]


def fit(text: str, width: int) -> str:
    """`text`, or its start and end around '…' when longer than `width`: the end is what
    tells 'Acme Group, Lyon store' from 'Acme Group, Paris store'."""
    if len(text) <= width:
        return text
    tail = (width - 1) // 2
    return f"{text[:width - 1 - tail]}…{text[-tail:]}"


def render_csv(summary: Summary) -> str:
    """One line per store, the same columns as the ranking, lessons by id."""
    lessons = [lesson_id for lesson_id, _ in summary.lessons]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["rank", "store", "file", "store_url", "score", *lessons, "screens",
                     "interactions", "fields", "support_contacts", "footer_link", "flow_status",
                     "status", "passed", "error"])
    for rank, row in enumerate(summary.stores, 1):
        writer.writerow([rank, row.name, row.file or "", row.store_url or "",
                         _plain(row.score), *(_plain(row.lessons.get(x)) for x in lessons),
                         _plain(row.screens), _plain(row.interactions), _plain(row.fields),
                         _plain(row.support_contacts), _plain(row.footer_link),
                         row.flow_status or "", row.status, row.passed, row.error or ""])
    return out.getvalue()


def _score(value: float | None) -> Text:
    if value is None:
        return Text("n/a", style="dim")
    return Text(f"{value:.0f}", style=score_style(value))


def _number(value: int | None) -> str:
    return "–" if value is None else str(value)


def _plain(value: object) -> str:
    return "" if value is None else str(value)
