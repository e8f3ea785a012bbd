"""What the benchmarks share: the demo stores served with a delay and a request log, scenario
folders, the floor's command, the pages an audit loads, and the machine's load."""

from __future__ import annotations

import compileall
import json
import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

from returnaudit.demo.server import StaticHandler, demo_root, serve

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
RETURNAUDIT = str(BIN / "returnaudit")
STORES = ("northwind", "maison-lumiere", "budgetbin")
"""The demo stores, in the order _floor_many.py cycles them."""
NOT_PAGES = ("/favicon.ico",)


class BenchHandler(StaticHandler):
    """The demo stores as a store of some speed: every response waits `delay_s` first, and
    each document served is logged as (method, path). A request the browser dropped (a
    navigation moved on) is not a traceback."""

    delay_s = 0.0
    log: list[tuple[str, str]] | None = None

    def _serve(self, *, body: bool) -> None:
        if self.delay_s:
            time.sleep(self.delay_s)
        with suppress(BrokenPipeError, ConnectionResetError):
            super()._serve(body=body)

    def _send(self, status: int, data: bytes, kind: str, body: bool) -> None:
        if self.log is not None and kind.startswith("text/html") and self.path not in NOT_PAGES:
            self.log.append((self.command, self.path.split("?")[0]))
        super()._send(status, data, kind, body)


@contextmanager
def stores(delay_s: float = 0.0,
           log: list[tuple[str, str]] | None = None) -> Iterator[str]:
    """Serve the demo stores on loopback (each response after `delay_s`, documents logged in
    `log`); yields the base URL."""
    handler = type("Handler", (BenchHandler,), {"delay_s": delay_s, "log": log})
    with serve(demo_root(), handler=handler) as base:
        yield base


def build_scenarios(folder: Path, count: int) -> list[Path]:
    """`count` copies of the demo scenarios, cycling the stores, each with a unique name."""
    folder.mkdir(parents=True)
    paths = []
    for index in range(count):
        store = STORES[index % len(STORES)]
        text = (ROOT / "scenarios" / f"{store}.yaml").read_text(encoding="utf-8")
        line = re.search(r"^name: (.+)$", text, flags=re.M)
        if line is None:
            raise SystemExit(f"no `name:` line in scenarios/{store}.yaml")
        # quoted: in plain YAML " #07" would start a comment and the names would collide
        name = json.dumps(f"{line[1]} #{index + 1:02d}", ensure_ascii=False)
        path = folder / f"{index + 1:02d}-{store}.yaml"
        path.write_text(text[:line.start()] + f"name: {name}" + text[line.end():],
                        encoding="utf-8")
        paths.append(path)
    return paths


def floor_cmd(base: str, count: int, visits: dict[str, list[str]] | None = None,
              only: str | None = None) -> list[str]:
    """The hand-written floor: `count` flows (cycling the stores, or only `only`), each then
    loading the pages `visits` lists for its store, as returnaudit's discovery does."""
    cmd = [sys.executable, str(ROOT / "benchmarks" / "_floor_many.py"), base, str(count)]
    if visits:
        cmd += ["--visits", json.dumps(visits)]
    if only:
        cmd += ["--store", only]
    return cmd


def audit_cmd(scenarios: Sequence[Path | str], base: str, out_dir: Path,
              *extra: str) -> list[str]:
    """`returnaudit run` over `scenarios`, quiet, reports in `out_dir`."""
    return [RETURNAUDIT, "run", *map(str, scenarios), "--base-url", base, "--quiet",
            "--out-dir", str(out_dir), *extra]


def pages_loaded(cmd: list[str], log: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The documents (method, path) that `cmd` loaded from the logging server, in order."""
    del log[:]
    subprocess.run(cmd, capture_output=True, check=False)
    return list(log)


def discovery_pages(store: str, base: str, log: list[tuple[str, str]],
                    out_dir: Path) -> tuple[list[str], list[tuple[str, str]]]:
    """The pages returnaudit loaded on `store` beyond the hand-written flows' (the discovery
    pages, for the floor to load too), and every document returnaudit loaded."""
    tool = pages_loaded(audit_cmd([ROOT / "scenarios" / f"{store}.yaml"], base, out_dir), log)
    flows = pages_loaded(floor_cmd(base, 1, only=store), log)
    extra = [path for method, path in dict.fromkeys(tool)
             if method == "GET" and (method, path) not in flows]
    return extra, tool


def compile_package() -> None:
    """Write the package's bytecode, as `pip install` does: an editable checkout run under
    PYTHONDONTWRITEBYTECODE would otherwise compile every module again in every process."""
    compileall.compile_dir(ROOT / "src", quiet=1)


def timed(cmd: list[str]) -> float:
    """Wall seconds of `cmd` as a cold process."""
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - start


def machine_load() -> str:
    """The load average and CPU pressure: these machines are shared."""
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    text = f"load average {load} on {os.cpu_count()} cores"
    with suppress(OSError, IndexError):
        some = Path("/proc/pressure/cpu").read_text().splitlines()[0].split()
        text += f"; CPU pressure {some[1]} {some[2]}"
    return text


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")
