"""The console entry point, before anything heavy is imported: a command that will start a
browser has Playwright's driver boot first (browser/early.py), then the CLI loads. Nothing
more is imported for the others (`--help`, `validate`: their start-up is measured)."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import NoReturn

BROWSER_COMMANDS = frozenset({"run", "audit", "demo"})
"""Commands that always start a browser once their input is valid."""


def starts_a_browser(argv: Sequence[str]) -> bool:
    """Whether the command line is one that will start a browser (help never does)."""
    command = next((arg for arg in argv if not arg.startswith("-")), None)
    return command in BROWSER_COMMANDS and not {"--help", "-h"} & set(argv)


def main() -> None:
    from returnaudit.lib import interrupt

    booted = starts_a_browser(sys.argv[1:])
    code: str | int | None = 0
    try:
        if booted:
            from returnaudit.browser.early import boot

            boot()
        from returnaudit.cli.app import main as app_main

        app_main()
    except SystemExit as exc:
        code = exc.code
    except (KeyboardInterrupt, RuntimeError) as exc:  # before the CLI's own handler is in
        # place; a RuntimeError when Ctrl-C came while an import was creating a class
        if not interrupt.raised_by(exc):
            raise
        interrupt.note()
    finally:
        if booted:
            from returnaudit.browser.early import shut_down

            shut_down()
    if interrupt.seen() or code == interrupt.INTERRUPTED:
        interrupt.say()  # Typer exits 130 without a word when Ctrl-C lands while it parses
        sys.exit(interrupt.INTERRUPTED)
    sys.exit(code)


def console() -> NoReturn:
    """The `returnaudit` command: `main`, then, once the exit code is known and every output
    is written and flushed, the process ends without the interpreter's teardown (freeing some
    75,000 objects one by one took 80-140 ms of every run). Exit functions still run."""
    try:
        main()
        code: str | int | None = 0
    except SystemExit as exc:
        code = exc.code
    if not isinstance(code, int | None):
        sys.exit(code)  # a message: Python prints it and exits 1
    import atexit

    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):  # a reader that went away, a stream already closed
        pass
    os._exit(code or 0)
