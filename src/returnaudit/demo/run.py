"""`returnaudit demo`: serve the bundled stores on loopback and audit them with their scenarios."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

from rich.console import Console

from returnaudit.demo.server import DEMO_PORT, demo_root, serve
from returnaudit.lib.errors import UsageError
from returnaudit.pipeline.run import RunSettings, load_all, run_scenarios
from returnaudit.pipeline.verdict import exit_code


def demo_scenarios() -> list[Path]:
    """The bundled demo scenarios, in a stable order."""
    folder = Path(__file__).parent / "scenarios"
    return sorted(folder.glob("*.yaml"))


def run_demo(settings: RunSettings, console: Console) -> int:
    """Audit every demo store, with a ranking; 0 when the demo ran (the poor store failing its
    gates is the point)."""
    settings = replace(settings, outputs=replace(settings.outputs, several=True))
    with serve(demo_root()) as base_url:
        paths = demo_scenarios()
        if not settings.outputs.quiet:
            console.print(f"[bold]returnaudit demo[/]: {len(paths)} demo stores served at "
                          f"{base_url}", highlight=False)
        reports = run_scenarios(lambda: load_all(paths, base_url), settings, console)
    html = settings.outputs.html
    if html is not None and not settings.outputs.quiet:
        page = (html / "index.html").resolve()
        console.print(f"\n[bold]Open the reports:[/] {page.as_uri()}", highlight=False,
                      soft_wrap=True)
    return exit_code(reports, gates=False)


def serve_forever(console: Console) -> None:
    """Serve the demo stores on the scenarios' own port until interrupted."""
    try:
        with serve(demo_root(), port=DEMO_PORT) as base_url:
            console.print(f"Serving the demo stores at {base_url}/ (Ctrl-C to stop)")
            threading.Event().wait()
    except OSError as exc:
        raise UsageError(f"cannot serve on 127.0.0.1:{DEMO_PORT}: {exc.strerror}") from None
