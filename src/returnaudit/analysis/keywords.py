"""Keyword packs (one data file per language) and chat widget fingerprints, loaded once."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field

from returnaudit.lib.yamlfile import load_yaml


class _Pack(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TextRules(_Pack):
    text: list[str]
    not_text: list[str] = Field(default_factory=list)


class Tone(_Pack):
    friendly: list[str]
    restrictive: list[str]


class Confirmation(_Pack):
    label: list[str]
    return_number: list[str]
    next_steps: list[str]


class Offers(_Pack):
    exchange: list[str]
    store_credit: list[str]
    repair: list[str]
    replacement: list[str]
    incentive: list[str]


class KeywordPack(_Pack):
    """One language's keywords; see data/keywords/en.yaml for what each list means."""

    language: str
    returns_link: TextRules
    contact_link: TextRules
    chat_launcher: TextRules
    support_push: list[str]
    consent_accept: list[str]
    returns_mention: list[str]
    tone: Tone
    confirmation: Confirmation
    related_link: list[str]
    offers: Offers
    flexibility: list[str]
    marketplace: list[str]


class ChatWidget(_Pack):
    """How a chat vendor's widget shows itself in a page."""

    scripts: list[str] = Field(default_factory=list)
    globals: list[str] = Field(default_factory=list)
    dom: list[str] = Field(default_factory=list)


def _compile(patterns: list[str]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None


class Keywords:
    """Every language pack merged: a French store may well label its footer link in English."""

    def __init__(self, packs: list[KeywordPack], chat: dict[str, ChatWidget]) -> None:
        def merged(get: str) -> re.Pattern[str] | None:
            rules: list[str] = []
            for pack in packs:
                part, _, attr = get.partition(".")
                value = getattr(pack, part)
                rules.extend(getattr(value, attr) if attr else value)
            return _compile(rules)

        self.returns_link = merged("returns_link.text")
        self.returns_link_not = merged("returns_link.not_text")
        self.contact_link = merged("contact_link.text")
        self.chat_launcher = merged("chat_launcher.text")
        self.support_push = merged("support_push")
        self.consent_accept = [label for pack in packs for label in pack.consent_accept]
        self.chat_widgets = chat
        self.returns_mention = merged("returns_mention")
        self.related_link = merged("related_link")
        self.tone = {kind: merged(f"tone.{kind}") for kind in ("friendly", "restrictive")}
        self.confirmation = {part: merged(f"confirmation.{part}")
                             for part in ("label", "return_number", "next_steps")}
        self.offers = {kind: merged(f"offers.{kind}") for kind in Offers.model_fields}
        self.flexibility = merged("flexibility")
        self.marketplace = merged("marketplace")


@cache
def keywords() -> Keywords:
    """All packs under analysis/data/keywords, plus the chat widget fingerprints."""
    root = resources.files("returnaudit.analysis") / "data"
    packs = [
        KeywordPack.model_validate(load_yaml(entry.read_text(encoding="utf-8")))
        for entry in sorted((root / "keywords").iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".yaml")
    ]
    chat_file = resources.files("returnaudit.browser") / "data" / "chat_widgets.yaml"
    raw = load_yaml(chat_file.read_text(encoding="utf-8"))
    chat = {name: ChatWidget.model_validate(spec) for name, spec in raw.items()}
    return Keywords(packs, chat)
