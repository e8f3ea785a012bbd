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


def say() -> None:
    """Write `interrupted` on stderr, once per process."""
    if not _state["said"]:
        _state["said"] = True
        sys.stderr.write("interrupted\n")
        sys.stderr.flush()
