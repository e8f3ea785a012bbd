"""The schema of data/platforms.yaml (strict pydantic) and its loader: a typo or a regular
expression that does not compile is one line naming the entry and the key."""

from __future__ import annotations

import re
from functools import cache, cached_property
from importlib import resources
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from returnaudit.lib.errors import ReturnAuditError
from returnaudit.lib.yamlfile import load_yaml

SCHEMA = "returnaudit.platforms/1"
KINDS = ("return_portal", "help_centre", "shop_platform")
SIGNALS = ("asset", "global_", "selector", "text", "path", "generator")
"""The kinds of signature, as field names (`global` is written `global` in the file)."""
_REGEXES = ("asset", "text", "path", "generator")


class PlatformDataError(ReturnAuditError):
    """The platforms data file does not match its schema."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Signature(_Strict):
    """One sign of a platform in a page: exactly one of its kinds."""

    asset: str | None = None
    global_: str | None = Field(None, alias="global")
    selector: str | None = None
    text: str | None = None
    path: str | None = None
    generator: str | None = None
    strength: Literal["strong", "weak"]

    @model_validator(mode="after")
    def _one_kind(self) -> Signature:
        given = [name for name in SIGNALS if getattr(self, name) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of asset, global, selector, text, path or "
                             f"generator (got {', '.join(given) or 'none'})")
        for name in _REGEXES:
            pattern = getattr(self, name)
            if pattern is not None:
                try:
                    re.compile(pattern)
                except re.error as exc:
                    raise ValueError(f"invalid regular expression {pattern!r}: {exc}") from None
        return self

    @cached_property
    def kind(self) -> str:
        """asset | global | selector | text | path | generator (read once: every page of every
        report asks)."""
        return next(name for name in SIGNALS if getattr(self, name) is not None).rstrip("_")

    @cached_property
    def value(self) -> str:
        return str(getattr(self, "global_" if self.kind == "global" else self.kind))


class PlatformSpec(_Strict):
    """One platform and how to recognise it."""

    name: str = Field(min_length=1)
    kind: Literal["return_portal", "help_centre", "shop_platform"]
    hosts: list[str] = []
    signatures: list[Signature] = []
    requires: str | None = None
    search: bool = False
    return_start: str = ""

    @field_validator("hosts")
    @classmethod
    def _lower_hosts(cls, hosts: list[str]) -> list[str]:
        return [host.lower() for host in hosts]


class PlatformFile(_Strict):
    """The whole file."""

    schema_: Literal["returnaudit.platforms/1"] = Field(alias="schema")
    platforms: list[PlatformSpec] = Field(min_length=1)

    @model_validator(mode="after")
    def _known_requirements(self) -> PlatformFile:
        names = {platform.name for platform in self.platforms}
        for platform in self.platforms:
            if platform.requires is not None and platform.requires not in names:
                raise ValueError(f"platforms: {platform.name} requires unknown platform "
                                 f"'{platform.requires}'")
        return self


def parse_platforms(text: str, source: str = "platforms.yaml") -> tuple[PlatformSpec, ...]:
    """Validate the data file's text; every problem is a PlatformDataError naming the key."""
    try:
        parsed = PlatformFile.model_validate(load_yaml(text))
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = "".join(f"{part}: " if i == len(first["loc"]) - 1 else f"{part}."
                        for i, part in enumerate(first["loc"]))
        message = str(first.get("ctx", {}).get("error", first["msg"]))
        raise PlatformDataError(f"{source}: {where}{message}") from None
    return tuple(parsed.platforms)


@cache
def platform_specs() -> tuple[PlatformSpec, ...]:
    """The shipped platforms, loaded once."""
    entry = resources.files("returnaudit.analysis") / "data" / "platforms.yaml"
    return parse_platforms(entry.read_text(encoding="utf-8"), "analysis/data/platforms.yaml")
