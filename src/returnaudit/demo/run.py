"""`returnaudit demo`: serve the bundled stores on loopback and audit them with their scenarios."""

from __future__ import annotations

import threading
from pathlib import Path

from rich.console import Console

from returnaudit.browser.options import BrowserOptions, CollectOptions
from returnaudit.demo.server import DEMO_PORT, demo_root, serve
from returnaudit.lib.errors import UsageError
from returnaudit.pipeline import run as core
from returnaudit.pipeline.outputs import Outputs
from returnaudit.pipeline.verdict import exit_code


def demo_scenarios() -> list[Path]:
    """The bundled demo scenarios, in a stable order."""
    folder = Path(__file__).parent / "scenarios"
    return sorted(folder.glob("*.yaml"))


def run_demo(*, out_dir: Path, browser: str | None, quiet: bool, console: Console) -> int:
    """Audit every demo store; 0 when the demo ran (the poor store failing is the point)."""
    with serve(demo_root()) as base_url:
        paths = demo_scenarios()
        if not quiet:
            console.print(f"[bold]returnaudit demo[/]: {len(paths)} demo stores served at "
                          f"{base_url}", highlight=False)
        options = CollectOptions(browser=BrowserOptions(executable=browser))
        outputs = Outputs(out_dir=out_dir, quiet=quiet, several=True)
        reports = core.run_scenarios(lambda: core.load_all(paths, base_url), options, outputs,
                                     console)
    return exit_code(reports, gates=False)


def serve_forever(console: Console) -> None:
    """Serve the demo stores on the scenarios' own port until interrupted."""
    try:
        with serve(demo_root(), port=DEMO_PORT) as base_url:
            console.print(f"Serving the demo stores at {base_url}/ (Ctrl-C to stop)")
            threading.Event().wait()
    except OSError as exc:
        raise UsageError(f"cannot serve on 127.0.0.1:{DEMO_PORT}: {exc.strerror}") from None
