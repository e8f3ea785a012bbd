"""Ctrl-C, said once: however the process was ending when the interrupt came (Typer's own
silent exit while it parses, a run unwinding with errors because the driver and the browser
got the interrupt too, or the driver's shutdown), it ends with 130 and the one word
`interrupted` on stderr."""

from __future__ import annotations

import sys

INTERRUPTED = 130
_state = {"seen": False, "said": False}


def note() -> None:
    """A KeyboardInterrupt was caught somewhere on the way out."""
    _state["seen"] = True


def seen() -> bool:
    return _state["seen"]


def raised_by(exc: BaseException) -> bool:
    """Whether Ctrl-C is what this exception wraps: Python turns a KeyboardInterrupt that
    lands while a class is being created (an import at start-up) into a RuntimeError whose
    cause is the interrupt."""
    seen_ids = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen_ids:
        if isinstance(cause, KeyboardInterrupt):
            return True
        seen_ids.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return False


def say() -> None:
    """Write `interrupted` on stderr, once per process."""
    if not _state["said"]:
        _state["said"] = True
        sys.stderr.write("interrupted\n")
        sys.stderr.flush()
