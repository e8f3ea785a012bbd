"""Ctrl-C ends the process with 130 and one word, however the process was ending when it came
(the console entry point, without a browser: the command lines here start none)."""

from __future__ import annotations

import sys

import pytest

from returnaudit.cli import entry
from returnaudit.lib import interrupt


@pytest.fixture(autouse=True)
def fresh_state(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(interrupt, "_state", {"seen": False, "said": False})
    monkeypatch.setattr(sys, "argv", ["returnaudit", "validate", "x.yaml"])


def run_entry(monkeypatch: pytest.MonkeyPatch, app_main: object) -> int | str | None:
    monkeypatch.setattr("returnaudit.cli.app.main", app_main)
    with pytest.raises(SystemExit) as ended:
        entry.main()
    return ended.value.code


def test_typers_silent_130_says_interrupted(monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """Ctrl-C while Typer parses the command line: it exits 130 without a word."""
    def app_main() -> None:
        raise SystemExit(130)

    assert run_entry(monkeypatch, app_main) == 130
    assert capsys.readouterr().err == "interrupted\n"


def test_an_interrupt_before_the_cli_is_in_place(monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    def app_main() -> None:
        raise KeyboardInterrupt

    assert run_entry(monkeypatch, app_main) == 130
    assert capsys.readouterr().err == "interrupted\n"


def test_an_interrupt_noted_on_the_way_out_wins_over_the_exit_code(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """The run ended with 3 because the driver and the browser got the interrupt first; the
    interrupt itself reached Python while the driver was being stopped."""
    def app_main() -> None:
        interrupt.note()
        raise SystemExit(3)

    assert run_entry(monkeypatch, app_main) == 130
    assert capsys.readouterr().err == "interrupted\n"


def test_said_once(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """The command's own handler said it already: the entry point does not say it again."""
    def app_main() -> None:
        interrupt.note()
        interrupt.say()
        raise SystemExit(130)

    assert run_entry(monkeypatch, app_main) == 130
    assert capsys.readouterr().err == "interrupted\n"


@pytest.mark.parametrize("code", [0, 1, 2, 3, None])
def test_other_exit_codes_pass_through(monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str],
                                       code: int | None) -> None:
    def app_main() -> None:
        raise SystemExit(code)

    assert run_entry(monkeypatch, app_main) == code
    assert capsys.readouterr().err == ""


def _class_made_during_an_interrupt() -> None:
    """What Python does when Ctrl-C lands while a class is created (an import at start-up):
    the KeyboardInterrupt from __set_name__ comes out as a RuntimeError caused by it."""
    class Field:
        def __set_name__(self, owner: type, name: str) -> None:
            raise KeyboardInterrupt

    type("Locals", (), {"buffer": Field()})


def test_an_interrupt_turned_into_a_runtime_error_by_an_import(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(RuntimeError) as made:
        _class_made_during_an_interrupt()
    assert interrupt.raised_by(made.value)

    assert run_entry(monkeypatch, _class_made_during_an_interrupt) == 130
    assert capsys.readouterr().err == "interrupted\n"


def test_a_runtime_error_of_its_own_is_not_an_interrupt(monkeypatch: pytest.MonkeyPatch) -> None:
    def app_main() -> None:
        raise RuntimeError("something else")

    monkeypatch.setattr("returnaudit.cli.app.main", app_main)
    assert not interrupt.raised_by(RuntimeError("something else"))
    with pytest.raises(RuntimeError, match="something else"):
        entry.main()


def test_the_cli_handler_reads_a_wrapped_interrupt_as_one(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Inside the CLI, where other errors become 'internal error' and exit 3."""
    from returnaudit.cli import app

    monkeypatch.setattr(app, "app", _class_made_during_an_interrupt)
    with pytest.raises(SystemExit) as ended:
        app.main()
    assert ended.value.code == 130
    assert capsys.readouterr().err == "interrupted\n"
