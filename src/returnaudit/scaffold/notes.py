"""What `init` tells the user beside the steps: the store's name, what was found where, the
other ways to return, why a route stops short, and addresses relative to the store."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from urllib.parse import urlsplit

from returnaudit.analysis.platforms import RecognisedPlatform
from returnaudit.analysis.return_forms import return_form
from returnaudit.artifacts.exploration import Exploration, ExploredPage
from returnaudit.lang.init_words import init_words
from returnaudit.lang.page_words import page_words
from returnaudit.lib.wording import shorten
from returnaudit.scaffold.route import Route, key, pushed

_TITLE_PARTS = re.compile(r"\s+[|–—·:-]\s+")


def relative(store_url: str, url: str) -> str:
    """`url` as a scenario writes it: a path under the store's address, else in full."""
    store, page = urlsplit(store_url), urlsplit(url)
    prefix = store.path.rstrip("/")
    if page.netloc != store.netloc or not (page.path + "/").startswith(prefix + "/"):
        return url
    path = page.path[len(prefix):] or "/"
    return f"{path}?{page.query}" if page.query else path


def site_name(exploration: Exploration) -> str:
    """The store's name: the part its page titles share ("... | Northwind Outfitters")."""
    parts = Counter(part.strip() for read in exploration.pages
                    for part in set(_TITLE_PARTS.split(read.snapshot.title)) if part.strip())
    shared = [part for part, count in parts.most_common() if count > 1]
    if shared and len(exploration.pages) > 1:
        return shared[0]
    home = exploration.pages[0].snapshot.title
    return _TITLE_PARTS.split(home)[-1].strip() or urlsplit(exploration.store_url).netloc


def title(read: ExploredPage) -> str:
    """A page as the notes name it: its main heading, else its title."""
    return shorten(read.snapshot.heading or read.snapshot.title or read.snapshot.url, 60)


def why_it_stops(route: Route, exploration: Exploration) -> str | None:
    """Why the route is not a self-service return, in one line (None when it is)."""
    pages, where = len(exploration.pages), relative(exploration.store_url, route.end.snapshot.url)
    if route.outcome == "contact":
        return (f"no way to start a return online: '{title(route.end)}' ({where}) tells shoppers "
                f"to contact support (\"{shorten(route.push or '', 120)}\")")
    if route.outcome == "login":
        return (f"returns start behind a sign-in ('{title(route.end)}', {where}): a shopper "
                "without an account stops there")
    if route.outcome == "policy":
        return (f"no way to start a return online was found in {pages} pages; the route stops "
                f"at the returns policy ('{title(route.end)}', {where})")
    if route.outcome == "nothing":
        return f"no returns page or return form was found in {pages} pages"
    return None


def found_lines(exploration: Exploration, route: Route,
                platforms: tuple[RecognisedPlatform, ...]) -> Iterator[str]:
    """What was found where, one line each."""
    store = exploration.store_url
    for hop in route.hops:
        if hop.kind == "link" and hop.target is not None:
            where = "in the footer" if hop.scope == "footer" else f"on '{title(hop.start)}'"
            yield (f"'{hop.text}' {where} leads to '{title(hop.target)}' "
                   f"({relative(store, hop.target.snapshot.url)})")
    forms = [hop for hop in route.hops if hop.kind == "form"]
    if forms:
        first, last = forms[0].start, forms[-1]
        where = f"the return form: '{title(first)}' ({relative(store, first.snapshot.url)})"
        if last.target is None:
            yield f"{where}; the pages after its button '{last.text}' could not be read"
        else:
            yield f"{where}, {len(forms)} form page(s) to the last button '{last.text}'"
    yield from _linked(exploration)
    for platform in platforms:
        seen = platform.evidence[0]
        yield (f"platform: {platform.name} ({platform.kind.replace('_', ' ')}), from "
               f"{shorten(seen.signal, 80)} on {relative(store, seen.url)}")


def _linked(exploration: Exploration) -> Iterator[str]:
    """Guarantee, FAQ/help and account pages linked from the pages read (each once)."""
    words, related = init_words(), page_words().related_link
    kinds = (("guarantee", related.names), ("FAQ / help", words.help_link.names),
             ("account", words.account.names))
    for what, names in kinds:
        links = {key(link.href): link for read in exploration.pages
                 for link in (*read.snapshot.footer_links, *read.snapshot.header_links)
                 if link.href.startswith("http") and names(link.text)}
        for link in list(links.values())[:2]:
            yield f"{what}: '{link.text}' ({relative(exploration.store_url, link.href)})"


def other_ways(exploration: Exploration, route: Route) -> Iterator[str]:
    """Other ways to return than the route's: pushes to support, sign-ins, contact forms,
    other return forms."""
    on_route = {id(hop.target) for hop in route.hops} | {id(route.end)}
    store = exploration.store_url
    for read in exploration.pages:
        where = relative(store, read.snapshot.url)
        push = pushed(read)
        if push and route.push != push:
            yield f"'{title(read)}' ({where}) says: \"{shorten(push, 100)}\""
        if read.snapshot.has_password_field and id(read) not in on_route:
            yield f"a sign-in for customer accounts: '{title(read)}' ({where})"
        elif read.snapshot.has_contact_form and return_form(read) is None:
            yield f"a contact form: '{title(read)}' ({where})"
        elif return_form(read) is not None and id(read) not in on_route and read.via != "form":
            yield f"another form that asks for an order: '{title(read)}' ({where})"
