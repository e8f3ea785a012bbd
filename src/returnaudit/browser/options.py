"""How a run uses the browser: plain settings, importable without Playwright."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from returnaudit.browser.blocking import DEFAULT


@dataclass(frozen=True)
class BrowserOptions:
    """How to get a browser, from the command line."""

    connect: str | None = None
    cdp: str | None = None
    executable: str | None = None
    headed: bool = False
    block: frozenset[str] = DEFAULT
    """What to keep out of pages (blocking.KINDS): nothing any check reads."""
    extra_args: tuple[str, ...] = ()


@dataclass(frozen=True)
class RunOptions:
    """How a flow is run."""

    step_timeout_s: float = 10.0
    allow_submit: bool = False
    screenshots_dir: Path | None = None
    """Screenshots go to a sub-folder per scenario here; None: no screenshots."""
    accept_cookies: bool = True
    """Accept a cookie/consent banner after each `open`; False leaves it for the flow to meet."""
    trace: str = "off"
    """off | on | on-failure: record a Playwright trace (open it with `playwright show-trace`)."""
    traces_dir: Path = Path("reports/traces")


@dataclass(frozen=True)
class CollectOptions:
    """Everything a run needs besides the scenarios."""

    browser: BrowserOptions = field(default_factory=BrowserOptions)
    run: RunOptions = field(default_factory=RunOptions)
    scenario_timeout_s: float = 120.0
    jobs: int | None = 1
    """Audits at once; None: `auto`, chosen as the run goes (lib/jobs.py)."""


@dataclass(frozen=True)
class ExploreOptions:
    """How far `returnaudit init` explores a store."""

    max_pages: int = 20
    timeout_s: float = 60.0
    """For the whole exploration of one store."""
    page_timeout_s: float = 10.0
    """For one page to load."""
