"""The package's exceptions: each layer raises its own; only the CLI maps them to exit codes."""

from __future__ import annotations


class ReturnAuditError(Exception):
    """Base class of every error the CLI turns into one readable line."""

    exit_code = 3


class UsageError(ReturnAuditError):
    """A bad option or input file that is not a scenario (exit 2)."""

    exit_code = 2


class ScenarioError(UsageError):
    """A scenario file is missing, malformed or invalid (exit 2)."""


class BrowserUnavailableError(ReturnAuditError):
    """No usable Chromium could be found, launched or connected to (exit 3)."""


class AuditRunError(ReturnAuditError):
    """The audit could not run at all: store unreachable, browser crashed (exit 3)."""


def first_line(exc: BaseException, default: str | None = None) -> str:
    """An exception's message as one line for a report: its first line, without the call log
    Playwright appends; `default` (else the exception's type) when it says nothing."""
    text = str(exc).strip()
    for marker in ("Call log:", "=========="):
        text = text.split(marker)[0].strip()
    if text:
        return text.splitlines()[0]
    return type(exc).__name__ if default is None else default
