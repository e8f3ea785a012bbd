"""The Typer app: its commands, `--version`, the one mapping of errors to exit codes, and the
console entry point."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import wraps
from typing import Annotated, Any

import typer

from returnaudit import __version__
from returnaudit.cli import commands_audit, commands_init, commands_reports, commands_setup
from returnaudit.cli.console import err
from returnaudit.lib import interrupt

EXIT_CODES = """Exit codes: 0 every gate passed · 1 a gate failed (budget, flow did not complete,
--fail-under) · 2 usage or scenario error · 3 the audit could not run (no browser, store
unreachable, browser crashed)."""

app = typer.Typer(
    name="returnaudit",
    help="Audit an online store's product-return experience in a real headless browser.\n\n"
    "Start with `returnaudit demo`, then `returnaudit audit https://your-shop.example/`, "
    "then describe your return flow in a scenario (`returnaudit schema`, scenarios/).\n\n"
    + EXIT_CODES,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)


def _version(value: bool) -> None:
    if value:
        print(f"returnaudit {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True,
        metavar="",  # a flag: no `<bool>` value shown in --help
        help="Print the version and exit.")] = False,
) -> None:
    """Audit an online store's product-return experience in a real headless browser."""


def _exits(command: Callable[..., int | None]) -> Callable[..., None]:
    """The command as Typer runs it: the exit code it returns goes to the shell, and the
    package's errors become one readable line and their layer's exit code, never a traceback
    (the only place that maps them)."""
    @wraps(command)
    def run(*args: Any, **kwargs: Any) -> None:
        try:
            code = command(*args, **kwargs)
        except KeyboardInterrupt:  # Typer would exit 130 without a word
            interrupt.note()
            interrupt.say()
            raise typer.Exit(interrupt.INTERRUPTED) from None
        except Exception as exc:
            from returnaudit.lib.errors import ReturnAuditError

            if not isinstance(exc, ReturnAuditError):
                raise
            err.print(f"[bold red]error:[/] {exc}", markup=True, highlight=False, soft_wrap=True)
            raise typer.Exit(exc.exit_code) from None
        if code:
            raise typer.Exit(code)

    return run


for _command in (commands_audit.run, commands_audit.audit, commands_audit.rescore,
                 commands_setup.validate, commands_setup.schema, commands_reports.merge,
                 commands_reports.compare, commands_reports.report, commands_setup.doctor,
                 commands_audit.demo, commands_init.init):
    app.command()(_exits(_command))


def main() -> None:
    """Console entry point: no traceback reaches the user unless RETURNAUDIT_DEBUG is set."""
    from returnaudit.lib.phases import mark

    mark("start-up", "(Python, CLI imports)")
    try:
        app()
    except Exception as exc:
        if interrupt.raised_by(exc):  # Ctrl-C that an import turned into another error
            interrupt.note()
            interrupt.say()
            sys.exit(interrupt.INTERRUPTED)
        if os.environ.get("RETURNAUDIT_DEBUG"):
            raise
        err.print(f"[bold red]internal error:[/] {type(exc).__name__}: {exc} (set "
                  "RETURNAUDIT_DEBUG=1 for the traceback, and please report it)", soft_wrap=True)
        sys.exit(3)
