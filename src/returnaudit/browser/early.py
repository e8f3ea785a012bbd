"""Playwright's driver, booted from the first line of a command that will need it.

The driver is a Node.js process that takes ~0.3 s to start. Started where the audit first asks
for it, it began only after the CLI, the pipeline and Playwright's own Python were imported
(~0.3 s into the run) and an audit of one store waited for it. Started here, before the CLI is
imported, it boots on a thread's event loop while the main thread imports and validates; the
run's coroutine then runs on that same loop (`run`), so it can use the driver as it is.

Nothing here runs for `--help`, `validate` or any command that starts no browser (cli/entry.py
decides), nor under `typer.testing.CliRunner` (which never calls the entry point): `run` then
falls back to `asyncio.run`, and the driver starts inside the run as before.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import Coroutine
from contextlib import suppress
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from playwright.async_api import Playwright

T = TypeVar("T")

_STOP_S = 10.0
"""How long closing waits for the loop's work (a cancelled run closing its browser)."""


class EarlyDriver:
    """An event loop on a thread of its own, with Playwright's driver starting on it."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.loop.set_exception_handler(self._unhandled)
        self._quiet = False
        self._booting: concurrent.futures.Future[asyncio.Task[Playwright]] = (
            concurrent.futures.Future())
        self._taken = False
        self._imported = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="returnaudit-loop", daemon=True)
        self._thread.start()
        # Playwright's Python first, alone: imported beside the CLI, both took twice as long
        # (one interpreter lock) and the driver started ~60 ms later.
        self._imported.wait(timeout=_STOP_S)

    def _serve(self) -> None:
        asyncio.set_event_loop(self.loop)
        try:
            from returnaudit.browser.session import start_driver
        except BaseException as exc:  # the run starts a driver of its own, and fails there
            self._booting.set_exception(exc)
            return
        finally:
            self._imported.set()
        self._booting.set_result(self.loop.create_task(start_driver()))
        self.loop.run_forever()

    def usable(self) -> bool:
        """Booting on a running loop, and nobody has taken it yet."""
        return (not self._taken and self._thread.is_alive() and self._booting.done()
                and self._booting.exception() is None)

    def take(self) -> asyncio.Task[Playwright]:
        """The driver's start, for a coroutine running on `loop`; whoever takes it stops it."""
        self._taken = True
        return self._booting.result()

    def run(self, coro: Coroutine[Any, Any, T]) -> T:
        """Run `coro` on the loop and wait for it; Ctrl-C cancels it and lets it close what it
        opened (its browser) before the interrupt goes on."""
        future = asyncio.run_coroutine_threadsafe(coro, self.loop)
        try:
            return future.result()
        except KeyboardInterrupt:
            # Ctrl-C reached the driver and the browser too (one process group): what fails
            # while the run unwinds is the interrupt's doing, not news for the user.
            self._quiet = True
            future.cancel()
            concurrent.futures.wait([future], timeout=_STOP_S)
            raise

    def close(self) -> None:
        """Stop the driver if nobody took it, finish the loop's work and end the thread."""
        if not self._thread.is_alive():
            self.loop.close()
            return
        self._quiet = True  # the process is ending: what fails now is teardown noise
        asyncio.run_coroutine_threadsafe(self._finish(), self.loop).result(timeout=_STOP_S)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout=_STOP_S)
        if not self._thread.is_alive():
            self.loop.close()

    def _unhandled(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        if not self._quiet:
            loop.default_exception_handler(context)

    async def _finish(self) -> None:
        if not self._taken:
            with suppress(Exception):  # a driver that could not start: never needed
                await (await self._booting.result()).stop()
        await self.loop.shutdown_asyncgens()
        await self.loop.shutdown_default_executor()


_early: EarlyDriver | None = None


def boot() -> None:
    """Start the driver now (once): the command line is one that will start a browser."""
    global _early
    if _early is None:
        _early = EarlyDriver()


def early() -> EarlyDriver | None:
    """The driver booting since start-up, if this process started one and nobody took it."""
    return _early if _early is not None and _early.usable() else None


def shut_down() -> None:
    """At the end of the process: stop whatever `boot` started. Never raises: the exit
    code and message are already decided; a driver left behind ends with the process."""
    global _early
    if _early is not None:
        try:
            _early.close()
        except KeyboardInterrupt:  # Ctrl-C that came while the run was already ending
            from returnaudit.lib import interrupt

            interrupt.note()
        except Exception:  # the exit code is decided: teardown noise is not news
            pass
        _early = None
