"""Explore the stores of one `init` run in one browser, `jobs` at a time (`auto`: chosen
from the cores and the stores' measured waits, as `run` does), each in a fresh
context; write each scenario as soon as its store is done. One store's failure is its own row."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from playwright.async_api import BrowserContext, Error

from returnaudit import __version__
from returnaudit.browser.explore import explore
from returnaudit.browser.pace import Pace, paced_gate, watch
from returnaudit.browser.session import BrowserSession, open_browser
from returnaudit.lang.packs import locale_for
from returnaudit.lib.errors import AuditRunError, first_line
from returnaudit.lib.files import write_atomic
from returnaudit.pipeline.init import InitSettings, Store, Written
from returnaudit.scaffold.plan import Plan, plan_scenario, with_prefix
from returnaudit.scaffold.write import render_scenario
from returnaudit.scenario import parse_scenario

if TYPE_CHECKING:
    from returnaudit.pipeline.init_progress import InitProgress

SLACK_S = 15.0
"""Beyond the exploration's own time budget, for its last page and closing the context."""


async def explore_stores(stores: Sequence[Store], settings: InitSettings,
                         progress: InitProgress | None) -> list[Written]:
    """Every store explored and its scenario written, in the stores' order."""
    gate, pace = paced_gate(settings.jobs, len(stores))
    with progress if progress is not None else _Quiet():
        async with open_browser(settings.browser) as session:

            async def one(store: Store) -> Written:
                async with gate.slot():
                    written = await _one(session, store, settings, progress, pace)
                if progress is not None:
                    progress.finished(store.url)
                return written

            return list(await asyncio.gather(*(one(store) for store in stores)))


async def _one(session: BrowserSession, store: Store, settings: InitSettings,
               progress: InitProgress | None, pace: Pace | None = None) -> Written:
    on_page = progress.reader(store.url) if progress is not None else None
    limit = settings.explore.timeout_s + SLACK_S
    context = await session.new_context(locale=locale_for(settings.language))
    watched = watch(pace, context)
    try:
        exploration = await asyncio.wait_for(
            explore(context, store.url, settings.explore, on_page), limit)
    except AuditRunError as exc:
        return Written(store, None, str(exc))
    except TimeoutError:
        return Written(store, None, f"{store.url}: not explored within {limit:g} s")
    except Error as exc:
        return Written(store, None, f"{store.url}: the browser failed: {first_line(exc)}")
    finally:
        await _close(context)
        watched()
    plan = plan_scenario(exploration, settings.language)
    if store.prefix is not None:
        plan = with_prefix(plan, store.prefix)
    write_scenario(plan, store.output)
    return Written(store, plan)


def write_scenario(plan: Plan, output: str) -> None:
    """The scenario file, checked by the scenario loader first (defaults only, no environment):
    what `init` writes, `validate` accepts."""
    text = render_scenario(plan, version=__version__)
    parse_scenario(text, "<stdout>" if output == "-" else output, {})
    if output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    write_atomic(Path(output), text)


async def _close(context: BrowserContext) -> None:
    with suppress(Error):
        await context.close()


class _Quiet:
    """No progress display."""

    def __enter__(self) -> _Quiet:
        return self

    def __exit__(self, *_: object) -> None:
        return None
