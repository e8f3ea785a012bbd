"""Read a page into plain data: one script evaluation per step, which reads the whole page
(gather.js) only when the screen is one not read yet; raw facts only (what they mean is
decided in `analysis`)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from playwright.async_api import ElementHandle, Error, Page

from returnaudit.analysis.platforms import platform_probes
from returnaudit.artifacts.model import ClickTarget, Link, PageSnapshot
from returnaudit.lang.page_words import page_words
from returnaudit.lib.chat_widgets import chat_widgets

MAX_LINKS = 400
MAX_TEXT = 200_000

# The screen (URL, main heading), for a click what the element is and, when the screen is
# none of `arg.known` and `arg.gather` is given, the page as gather.js reads it: one round trip.
# textContent, not innerText: innerText forces a layout of a page that may still be loading,
# which made this read cost ~15 ms per step.
_READ_JS = """(el, arg) => {
  const hidden = (e) => e.closest("[hidden], [aria-hidden=true], template");
  const h = [...document.querySelectorAll("main h1, [role=main] h1, h1, h2")]
    .find((e) => !hidden(e));
  const screen = [location.href, h ? h.textContent.replace(/\\s+/g, " ").trim() : null];
  const url = screen[0].split("#")[0];
  const known = arg.known.some(([u, heading]) => u === url && heading === screen[1]);
  let page = null;  // on an exception, Python reads the page on its own and reports it
  try { page = arg.gather && !known ? (GATHER)(arg.gather) : null; } catch (e) { page = null; }
  if (!el) return [screen, null, page];
  const a = el.closest("a");
  const cls = (e) => (typeof e.className === "string" ? e.className : "");
  return [screen, {
    text: (el.textContent || el.value || el.getAttribute("aria-label") || "")
      .replace(/\\s+/g, " ").trim(),
    href: a && a.getAttribute("href") ? a.href : null,
    attributes: [el.id, cls(el), el.getAttribute("aria-label") || "",
                 a && a !== el ? `${a.id} ${cls(a)}` : ""].join(" ").trim(),
  }, page];
}"""


@dataclass(frozen=True)
class Screen:
    """What identifies a screen: the URL without its fragment, and the main heading."""

    url: str
    heading: str | None

    def differs_from(self, other: Screen | None) -> bool:
        return other is None or (self.url, self.heading) != (other.url, other.heading)


@dataclass(frozen=True)
class Read:
    """One step's look at the page."""

    screen: Screen
    target: ClickTarget | None
    """What the step's element is (a click's link or button), if an element was given."""
    page: dict[str, Any] | None
    """gather.js's reading of the page, when the screen was none of those already known."""


@cache
def _gather_js() -> str:
    return (resources.files("returnaudit.browser") / "gather.js").read_text(encoding="utf-8")


@cache
def _read_js(*, element: bool) -> str:
    read = _READ_JS.replace("(GATHER)", f"({_gather_js().strip()})")
    return read if element else f"(arg) => ({read})(null, arg)"


@cache
def _gather_arg() -> dict[str, Any]:
    """What gather.js looks for: the same for every page of a run."""
    return {
        "chat": {name: w.model_dump() for name, w in chat_widgets().items()},
        "searchNames": list(page_words().search_fields),
        "platforms": platform_probes(),
        "maxLinks": MAX_LINKS,
        "maxText": MAX_TEXT,
    }


async def read_screen(page: Page, element: ElementHandle | None = None,
                      known: Iterable[Screen] | None = None) -> Read:
    """The current screen and, given an element, what it is; with `known`, the whole page
    too when the screen is none of them. Retried while a navigation swaps the document."""
    if element is None and page.url == "about:blank":
        # Before the first `open`: a first script in a new document costs ~20 ms.
        return Read(Screen("about:blank", None), None, None)
    arg = {"known": [[s.url, s.heading] for s in known or ()],
           "gather": _gather_arg() if known is not None else None}
    for attempt in range(3):
        try:
            if element is not None:
                (url, heading), info, raw = await element.evaluate(_read_js(element=True), arg)
            else:
                (url, heading), info, raw = await page.evaluate(_read_js(element=False), arg)
        except Error:
            element = None
            if attempt < 2:
                await _settle(page)
            continue
        target = ClickTarget(info["text"], info["href"], info["attributes"]) if info else None
        return Read(Screen(str(url).split("#")[0], heading), target, raw)
    return Read(Screen(page.url.split("#")[0], None), None, None)


async def snapshot(page: Page, http_status: int | None = None) -> PageSnapshot:
    """Everything the audits read from one page."""
    raw = await _evaluate_gather(page)
    return snapshot_from_raw(raw, http_status)


async def _evaluate_gather(page: Page) -> dict[str, Any]:
    for attempt in range(3):
        try:
            result: dict[str, Any] = await page.evaluate(_gather_js(), _gather_arg())
            return result
        except Error:
            if attempt == 2:
                raise
            await _settle(page)
    raise AssertionError("unreachable")


def snapshot_from_raw(raw: dict[str, Any], http_status: int | None = None) -> PageSnapshot:
    """What gather.js returned, as a snapshot (pure, so tests can feed it by hand)."""
    return PageSnapshot(
        url=str(raw["url"]),
        title=raw["title"],
        lang=raw["lang"],
        heading=raw["heading"],
        footer_source=raw["footerSource"],
        footer_links=tuple(_links(raw["footerLinks"])),
        header_links=tuple(_links(raw["headerLinks"])),
        links=tuple(_links(raw["links"])),
        chat_vendors=tuple(raw["chat"]),
        has_contact_form=bool(raw["contactForm"]),
        json_ld=tuple(raw["jsonLd"]),
        has_search=bool(raw["hasSearch"]),
        has_password_field=bool(raw["hasPassword"]),
        form_fields=int(raw.get("formFields", 0)),
        text=raw["text"],
        http_status=http_status,
        microdata=tuple(raw.get("microdata", ())),
        questions=tuple(raw.get("questions", ())),
        headings=tuple(raw.get("headings", ())),
        list_items=int(raw.get("listItems", 0)),
        ordered_steps=bool(raw.get("orderedSteps", False)),
        qr_code=bool(raw.get("qrCode", False)),
        assets=tuple(raw.get("assets", ())),
        generator=raw.get("generator"),
        markers=tuple(raw.get("markers", ())),
        window_globals=tuple(raw.get("globals", ())),
        footer_text=raw.get("footerText", ""),
    )


def _links(items: list[dict[str, str]]) -> list[Link]:
    seen: set[tuple[str, str]] = set()
    out = []
    for item in items:
        key = (item["text"], item["href"])
        if key not in seen:
            seen.add(key)
            out.append(Link(item["text"], item["href"]))
    return out


async def _settle(page: Page) -> None:
    with contextlib.suppress(Error):
        await page.wait_for_load_state("domcontentloaded", timeout=5_000)
