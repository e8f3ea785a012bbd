"""What `returnaudit init` saw while exploring a store as a shopper: the pages it read, in order,
with their forms. Plain data, like the artifacts: what it means is decided in `scaffold`."""

from __future__ import annotations

from dataclasses import dataclass

from returnaudit.artifacts.model import FieldOption, FormButton, FormField, PageForm, PageSnapshot

__all__ = ["Exploration", "ExploredPage", "FieldOption", "FormButton", "FormField", "PageForm"]


@dataclass(frozen=True)
class ExploredPage:
    """One page read during the exploration."""

    requested: str
    """The address asked for: a link's target or a form's address."""
    snapshot: PageSnapshot
    forms: tuple[PageForm, ...]
    via: str = "link"
    """entry (the home page) | link | start (a start-a-return link) | form (a return form's
    address, opened without its data)"""

    @property
    def in_chain(self) -> bool:
        """Reached along a return path: by a start-a-return link or a return form."""
        return self.via in ("start", "form")


@dataclass(frozen=True)
class Exploration:
    """Everything one exploration read, and why it stopped."""

    store_url: str
    pages: tuple[ExploredPage, ...]
    """In the order read; the first is the store's home page."""
    duration_ms: int
    stopped: str
    """Why it stopped: the return path was found, a budget ran out, nothing more to follow."""
    followed_forms: bool
    """Form addresses were opened (a store on this machine), so pages behind forms are known."""
    unread: tuple[tuple[str, str], ...] = ()
    """(address, why) of pages that could not be read."""
