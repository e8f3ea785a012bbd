"""The HTML report: one self-contained, offline page a store owner opens from an email or CI."""

from __future__ import annotations

import base64
from datetime import datetime
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import jinja2

from returnaudit.report import Report
from returnaudit.report.model import CheckEntry, LessonEntry
from returnaudit.reporters.bands import RANGES, Band, band

TEMPLATES = Path(__file__).parent / "templates"

# Failing and partial checks first: they are what the reader came for.
_STATUS_ORDER = {"error": 0, "fail": 1, "partial": 2, "pass": 3, "not_applicable": 4}
_BAND_CLASS = {Band.POOR: "fail", Band.AVERAGE: "average", Band.GOOD: "pass", None: "na"}


def render_html(report: Report, *, embed_screenshots: bool = True) -> str:
    """The whole report as one HTML document; the same report always gives the same bytes."""
    template = environment().get_template("report.html.j2")
    return template.render(
        report=report,
        groups=_groups(report),
        image=_Images(embed=embed_screenshots),
    )


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,  # every store text is hostile until escaped
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(band=score_class, web_url=web_url, when=when, seconds=seconds,
                       points=points)
    env.globals.update(bands=RANGES)
    return env


def score_class(score: float | None) -> str:
    """The CSS class of a score's band: fail, average or pass (na for none)."""
    return _BAND_CLASS[band(score)]


def web_url(url: object) -> str | None:
    """`url` when it is safe to link (http or https with a host), else None: shown as text."""
    if not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def when(stamp: str) -> str:
    """An ISO timestamp as people read it, in the time zone it was recorded in."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    zone = f" {moment.tzname()}" if moment.tzinfo else ""
    return f"{moment.day} {moment:%B %Y, %H:%M}{zone}"


def seconds(milliseconds: int) -> str:
    return f"{milliseconds} ms" if milliseconds < 1000 else f"{milliseconds / 1000:.1f} s"


def points(value: object) -> str:
    """Numbers as people write them: 85.0 is 85, 8.75 stays 8.75."""
    return f"{value:g}" if isinstance(value, float) else str(value)


def _groups(report: Report) -> list[tuple[LessonEntry | None, list[CheckEntry]]]:
    """Each lesson with its checks, worst first; checks no lesson lists come last."""
    by_id = {check.id: check for check in report.checks}
    groups: list[tuple[LessonEntry | None, list[CheckEntry]]] = []
    for lesson in report.lessons:
        checks = [by_id[c] for c in lesson.checks if c in by_id]
        groups.append((lesson, sorted(checks, key=lambda c: _STATUS_ORDER.get(c.status, 0))))
    listed = {c for lesson in report.lessons for c in lesson.checks}
    if rest := [check for check in report.checks if check.id not in listed]:
        groups.append((None, rest))
    return groups


class _Images:
    """Screenshots as data: URIs, so the page needs no other file; a missing file is skipped."""

    def __init__(self, *, embed: bool) -> None:
        self.embed = embed
        self._seen: dict[str, str | None] = {}

    def __call__(self, path: str | None) -> str | None:
        if not path or not self.embed:
            return None
        if path not in self._seen:
            self._seen[path] = _data_uri(Path(path))
        return self._seen[path]


def _data_uri(path: Path) -> str | None:
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    if not raw.startswith(b"\x89PNG\r\n\x1a\n"):
        return None  # only PNGs: the uri says image/png and the CSP allows data: images only
    return "data:image/png;base64," + base64.b64encode(raw).decode("ascii")

