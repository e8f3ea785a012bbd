"""Playwright's driver booted from the entry point (browser/early.py): started only for the
commands that need it, used by the run, stopped at the end, and a clean Ctrl-C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from returnaudit.browser import early
from returnaudit.browser.early import EarlyDriver, boot, shut_down
from returnaudit.cli.entry import starts_a_browser
from returnaudit.lib.phases import descendants

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]


def _children() -> set[int]:
    return set(descendants(os.getpid()))


@pytest.fixture(autouse=True)
def _nothing_left() -> Iterator[None]:
    yield
    shut_down()
    assert early.early() is None


@pytest.mark.parametrize("argv", [
    [], ["--help"], ["--version"], ["validate", "a.yaml"], ["schema"], ["rescore", "r/"],
    ["run", "a.yaml", "--help"], ["audit", "-h"], ["init", "https://shop.example/"]])
def test_commands_that_start_no_browser_boot_nothing(argv: list[str]) -> None:
    assert not starts_a_browser(argv)


@pytest.mark.parametrize("argv", [
    ["run", "a.yaml"], ["--quiet", "run", "a/"], ["audit", "https://shop.example/"], ["demo"]])
def test_run_audit_and_demo_boot_the_driver(argv: list[str]) -> None:
    assert starts_a_browser(argv)


def test_run_boots_the_driver_and_shut_down_stops_it() -> None:
    before = _children()
    boot()
    driver = early.early()
    assert driver is not None
    _wait(lambda: bool(_children() - before), 10)
    assert _children() - before  # the driver's process
    shut_down()
    assert early.early() is None
    assert _children() == before


def test_a_coroutine_on_its_loop_uses_the_booting_driver() -> None:
    driver = EarlyDriver()

    async def use() -> str:
        playwright = await driver.take()
        try:
            return playwright.chromium.name
        finally:
            await playwright.stop()

    try:
        assert driver.usable()
        assert driver.run(use()) == "chromium"
        assert not driver.usable()  # taken: a second run starts a driver of its own
    finally:
        driver.close()


def _browsers() -> set[str]:
    """Chromium's processes (the browser starts them in a session of its own)."""
    done = subprocess.run(["pgrep", "chrom"], capture_output=True, text=True, check=False)
    return set(done.stdout.split())


def _wait(condition: Callable[[], bool], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.05)


def test_ctrl_c_during_an_audit_says_interrupted_and_leaves_no_process(site_url: str,
                                                                      tmp_path: Path) -> None:
    """Ctrl-C at a terminal reaches returnaudit and the driver (one process group; the driver
    closes the browser). The run ends with 130 and one word, no traceback, and nothing left
    running."""
    before = _browsers()
    command = [str(Path(sys.executable).parent / "returnaudit"), "run",
               str(ROOT / "scenarios" / "northwind.yaml"), "--base-url", site_url,
               "--out-dir", str(tmp_path)]
    # as from a terminal: a suite started in the background (`cmd &` in a script) passes
    # SIGINT on ignored, and Python then installs no KeyboardInterrupt for it
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, start_new_session=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        _wait(lambda: bool(_browsers() - before), 30)
        assert process.poll() is None, "the audit ended before it could be interrupted"
        os.killpg(process.pid, signal.SIGINT)
        _, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == 130, stderr
    assert stderr.strip() == "interrupted"
    _wait(lambda: not _browsers() - before, 5)
    assert _browsers() - before == set()
