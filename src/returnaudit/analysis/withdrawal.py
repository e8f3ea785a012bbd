"""What the audit saw of a store's EU withdrawal function: where it is and how it is labelled,
what its statement asks for, whether a second-stage confirmation and an acknowledgment
followed. Read from the pages the audit opened and from the scenario's walked `withdrawal:`
path; never from a form the audit did not see."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from returnaudit.analysis.walk import Walk
from returnaudit.artifacts.model import (
    Artifacts,
    Link,
    PageForm,
    PageSnapshot,
    StepRecord,
    WithdrawalProbe,
)
from returnaudit.lang.text import fold
from returnaudit.lang.withdrawal import WithdrawalWords, withdrawal_words

_FIELD = re.compile(r"^field '([^']*)'")


@dataclass(frozen=True)
class Entry:
    """The link or button that opens the function, as seen."""

    label: str
    url: str
    """The page it is on."""
    where: str
    """footer | header | page"""
    clicks: int
    """Clicks from the home page to open it."""
    unambiguous: bool
    behind_login: bool = False


@dataclass(frozen=True)
class Statement:
    """What the walked path showed after the entry."""

    fields: tuple[str, ...]
    """The labels of the fields the path filled or chose."""
    extra: tuple[str, ...]
    """Those that are not name, order or electronic contact."""
    confirmation: str | None
    """The label of the second-stage control clicked, if it reads as a confirmation."""
    last_button: str | None
    submitted: bool
    acknowledged: bool
    last_url: str | None
    walked: bool = True
    """False when read from the page a link opened: nothing after its button was seen."""


@dataclass(frozen=True)
class WithdrawalSeen:
    """Everything the check reads."""

    entry: Entry | None
    statement: Statement | None
    """Only when the scenario walked its `withdrawal:` path."""
    paper_only: tuple[Link, ...]
    """Links to a model form (a document) or an e-mail address, where no function is."""
    looked_at: tuple[str, ...]
    """The pages searched for the function."""


def seen(artifacts: Artifacts, walk: Walk | None) -> WithdrawalSeen:
    """The function as the walked path shows it, else as the link discovery followed shows it,
    else as the opened pages link it."""
    words = withdrawal_words()
    pages = _opened(artifacts)
    entry, statement = None, None
    if walk is not None:
        entry = _walked_entry(walk, artifacts.entry, words)
        statement = _statement(walk, words) if entry else None
    elif artifacts.withdrawal_probe is not None:
        entry, statement = _probed(artifacts.withdrawal_probe, artifacts.entry, words)
    entry = entry or _linked_entry(pages, artifacts.entry, words)
    paper = () if entry else tuple(_paper(pages, words))
    return WithdrawalSeen(entry, statement, paper, tuple(p.url for p in pages))


def _probed(probe: WithdrawalProbe, home: PageSnapshot | None,
            words: WithdrawalWords) -> tuple[Entry | None, Statement | None]:
    """The function and its statement form as the followed link's page shows them; a page
    behind an unclear link counts only when it speaks of withdrawing and holds a statement."""
    named = bool(words.function.search(fold(probe.label)))
    form = _statement_form(probe.forms, words)
    speaks = words.mention.search(fold(f"{probe.page.heading or ''} {probe.page.text}"))
    if not named and (form is None or not speaks):
        return None, None
    where = _where(probe.label, home) if home and probe.found_on == home.url else "page"
    clicks = 1 if home and probe.found_on == home.url else 2
    login = probe.page.has_password_field and form is None
    entry = Entry(probe.label, probe.found_on, where, clicks, named, behind_login=login)
    return entry, _form_statement(form, probe.page.url, words) if form else None


def _statement_form(forms: tuple[PageForm, ...], words: WithdrawalWords) -> PageForm | None:
    """The form asking who withdraws from which order: the one with an order field."""
    usable = [f for f in forms if not f.search and not f.password and f.region == "main"]
    with_order = [f for f in usable
                  if any(words.field_role(x.label or x.name) == "order" for x in f.fields)]
    return with_order[0] if with_order else None


def _form_statement(form: PageForm, url: str, words: WithdrawalWords) -> Statement:
    labels = tuple(x.label or x.name for x in form.fields)
    extra = tuple(f"{x.label or x.name}{' (required)' if x.required else ''}"
                  for x in form.fields if words.field_role(x.label or x.name) is None)
    buttons = [b.text for b in form.buttons if b.submits] or [b.text for b in form.buttons]
    confirm = next((b for b in buttons if words.confirm.search(fold(b))), None)
    return Statement(labels, extra, confirm, buttons[-1] if buttons else None, False, False,
                     url, walked=False)


def _opened(artifacts: Artifacts) -> list[PageSnapshot]:
    entry = [artifacts.entry] if artifacts.entry is not None else []
    unique = {p.url: p for p in (*entry, *artifacts.pages, *artifacts.shop_pages)}
    return list(unique.values())


def _where(link_text: str, home: PageSnapshot | None) -> str:
    if home is not None and any(lk.text == link_text for lk in home.footer_links):
        return "footer"
    if home is not None and any(lk.text == link_text for lk in home.header_links):
        return "header"
    return "page"


def _linked_entry(pages: list[PageSnapshot], home: PageSnapshot | None,
                  words: WithdrawalWords) -> Entry | None:
    """A link naming the function on a page the audit opened (the home page first)."""
    for page in pages:
        for link in page.links:
            if words.function.search(fold(link.text)) and not link.href.startswith("mailto:"):
                clicks = 1 if page is home else 2
                return Entry(link.text, page.url, _where(link.text, home) if page is home
                             else "page", clicks, unambiguous=True)
    return None


def _clicks(walk: Walk) -> Iterator[tuple[int, StepRecord]]:
    """The path's passed clicks, counted from 1."""
    clicks = (s for s in walk.flow.steps if s.action == "click" and s.status == "passed")
    yield from enumerate(clicks, start=1)


