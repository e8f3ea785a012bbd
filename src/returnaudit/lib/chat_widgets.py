"""Support chat widgets by vendor: how each shows itself in a page (data/chat_widgets.yaml).

The browser looks for them while it gathers a page; the analysis reads a clicked element's
markup with them. Not language: vendor markup is the same in every language.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field

from returnaudit.lib.yamlfile import load_yaml


class ChatWidget(BaseModel):
    """How a chat vendor's widget shows itself in a page; any one match identifies it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    scripts: list[str] = Field(default_factory=list)
    """Fragments of the widget script's address."""
    globals: list[str] = Field(default_factory=list)
    """Global JavaScript objects the widget defines."""
    dom: list[str] = Field(default_factory=list)
    """CSS selectors of the widget's markup."""


@cache
def chat_widgets() -> dict[str, ChatWidget]:
    """Vendor -> fingerprint, loaded once."""
    entry = resources.files("returnaudit.lib") / "data" / "chat_widgets.yaml"
    raw = load_yaml(entry.read_text(encoding="utf-8"))
    return {name: ChatWidget.model_validate(spec) for name, spec in raw.items()}


@cache
def launcher_marks() -> tuple[str, ...]:
    """The ids and classes of the vendors' launchers, without their `#` or `.`."""
    return tuple(selector.strip("#.") for widget in chat_widgets().values()
                 for selector in widget.dom if selector[0] in "#.")
