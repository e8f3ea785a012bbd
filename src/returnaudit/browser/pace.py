"""How long each audit waits for its store, from Playwright's request events, for `--jobs auto`
(lib/jobs.py chooses from it)."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

from playwright.async_api import BrowserContext, Request

from returnaudit.lib.jobs import Gate, Sample

KEEP = 12
"""Finished audits the choice looks at: the recent ones (the stores of a run may differ)."""


class Waiting:
    """The time a context has had a page, a style sheet or a script on its way from the store.

    Those are what a page waits for before it can be read; fetches and XHRs are left out,
    because a chat widget's long poll would count the whole audit as waiting.
    """

    KINDS = frozenset({"document", "stylesheet", "script"})

    def __init__(self, context: BrowserContext) -> None:
        self.started = time.perf_counter()
        self.waited = 0.0
        self._out = 0
        self._since = self.started
        context.on("request", self._sent)
        context.on("requestfinished", self._back)
        context.on("requestfailed", self._back)

    def _sent(self, request: Request) -> None:
        if request.resource_type in self.KINDS:
            if self._out == 0:
                self._since = time.perf_counter()
            self._out += 1

    def _back(self, request: Request) -> None:
        if request.resource_type in self.KINDS and self._out:
            self._out -= 1
            if self._out == 0:
                self.waited += time.perf_counter() - self._since

    def sample(self) -> Sample:
        """(seconds so far, seconds of them waiting)."""
        now = time.perf_counter()
        return now - self.started, self.waited + (now - self._since if self._out else 0.0)


class Pace:
    """The waits of the audits running now and of the last KEEP that finished."""

    def __init__(self) -> None:
        self.finished: deque[Sample] = deque(maxlen=KEEP)
        self.running: set[Waiting] = set()

    def watch(self, context: BrowserContext) -> Waiting:
        waiting = Waiting(context)
        self.running.add(waiting)
        return waiting

    def done(self, waiting: Waiting) -> None:
        self.running.discard(waiting)
        self.finished.append(waiting.sample())

    def samples(self) -> list[Sample]:
        return [*self.finished, *(waiting.sample() for waiting in self.running)]


def paced_gate(jobs: int | None, count: int) -> tuple[Gate, Pace | None]:
    """The gate for `count` audits, `jobs` at a time; with `jobs` None (auto), paced by the
    waits of the contexts `watch` is given. A single audit has nothing to pace: its context's
    request events are not subscribed to at all."""
    pace = Pace() if jobs is None and count > 1 else None
    return Gate(jobs, count, pace.samples if pace is not None else tuple), pace


def watch(pace: Pace | None, context: BrowserContext) -> Callable[[], None]:
    """Time the context's waits for `pace` (nothing without one); call the result once the
    context is closed."""
    if pace is None:
        return lambda: None
    waiting = pace.watch(context)
    return lambda: pace.done(waiting)