def _walked_entry(walk: Walk, home: PageSnapshot | None,
                  words: WithdrawalWords) -> Entry | None:
    """The first click of the path that names the function, else the click that led to the
    statement's first field (an ambiguous entry such as 'My orders')."""
    login = False
    chosen: tuple[int, StepRecord] | None = None
    for number, step in _clicks(walk):
        text = step.clicked.text if step.clicked else step.target
        if words.function.search(fold(text)):
            chosen = (number, step)
            break
        login = login or _signed_in_before(walk, step)
    if chosen is None:
        chosen = _click_before_first_field(walk)
        if chosen is None:
            return None
    number, step = chosen
    label = step.clicked.text if step.clicked else step.target
    return Entry(label, step.url_before or "", _where(label, home), number,
                 bool(words.function.search(fold(label))), behind_login=login)


def _signed_in_before(walk: Walk, step: StepRecord) -> bool:
    """A sign-in page (a password field) was on the path before this click."""
    before = [s for s in walk.flow.steps if s.index <= step.index and s.page is not None]
    return any(walk.pages[s.page].has_password_field for s in before
               if s.page is not None and s.page < len(walk.pages))


def _click_before_first_field(walk: Walk) -> tuple[int, StepRecord] | None:
    first_fill = next((s.index for s in walk.flow.steps if s.field), None)
    if first_fill is None:
        return None
    before = [(n, s) for n, s in _clicks(walk) if s.index < first_fill]
    return before[-1] if before else None


def _statement(walk: Walk, words: WithdrawalWords) -> Statement:
    steps = walk.flow.steps
    labels = [m.group(1) for s in steps if s.field and (m := _FIELD.match(s.target))]
    labels = [label for label in labels if not words.sign_in.search(fold(label))]
    extra = tuple(label for label in labels if words.field_role(label) is None)
    clicks = [s for _, s in _clicks(walk)]
    last = clicks[-1] if clicks else None
    last_text = (last.clicked.text if last and last.clicked else last.target) if last else None
    confirm = next((s.clicked.text if s.clicked else s.target for s in clicks
                    if words.confirm.search(fold(s.clicked.text if s.clicked else s.target))),
                   None)
    final = walk.pages[-1] if walk.pages else None
    done = walk.flow.status == "completed"
    acknowledged = bool(final and done and words.acknowledgment.search(fold(final.text)))
    return Statement(tuple(labels), extra, confirm, last_text, done, acknowledged,
                     final.url if final else None)


def _paper(pages: list[PageSnapshot], words: WithdrawalWords) -> Iterator[Link]:
    """Links to a model withdrawal form or a mailto address on the policy pages."""
    for page in pages:
        for link in page.links:
            text = fold(link.text)
            pdf = link.href.lower().split("?")[0].endswith(".pdf")
            if words.model_form.search(text) or (pdf and words.ambiguous.search(text)):
                yield link
