"""The phase marks behind benchmarks/overhead.py: nothing when off, a JSON timeline when on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest

from returnaudit.lib import phases

SRC = str(Path(__file__).resolve().parents[2] / "src")


def test_marks_are_not_kept_when_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phases, "PATH", None)
    monkeypatch.setattr(phases, "_marks", [])
    phases.mark("read", 3, "screen")
    assert phases._marks == []


def test_marks_are_written_at_exit_when_on(tmp_path: Path) -> None:
    out = tmp_path / "phases.json"
    code = ("from returnaudit.lib.phases import mark; "
            "mark('start-up'); mark('read', 3, 'screen'); mark('judging')")
    env = {**os.environ, "PYTHONPATH": SRC, "RETURNAUDIT_PHASES": str(out)}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    marks = json.loads(out.read_text(encoding="utf-8"))
    assert [m["phase"] for m in marks] == ["start-up", "read 3 screen", "judging", "exit"]
    assert [m["group"] for m in marks] == ["start-up", "read", "judging", "exit"]
    assert all(b["wall"] >= a["wall"] and b["cpu"] >= a["cpu"]
               for a, b in pairwise(marks))


def test_tree_cpu_counts_this_process() -> None:
    assert phases.tree_cpu_s() > 0
