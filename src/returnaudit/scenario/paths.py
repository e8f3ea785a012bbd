"""Scenario arguments on the command line: files, or folders of *.yaml / *.yml files."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from returnaudit.lib.errors import UsageError


def expand_paths(paths: Sequence[str]) -> list[Path]:
    """Scenario files, with folders expanded to their *.yaml / *.yml files, sorted."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml"))
            if not files:
                raise UsageError(f"{raw}: no .yaml scenario files in this folder")
            found.extend(files)
        else:
            found.append(path)
    return found
