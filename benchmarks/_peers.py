"""pa11y and Lighthouse on one page, as cold processes, when they are on PATH; a message saying
how to get them when not. Neither is a dependency: install them from npm to compare
(`npm install pa11y lighthouse` in a scratch folder, its node_modules/.bin on PATH)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from _tree import Run, measured

CHROMIUM = "/usr/bin/chromium"


def _flags() -> list[str]:
    return ["--headless=new", *(["--no-sandbox"] if os.geteuid() == 0 else [])]


def _pa11y(url: str, tmp: Path) -> Run | str:
    exe = shutil.which("pa11y")
    if exe is None:
        return "pa11y: not on PATH, skipped (npm install pa11y; put node_modules/.bin on PATH)"
    config = tmp / "pa11y.json"
    launch = {"executablePath": os.environ.get("PA11Y_CHROME", CHROMIUM), "args": _flags()}
    config.write_text(json.dumps({"chromeLaunchConfig": launch}), encoding="utf-8")
    # exit 2 means it found accessibility issues: it ran
    return measured("pa11y (HTML_CodeSniffer)", 1, [exe, "--config", str(config), url],
                    ok=(0, 2))


def _lighthouse(url: str, tmp: Path) -> Run | str:
    exe = shutil.which("lighthouse")
    if exe is None:
        return ("lighthouse: not on PATH, skipped (npm install lighthouse; put "
                "node_modules/.bin on PATH)")
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", CHROMIUM)}
    cmd = [exe, url, "--only-categories=seo,best-practices", "--output=json",
           f"--output-path={tmp / 'lighthouse.json'}", "--quiet",
           f"--chrome-flags={' '.join(_flags())}"]
    return measured("Lighthouse (SEO, best pr.)", 1, cmd, env=env)


def peer_runs(url: str, tmp: Path, rounds: int = 3) -> list[Run | str]:
    """The median run (by wall time) of each peer on `url`, or why it was skipped."""
    out: list[Run | str] = []
    for peer in (_pa11y, _lighthouse):
        first = peer(url, tmp)
        if isinstance(first, str):
            out.append(first)
            continue
        runs = sorted([first, *(peer(url, tmp) for _ in range(rounds - 1))],
                      key=lambda r: r.wall_s)
        out.append(runs[len(runs) // 2])  # type: ignore[arg-type]
    return out
