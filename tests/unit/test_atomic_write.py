"""Reports and baselines are written atomically: a writer killed mid-write leaves the old file."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from returnaudit.lib.files import write_atomic

WRITER = """
import sys
from pathlib import Path

import pytest
from returnaudit.lib.files import write_atomic
write_atomic(Path(sys.argv[1]), b"x" * (400 * 1024 * 1024))
"""


def test_killed_writer_leaves_the_old_file_intact(tmp_path: Path) -> None:
    target = tmp_path / "baseline.json"
    target.write_text('{"old": true}\n')
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(target)])
    deadline = time.monotonic() + 20
    while not list(tmp_path.glob(".baseline.json.*.tmp")) and time.monotonic() < deadline:
        time.sleep(0.01)
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=10)
    assert writer.returncode == -signal.SIGKILL  # killed, not finished
    assert target.read_text() == '{"old": true}\n'


def test_a_failed_write_leaves_no_temporary_file(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "r.json"
    target.write_text("old")

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("returnaudit.lib.files.os.fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]
