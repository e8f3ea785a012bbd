"""What the gathered pages and clicks mean: the footer's returns link, support channels, pushes
to support (of a page, of a click, of a flow step)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from returnaudit.artifacts.model import ClickTarget, Link, PageSnapshot, StepRecord
from returnaudit.lang.links import returns_link
from returnaudit.lang.page_words import page_words


@dataclass(frozen=True)
class FooterLink:
    """The returns/refund policy link in the entry page's footer."""

    found: bool
    text: str | None
    href: str | None


@dataclass(frozen=True)
class SupportChannel:
    """A way to reach customer support, and where it was seen."""

    kind: str
    """email | phone | chat | form | contact_page"""
    url: str
    """The page it was seen on."""
    evidence: str
    """The address, number, chat vendor or link text."""


def find_returns_link(links: Iterable[Link]) -> FooterLink:
    """The best returns/refund link: a matching text first, else a matching address."""
    best = returns_link(links)
    return FooterLink(True, best.text, best.href) if best else FooterLink(False, None, None)


def is_contact_link(link: Link) -> bool:
    """A link to a contact page (by its text or its address)."""
    words = page_words()
    if link.text and words.contact_link.names(link.text):
        return True
    return bool(link.href.startswith("http")
                and words.contact_address.search(urlsplit(link.href).path))


def is_chat_launcher(target: ClickTarget) -> bool:
    """A button that opens a support chat (by vendor markup or by its name)."""
    # Imported here: the fingerprints need pydantic, which the report model should not load.
    from returnaudit.lib.chat_widgets import launcher_marks

    words = page_words()
    attrs = target.attributes.lower()
    if any(mark.lower() in attrs for mark in launcher_marks()) or words.chat_markup.search(attrs):
        return True
    return not target.href and words.chat_launcher.names(f"{target.text} {target.attributes}")


def click_support_signal(target: ClickTarget) -> str | None:
    """Why clicking this element pushes the shopper to support, or None."""
    href = target.href or ""
    if href.lower().startswith("mailto:"):
        return f"click on email link {href.split('?')[0]}"
    if href.lower().startswith("tel:"):
        return f"click on phone link {href}"
    if is_contact_link(Link(target.text, href)):
        return f"click on contact page link '{target.text.strip()}'"
    if is_chat_launcher(target):
        return f"click on chat launcher '{target.text.strip() or target.attributes}'"
    return None


def support_push(text: str) -> str | None:
    """The sentence telling the shopper to contact support to return something, if any."""
    return page_words().support_push.first(text)


def step_support_signal(step: StepRecord, pages: Sequence[PageSnapshot]) -> str | None:
    """Why this step pushes the shopper to support: a contact step, a click on a support link
    or chat, else the new screen it led to saying so."""
    if step.contact is not None:
        note = f": {step.contact.note}" if step.contact.note else ""
        return f"contact step ({step.contact.channel}){note}"
    signal = click_support_signal(step.clicked) if step.clicked is not None else None
    if signal is None and step.new_screen and step.page is not None and step.page < len(pages):
        push = support_push(pages[step.page].text)
        signal = f"page says: {push}" if push else None
    return signal


def channels_on_page(url: str, links: Iterable[Link], chat_vendors: Iterable[str],
                     has_contact_form: bool) -> tuple[SupportChannel, ...]:
    """Every support channel a page offers: email, phone, contact page, chat widget, form."""
    found: dict[tuple[str, str], SupportChannel] = {}

    def add(kind: str, evidence: str) -> None:
        found.setdefault((kind, evidence), SupportChannel(kind, url, evidence))

    for link in links:
        href = link.href
        if href.lower().startswith("mailto:"):
            add("email", href[7:].split("?")[0])
        elif href.lower().startswith("tel:"):
            add("phone", href[4:])
        elif is_contact_link(link):
            add("contact_page", href)
    for vendor in chat_vendors:
        add("chat", vendor)
    if has_contact_form:
        add("form", url)
    return tuple(found.values())


def channels(pages: Iterable[PageSnapshot]) -> tuple[SupportChannel, ...]:
    """Every channel of these pages once (by kind and evidence), where it was first seen."""
    seen: dict[tuple[str, str], SupportChannel] = {}
    for page in pages:
        for channel in channels_on_page(page.url, page.links, page.chat_vendors,
                                        page.has_contact_form):
            seen.setdefault((channel.kind, channel.evidence), channel)
    return tuple(seen.values())
