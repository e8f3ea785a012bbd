"""`returnaudit init` as one recipe: check the input, explore each store in one browser (`jobs`
at a time, live progress), plan and write each scenario (checked by the scenario loader before
it is written), then say what was found and what to run next."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from rich.console import Console

from returnaudit.browser.options import BrowserOptions, ExploreOptions
from returnaudit.lib.errors import AuditRunError, UsageError
from returnaudit.lib.files import slug

if TYPE_CHECKING:
    from returnaudit.scaffold.plan import Plan


@dataclass(frozen=True, kw_only=True)
class InitSettings:
    """Everything `init` needs besides the stores."""

    browser: BrowserOptions = field(default_factory=BrowserOptions)
    explore: ExploreOptions = field(default_factory=ExploreOptions)
    language: str | None = None
    force: bool = False
    jobs: int | None = None
    """Stores at once; None: `auto`, chosen as the run goes (lib/jobs.py)."""
    quiet: bool = False


@dataclass(frozen=True)
class Store:
    """One store to explore and where its scenario goes ("-": stdout)."""

    url: str
    output: str
    prefix: str | None = None
    """For `--from`: what the scenario's order variables are named after (NORTHWIND_...)."""


@dataclass(frozen=True)
class Written:
    """One store's result: its scenario (plan) and where it went, or why it failed."""

    store: Store
    plan: Plan | None
    error: str | None = None


def init_store(url: str, output: str | None, settings: InitSettings, console: Console) -> int:
    """`returnaudit init URL`: one scenario; exit 3 when the store could not be explored."""
    check_language(settings.language)
    store = Store(check_url(url), output or f"{default_name(url)}.yaml")
    if store.output != "-":
        refuse_overwrite([Path(store.output)], settings.force)
    (result,) = _explore([store], settings, console)
    if result.error is not None:
        raise AuditRunError(result.error)
    from returnaudit.pipeline.init_report import show_store

    if not settings.quiet:
        show_store(result, console)
    return 0


def init_from(urls_file: Path, out_dir: Path, settings: InitSettings, console: Console) -> int:
    """`returnaudit init --from FILE`: a scenario per store in `out_dir`; exit 3 when a store
    could not be explored (its row says why)."""
    check_language(settings.language)
    urls = read_urls(urls_file)
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"--out-dir {out_dir}: is a file, not a folder")
    names = file_names(urls)
    stores = [Store(url, str(out_dir / name), prefix)
              for url, name, prefix in zip(urls, names, variable_prefixes(names), strict=True)]
    refuse_overwrite([Path(store.output) for store in stores], settings.force)
    results = _explore(stores, settings, console)
    from returnaudit.pipeline.init_report import show_table

    if not settings.quiet:
        show_table(results, out_dir, console)
    return 3 if any(result.error for result in results) else 0


def _explore(stores: Sequence[Store], settings: InitSettings, console: Console
             ) -> list[Written]:
    from returnaudit.pipeline.init_explore import explore_stores
    from returnaudit.pipeline.init_progress import InitProgress

    # A live line only on a terminal: in a log it would leave blank lines behind.
    live = not settings.quiet and console.is_terminal
    progress = InitProgress(console, len(stores)) if live else None
    return asyncio.run(explore_stores(stores, settings, progress))


def check_url(url: str) -> str:
    """A store URL as given, or a usage error."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UsageError(f"URL must be an http(s) address, got '{url}'")
    return url


def check_language(language: str | None) -> None:
    """--lang names a shipped language pack."""
    from returnaudit.lang.packs import available_languages

    if language is not None and language not in available_languages():
        known = ", ".join(available_languages())
        raise UsageError(f"--lang: no language pack for '{language}' (available: {known})")


def read_urls(path: Path) -> list[str]:
    """The store URLs of a --from file: one a line; blank lines and `#` comments (a whole
    line, or after a space) skipped."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file (--from takes a file of store URLs, one a "
                         "line)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read: {exc}") from None
    urls = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        parts = urlsplit(line)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise UsageError(f"{path}:{number}: not an http(s) URL: '{line}'")
        urls.append(line)
    if not urls:
        raise UsageError(f"{path}: no store URL in it (one http(s) URL a line; # starts a "
                         "comment)")
    return urls


def default_name(url: str) -> str:
    """A scenario file name for a store: its host and path ("shop-example-fr")."""
    parts = urlsplit(url)
    return slug(f"{(parts.hostname or '').removeprefix('www.')} {parts.path}")


def file_names(urls: Sequence[str]) -> list[str]:
    """One file name per store, unique (a second store of one name gets "-2")."""
    names: list[str] = []
    for url in urls:
        base = default_name(url)
        name, count = base, 1
        while name in names:
            count += 1
            name = f"{base}-{count}"
        names.append(name)
    return [f"{name}.yaml" for name in names]


def variable_prefixes(names: Sequence[str]) -> list[str]:
    """A prefix per scenario file for its order variables: its words without the leading
    numbers ("127-0-0-1-northwind.yaml": NORTHWIND; "shop-example-com.yaml": SHOP_EXAMPLE_COM),
    or the whole name after STORE_ where that would be empty, start with a digit or repeat."""
    def words(name: str) -> list[str]:
        return [w for w in re.split(r"[^A-Za-z0-9]+", name.removesuffix(".yaml")) if w]

    short = []
    for name in names:
        kept = words(name)
        while kept and kept[0].isdigit():
            kept.pop(0)
        short.append("_".join(kept).upper())
    return [prefix if prefix and not prefix[0].isdigit() and short.count(prefix) == 1
            else "STORE_" + "_".join(words(name)).upper()
            for name, prefix in zip(names, short, strict=True)]


def refuse_overwrite(paths: Sequence[Path], force: bool) -> None:
    """Never overwrite a scenario unless asked: it may hold the user's edits."""
    existing = next((path for path in paths if path.exists()), None)
    if existing is not None and not force:
        raise UsageError(f"{existing} exists: use --force to overwrite it")
