"""Browser resolution order and the exact advice when there is none (no browser started)."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from returnaudit.browser.locate import HOW_TO_GET_ONE, choose_browser, launch_args
from returnaudit.lib.errors import BrowserUnavailableError


def _fake_exe(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_text("#!/bin/sh\n")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return path


def test_connect_comes_first() -> None:
    choice = choose_browser(connect="ws://127.0.0.1:9/", browser="/nope", env={})
    assert (choice.kind, choice.target) == ("connect", "ws://127.0.0.1:9/")


def test_explicit_browser_then_env(tmp_path: Path) -> None:
    exe = _fake_exe(tmp_path, "mychrome")
    assert choose_browser(browser=str(exe), env={}).target == str(exe)
    choice = choose_browser(env={"RETURNAUDIT_BROWSER": str(exe), "PATH": ""})
    assert (choice.target, choice.source) == (str(exe), "RETURNAUDIT_BROWSER")


def test_explicit_browser_must_exist() -> None:
    with pytest.raises(BrowserUnavailableError,
                       match="--browser: '/no/such/chrome' is not an executable file"):
        choose_browser(browser="/no/such/chrome", env={})


def test_playwright_chromium_before_system(tmp_path: Path) -> None:
    own = _fake_exe(tmp_path, "chrome")
    _fake_exe(tmp_path, "chromium")
    choice = choose_browser(env={"PATH": str(tmp_path)}, playwright_chromium=str(own))
    assert (choice.kind, choice.target) == ("playwright", None)


def test_system_chromium_on_path(tmp_path: Path) -> None:
    exe = _fake_exe(tmp_path, "chromium")
    choice = choose_browser(env={"PATH": str(tmp_path)}, playwright_chromium="/missing/chrome")
    assert (choice.kind, choice.target) == ("executable", str(exe))


def test_no_browser_gives_the_commands_to_get_one(tmp_path: Path) -> None:
    with pytest.raises(BrowserUnavailableError) as caught:
        choose_browser(env={"PATH": str(tmp_path)})
    assert str(caught.value) == HOW_TO_GET_ONE
    assert "apt-get install -y chromium" in HOW_TO_GET_ONE
    assert caught.value.exit_code == 3


def test_launch_flags_keep_chromium_offline() -> None:
    args = launch_args(is_root=False)
    for flag in ("--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"):
        assert flag in args
    assert "--no-sandbox" not in args
    assert "--no-sandbox" in launch_args(is_root=True)
