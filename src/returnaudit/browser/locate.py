"""Find a Chromium to drive, in the documented order, and say exactly how to get one if none."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from returnaudit.lib.errors import BrowserUnavailableError

SYSTEM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")

HOW_TO_GET_ONE = (
    "no Chromium found. Get one with either:\n"
    "  sudo apt-get update && sudo apt-get install -y chromium     (Debian/Ubuntu)\n"
    "  python -m playwright install chromium                        (needs internet)\n"
    "or point returnaudit at one: --browser PATH, RETURNAUDIT_BROWSER=PATH, "
    "or --connect ws://HOST:PORT/ for a remote browser server"
)


@dataclass(frozen=True)
class BrowserChoice:
    """Which browser a run will use and why."""

    kind: str
    """connect | cdp | executable | playwright"""
    target: str | None
    """The endpoint or executable path; None means Playwright's own bundled Chromium."""
    source: str
    """Where the choice came from, for `doctor` and error messages."""


def choose_browser(*, connect: str | None = None, cdp: str | None = None,
                   browser: str | None = None, env: dict[str, str] | None = None,
                   playwright_chromium: str | None = None) -> BrowserChoice:
    """--connect, --cdp, --browser / RETURNAUDIT_BROWSER, Playwright's Chromium, system Chromium."""
    env = dict(os.environ) if env is None else env
    if connect:
        return BrowserChoice("connect", connect, "--connect")
    if cdp:
        return BrowserChoice("cdp", cdp, "--cdp")
    explicit = browser or env.get("RETURNAUDIT_BROWSER")
    if explicit:
        source = "--browser" if browser else "RETURNAUDIT_BROWSER"
        return BrowserChoice("executable", _executable(explicit, source), source)
    if playwright_chromium and Path(playwright_chromium).is_file():
        return BrowserChoice("playwright", None, "Playwright's Chromium")
    system = find_system_chromium(env.get("PATH"))
    if system:
        return BrowserChoice("executable", system, "system Chromium on PATH")
    raise BrowserUnavailableError(HOW_TO_GET_ONE)


def _executable(value: str, source: str) -> str:
    found = shutil.which(value)
    if found is None:
        raise BrowserUnavailableError(f"{source}: '{value}' is not an executable file")
    return found


def find_system_chromium(path: str | None = None) -> str | None:
    """The first Chromium or Chrome on PATH."""
    for name in SYSTEM_NAMES:
        found = shutil.which(name, path=path)
        if found:
            return found
    return None


def launch_args(*, is_root: bool | None = None) -> list[str]:
    """Flags that keep Chromium from calling home; --no-sandbox only as root (it needs it)."""
    args = [
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-default-apps",
        "--disable-dev-shm-usage",
    ]
    root = (os.geteuid() == 0) if is_root is None and hasattr(os, "geteuid") else bool(is_root)
    if root:
        args.append("--no-sandbox")
    return args
