"""What an audit never needs, kept out by Chromium launch flags.

Not by `page.route()`: any route makes Playwright turn off Chromium's HTTP cache, which made
flows 10-50% slower than loading everything (DESIGN.md §10). Flags cost nothing per request,
but only apply to a browser this tool launches (not to `--connect` / `--cdp`).
Importable without Playwright.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources

from returnaudit.lib.errors import UsageError

KINDS = ("images", "fonts", "media", "trackers")
"""What `--block` understands, in the order `--help` lists them."""
DEFAULT = frozenset(KINDS)
_RULES_FLAG = "--host-resolver-rules="


def parse_block(text: str) -> frozenset[str]:
    """`images,fonts,media,trackers` (any subset), `all` or `none`."""
    words = [w.strip().lower() for w in text.split(",") if w.strip()]
    if words in (["none"], []):
        return frozenset()
    if words == ["all"]:
        return DEFAULT
    unknown = [w for w in words if w not in KINDS]
    if unknown:
        raise UsageError(f"--block: unknown kind '{unknown[0]}'; use any of "
                         f"{', '.join(KINDS)}, or all, or none")
    return frozenset(words)


@cache
def tracker_hosts() -> tuple[str, ...]:
    """Analytics and advertising hosts (data/trackers.txt); subdomains are blocked too."""
    path = resources.files("returnaudit.browser") / "data" / "trackers.txt"
    text = path.read_text(encoding="utf-8")
    lines = (line.split("#")[0].strip() for line in text.splitlines())
    return tuple(line for line in lines if line)


def block_args(block: Iterable[str], extra_args: Sequence[str] = ()) -> list[str]:
    """Chromium flags for `block`, followed by `extra_args`; a `--host-resolver-rules` among
    `extra_args` is merged with the tracker rules into one flag (Chromium reads only one), the
    tracker rules first: the first rule that matches a host wins, so `--block` keeps its word."""
    kinds = set(block)
    args = []
    if "images" in kinds:
        args.append("--blink-settings=imagesEnabled=false")
    if "fonts" in kinds:
        args.append("--disable-remote-fonts")
    if "media" in kinds:
        args.append("--autoplay-policy=document-user-activation-required")
    rules = [rule for host in tracker_hosts() for rule in (f"MAP {host} ~NOTFOUND",
                                                            f"MAP *.{host} ~NOTFOUND")
             ] if "trackers" in kinds else []
    rest = []
    for arg in extra_args:
        if arg.startswith(_RULES_FLAG):
            rules.append(arg[len(_RULES_FLAG):])
        else:
            rest.append(arg)
    if rules:
        args.append(_RULES_FLAG + ", ".join(rules))
    return [*args, *rest]
