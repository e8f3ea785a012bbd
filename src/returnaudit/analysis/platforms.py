"""Which return portals, help centres and shop platforms a store runs, recognised from what the
browser saw of its pages (hosts, links, script and stylesheet addresses, window globals, markup,
text, paths) and the signatures in data/platforms.yaml. Conservative: a host, one strong sign,
or two different weak signs on one page; never a link text alone."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from fnmatch import fnmatchcase
from functools import cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from returnaudit.artifacts.model import Link, PageSnapshot

if TYPE_CHECKING:
    from returnaudit.analysis.platform_data import PlatformSpec, Signature

KIND_ORDER = ("return_portal", "help_centre", "shop_platform")
LINKED_KINDS = frozenset({"return_portal", "help_centre"})
"""Kinds a link's host can reveal: a store links its hosted portal or help centre."""
MAX_EVIDENCE = 3


@dataclass(frozen=True)
class PlatformEvidence:
    """One sign of a platform, and the page it was seen on."""

    url: str
    signal: str


@dataclass(frozen=True)
class RecognisedPlatform:
    """A platform the store runs, and why it is believed."""

    name: str
    kind: str
    """return_portal | help_centre | shop_platform"""
    evidence: tuple[PlatformEvidence, ...]


def recognise(pages: Iterable[PageSnapshot], store_url: str) -> tuple[RecognisedPlatform, ...]:
    """The platforms these pages show, each once, portals first, then by name."""
    from returnaudit.analysis.platform_data import platform_specs

    specs = {spec.name: spec for spec in platform_specs()}
    found: dict[str, list[PlatformEvidence]] = {}
    for page in pages:
        for name, evidence in _on_page(page, store_url):
            kept = found.setdefault(name, [])
            kept.extend(e for e in evidence if e not in kept)
    for name in list(found):
        needed = specs[name].requires
        if needed is not None and needed not in found:
            del found[name]
    return tuple(sorted(
        (RecognisedPlatform(name, specs[name].kind, tuple(ev[:MAX_EVIDENCE]))
         for name, ev in found.items()),
        key=lambda p: (KIND_ORDER.index(p.kind), p.name)))


def platform_named(platforms: Iterable[RecognisedPlatform], kind: str
                   ) -> RecognisedPlatform | None:
    """The first recognised platform of a kind."""
    return next((p for p in platforms if p.kind == kind), None)


def builtin_search(name: str) -> bool:
    """Whether the platform's help centre offers a search on every page, by design."""
    from returnaudit.analysis.platform_data import platform_specs

    return any(spec.name == name and spec.search for spec in platform_specs())


def return_start(name: str) -> str:
    """How a return usually starts on this platform ('' when the data does not say)."""
    from returnaudit.analysis.platform_data import platform_specs

    return next((spec.return_start for spec in platform_specs() if spec.name == name), "")


@cache
def platform_probes() -> dict[str, list[str]]:
    """What the browser looks for in each page for the platform signatures: the selectors to
    try and the window globals to test (it records which are there, not what they mean)."""
    from returnaudit.analysis.platform_data import platform_specs

    signs = [sign for spec in platform_specs() for sign in spec.signatures]
    return {kind: sorted({s.value for s in signs if s.kind == kind})
            for kind in ("selector", "global")}


def _on_page(page: PageSnapshot, store_url: str
             ) -> Iterator[tuple[str, list[PlatformEvidence]]]:
    from returnaudit.analysis.platform_data import platform_specs

    seen = _PageSigns(page, store_url)
    for spec in platform_specs():
        strong, weak = seen.strong(spec), seen.weak(spec)
        if strong:
            yield spec.name, strong[:1]
        elif len(weak) >= 2:
            yield spec.name, weak[:2]


class _PageSigns:
    """What one page shows, read once, matched against each platform."""

    def __init__(self, page: PageSnapshot, store_url: str) -> None:
        self.page = page
        self.url = page.url
        self.host = (urlsplit(page.url).hostname or "").lower()
        self.path = _relative_path(page.url, store_url)
        links = (*page.links, *page.footer_links, *page.header_links)
        hosts = ((_host(link), link) for link in reversed(links))
        self.links = {host: link for host, link in hosts if host}
        texts = (page.text, page.footer_text, *(link.text for link in links))
        self.text = "\n".join(t for t in texts if t)

    def strong(self, spec: PlatformSpec) -> list[PlatformEvidence]:
        found = [self._evidence(f"host {self.host}") for glob in spec.hosts
                 if _host_matches(self.host, glob)]
        if spec.kind in LINKED_KINDS:
            found += [self._evidence(f"link '{link.text}' to {link.href}")
                      for host, link in self.links.items() if host != self.host
                      and any(_host_matches(host, glob) for glob in spec.hosts)]
        return found + [e for s in spec.signatures if s.strength == "strong"
                        for e in self._matches(s)]

    def weak(self, spec: PlatformSpec) -> list[PlatformEvidence]:
        return [e for s in spec.signatures if s.strength == "weak" for e in self._matches(s)[:1]]

    def _matches(self, sign: Signature) -> list[PlatformEvidence]:
        kind, value = sign.kind, sign.value
        if kind == "asset":
            return [self._evidence(f"asset {a}") for a in self.page.assets
                    if _regex(value).search(a)][:1]
        if kind == "global":
            hit = value in self.page.window_globals
            return [self._evidence(f"global window.{value}")] if hit else []
        if kind == "selector":
            return [self._evidence(f"markup {value}")] if value in self.page.markers else []
        if kind == "generator":
            generator = self.page.generator or ""
            hit = bool(_regex(value).search(generator))
            return [self._evidence(f"generator '{generator}'")] if hit else []
        where = self.text if kind == "text" else self.path
        match = _regex(value).search(where)
        return [self._evidence(f"{kind} '{match.group(0)}'")] if match else []

    def _evidence(self, signal: str) -> PlatformEvidence:
        return PlatformEvidence(self.url, signal)


@cache
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _host(link: Link) -> str:
    return (urlsplit(link.href).hostname or "").lower() if link.href.startswith("http") else ""


def _host_matches(host: str, glob: str) -> bool:
    """A host glob; `*.vendor.com` never means www.vendor.com, the vendor's marketing site."""
    if not host or (glob.startswith("*.") and host.startswith("www.")):
        return False
    return fnmatchcase(host, glob)


def _relative_path(url: str, store_url: str) -> str:
    """The page's path and query, without the store's own prefix when on the store's host."""
    page, store = urlsplit(url), urlsplit(store_url)
    path = page.path or "/"
    prefix = store.path.rstrip("/")
    if page.netloc == store.netloc and prefix and path.startswith(prefix + "/"):
        path = path[len(prefix):]
    return f"{path}?{page.query}" if page.query else path
