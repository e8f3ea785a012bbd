"""Find, load and validate the language packs: one YAML file per language in `lang/`."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Mapping
from importlib.resources import files
from typing import TYPE_CHECKING, Any, TypeVar, get_args

from returnaudit.lib.errors import ReturnAuditError

if TYPE_CHECKING:
    from pydantic import BaseModel, ValidationError

    from returnaudit.lang.schema import LanguagePack

_M = TypeVar("_M", bound="BaseModel")
_LANG_DIR = files("returnaudit.lang")
CHECKED_FILE = "checked.txt"


class PackError(ReturnAuditError):
    """A language pack is missing, is not valid YAML, or does not match the pack schema."""


@functools.cache
def available_languages() -> tuple[str, ...]:
    """The codes of every shipped pack, sorted: one YAML file per language."""
    names = (entry.name for entry in _LANG_DIR.iterdir() if entry.is_file())
    return tuple(sorted(name.removesuffix(".yaml") for name in names if name.endswith(".yaml")))


@functools.cache
def load_pack(code: str) -> LanguagePack:
    """The validated pack for a language code; raises PackError when there is none."""
    resource = _LANG_DIR.joinpath(f"{code}.yaml")
    if not resource.is_file():
        known = ", ".join(available_languages())
        raise PackError(f"no language pack for {code!r} (available: {known})")
    text = resource.read_text(encoding="utf-8")
    pack = parse_pack(text, source=f"lang/{code}.yaml", checked=digest(text) in checked_digests())
    if pack.code != code:
        raise PackError(f"lang/{code}.yaml: code is {pack.code!r}, expected {code!r}")
    return pack


def load_all() -> tuple[LanguagePack, ...]:
    """Every shipped pack, in the order of their codes."""
    return tuple(load_pack(code) for code in available_languages())


def locale_for(language: str | None) -> str | None:
    """The browser locale for a scenario's language: its pack's `locale` ("fr" -> "fr-FR"),
    else the language tag as it is."""
    if language and language in available_languages():
        return load_pack(language).locale
    return language


@functools.cache
def checked_digests() -> frozenset[str]:
    """The sha256 of each pack text that passes every check of the schema (lang/checked.txt,
    kept up to date by tests/policy/test_packs.py)."""
    resource = _LANG_DIR.joinpath(CHECKED_FILE)
    if not resource.is_file():
        return frozenset()
    lines = resource.read_text(encoding="utf-8").splitlines()
    return frozenset(line.split()[0] for line in lines if line and not line.startswith("#"))


def digest(text: str) -> str:
    """A pack text's sha256, as lang/checked.txt lists it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_pack(text: str, *, source: str, checked: bool = False) -> LanguagePack:
    """Validate a pack's YAML text; every problem becomes one PackError naming the key.

    `checked`: the text is one lang/checked.txt lists, known to pass every check, so it is
    built without validating it again (validation, with its ~2,900 regular expressions
    compiled one by one, was about a quarter of a CPU-second of each run)."""
    # Imported here: pydantic and yaml load with the first pack, not with the package.
    import yaml
    from pydantic import ValidationError

    from returnaudit.lang.schema import LanguagePack
    from returnaudit.lib.yamlfile import load_yaml

    try:
        data = load_yaml(text)
    except yaml.YAMLError as exc:
        raise PackError(f"{source}: not valid YAML: {exc}") from None
    try:
        return _construct(LanguagePack, data) if checked else LanguagePack.model_validate(data)
    except ValidationError as exc:
        raise PackError(_describe(source, exc)) from None


def _construct(model: type[_M], data: Mapping[str, Any]) -> _M:
    """The model of data already known to pass every check, built without validating it
    again (nested models built the same way): validation is most of a pack's load time."""
    values: dict[str, Any] = {}
    for name, field in model.model_fields.items():
        if name in data:
            inner = _model_of(field.annotation)
            value = data[name]
            values[name] = _construct(inner, value) if inner is not None and value is not None \
                else value
    return model.model_construct(**values)


def _model_of(annotation: object) -> type[BaseModel] | None:
    """The model class a field holds (itself, or in `X | None`), if any."""
    from pydantic import BaseModel

    for candidate in (annotation, *get_args(annotation)):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
    return None


def _describe(source: str, exc: ValidationError) -> str:
    """One readable line per error: `lang/xx.yaml: cues.typo: Extra inputs are not permitted`."""
    lines = []
    for error in exc.errors():
        where = ".".join(str(part) for part in error["loc"]) or "(top level)"
        lines.append(f"{source}: {where}: {error['msg']}")
    return "\n".join(lines)
