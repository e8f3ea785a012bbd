"""A Playwright browser server on loopback, for tests of `--connect`.

Runs the driver bundled with the Python package: `launch-server --browser chromium --config FILE`
(a plain `run-server` cannot start Debian's Chromium, it looks for Playwright's own build). The
config is handed to `browserType.launchServer()`, which launches the browser and listens with
`server.listen(port, host)`; the driver then prints `server.wsEndpoint()` on stdout, e.g.
`ws://127.0.0.1:41523/<guid>`.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from playwright._impl._driver import compute_driver_executable

from returnaudit.lib.phases import descendants

HOST = "127.0.0.1"
START_TIMEOUT = 30.0
STOP_TIMEOUT = 10.0


class BrowserServerError(RuntimeError):
    """The server did not come up; the message carries what it printed."""


def driver_command() -> list[str]:
    """The Playwright driver as argv: (node, cli.js) in recent versions, one path in old ones."""
    found = compute_driver_executable()
    return [str(part) for part in found] if isinstance(found, tuple) else [str(found)]


@contextmanager
def browser_server(executable: str, args: list[str], workdir: Path) -> Iterator[str]:
    """Start a browser server bound to 127.0.0.1 only, yield its ws endpoint, always stop it."""
    config = workdir / "launch-server.json"
    config.write_text(json.dumps({
        "executablePath": executable,
        "args": args,
        "headless": True,
        "host": HOST,
        "port": 0,
    }))
    proc = subprocess.Popen(
        [*driver_command(), "launch-server", "--browser", "chromium", "--config", str(config)],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True, start_new_session=True)
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:  # keeps draining after the endpoint so the pipe never fills up
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line)
        lines.put(None)

    reader = threading.Thread(target=pump, name="browser-server-stdout", daemon=True)
    reader.start()
    try:
        yield _wait_for_endpoint(proc, lines)
    finally:
        _stop(proc)
        reader.join(timeout=STOP_TIMEOUT)
        if not reader.is_alive() and proc.stdout is not None:
            proc.stdout.close()


def _wait_for_endpoint(proc: subprocess.Popen[str], lines: queue.Queue[str | None]) -> str:
    """Read lines until the ws endpoint appears, the process dies, or the deadline passes."""
    printed: list[str] = []
    deadline = time.monotonic() + START_TIMEOUT
    while (left := deadline - time.monotonic()) > 0:
        try:
            line = lines.get(timeout=left)
        except queue.Empty:
            break
        if line is None:
            raise BrowserServerError(
                f"browser server exited with {proc.wait()} before printing an endpoint:\n"
                + "".join(printed))
        printed.append(line)
        endpoint = line.strip()
        if endpoint.startswith(f"ws://{HOST}:"):
            return endpoint
        if endpoint.startswith("ws://"):
            raise BrowserServerError(f"browser server is not on {HOST}: {endpoint}")
    raise BrowserServerError(
        f"no ws endpoint within {START_TIMEOUT:.0f} s; the server printed:\n" + "".join(printed))


def _stop(proc: subprocess.Popen[str]) -> None:
    """SIGTERM lets the driver close Chromium (started in a process group of its own);
    anything still alive after a bounded wait is killed, children included."""
    children = descendants(proc.pid)
    if proc.poll() is None:
        with suppress(ProcessLookupError):
            proc.terminate()
    try:
        proc.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        with suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=STOP_TIMEOUT)
    deadline = time.monotonic() + STOP_TIMEOUT
    while (alive := [pid for pid in children if _alive(pid)]) and time.monotonic() < deadline:
        time.sleep(0.05)
    for pid in alive:
        with suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGKILL)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state != "Z"
