"""Classify links, click targets and sentences: returns link, support channels, support pushes."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from returnaudit.analysis.keywords import keywords
from returnaudit.artifacts.model import FooterLink, Link, SupportChannel

_HREF_RETURNS = re.compile(
    r"(return|refund|retour|rembourse|retract|ruckgabe|rücksend|retoure|widerruf|umtausch)",
    re.IGNORECASE,
)
_HREF_CONTACT = re.compile(r"/(contact|contact-us|contactez|nous-contacter|kontakt|support)\b",
                           re.IGNORECASE)


def normalise(text: str) -> str:
    """Lower-case, collapse whitespace, `&` read as `and`; accents kept (French needs them)."""
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("’", "'")
    return " ".join(text.lower().split())


def is_returns_text(text: str) -> bool:
    """Whether a link text names a returns or refund policy."""
    kw = keywords()
    norm = normalise(text)
    if not norm or len(norm) > 80 or kw.returns_link is None:
        return False
    if kw.returns_link_not is not None and kw.returns_link_not.search(norm):
        return False
    return bool(kw.returns_link.search(norm))


def find_returns_link(links: Iterable[Link]) -> FooterLink:
    """The best returns/refund link: a matching text first, else a matching address."""
    candidates = list(links)
    by_text = [link for link in candidates if is_returns_text(link.text)]
    if by_text:
        best = min(by_text, key=lambda link: (not _HREF_RETURNS.search(link.href), len(link.text)))
        return FooterLink(True, best.text, best.href)
    by_href = [link for link in candidates
               if _HREF_RETURNS.search(urlsplit(link.href).path) and link.text.strip()]
    if by_href:
        return FooterLink(True, by_href[0].text, by_href[0].href)
    return FooterLink(False, None, None)


@dataclass(frozen=True)
class ClickTarget:
    """What the browser saw of an element about to be clicked."""

    text: str
    href: str | None
    attributes: str
    """id, class and aria-label joined, for chat launcher fingerprints."""


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


def is_contact_link(link: Link) -> bool:
    """A link to a contact page (by its text or its address)."""
    kw = keywords()
    text = normalise(link.text)
    if kw.contact_link is not None and text and kw.contact_link.search(text):
        return True
    return bool(link.href.startswith("http") and _HREF_CONTACT.search(urlsplit(link.href).path))


def is_chat_launcher(target: ClickTarget) -> bool:
    """A button that opens a support chat (by vendor markup or by its name)."""
    kw = keywords()
    attrs = target.attributes.lower()
    vendor_marks = [sel.strip("#.") for w in kw.chat_widgets.values() for sel in w.dom
                    if sel[0] in "#."]
    if any(mark.lower() in attrs for mark in vendor_marks) or "chat" in attrs:
        return True
    name = normalise(f"{target.text} {target.attributes}")
    return bool(kw.chat_launcher is not None and not target.href and kw.chat_launcher.search(name))


def support_push(text: str) -> str | None:
    """The sentence telling the shopper to contact support to return something, if any."""
    return first_match(keywords().support_push, text)


@lru_cache(maxsize=64)
def _sentences(text: str) -> tuple[tuple[str, str], ...]:
    """Each sentence of `text` (at most 300 characters) with its normalised form; cached, as
    several checks read the same policy and page texts."""
    found = []
    for line in text.splitlines():
        for part in _SENTENCE_END.split(line):
            part = " ".join(part.split())[:300]
            if part:
                found.append((part, normalise(part)))
    return tuple(found)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


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


def first_match(pattern: re.Pattern[str] | None, text: str) -> str | None:
    """The first sentence of `text` that `pattern` matches."""
    if pattern is None:
        return None
    for sentence, norm in _sentences(text):
        if pattern.search(norm):
            return sentence
    return None


def all_matches(pattern: re.Pattern[str] | None, text: str) -> list[str]:
    """Every sentence of `text` that `pattern` matches, in order."""
    if pattern is None:
        return []
    return [sentence for sentence, norm in _sentences(text) if pattern.search(norm)]
