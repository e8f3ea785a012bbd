"""Frozen dataclasses to plain JSON-able data and back, fast (rescore reads thousands)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, is_dataclass
from functools import cache
from typing import Any, TypeVar, get_args, get_origin, get_type_hints

T = TypeVar("T")
Convert = Callable[[Any], Any]


def to_plain(value: Any) -> Any:
    """Dataclasses become dicts (field order kept), tuples become lists; no deep copies."""
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, tuple | list):
        return [to_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: to_plain(item) for key, item in value.items()}
    names = _field_names(type(value))  # type: ignore[arg-type]
    if names is not None:
        return {name: to_plain(getattr(value, name)) for name in names}
    if hasattr(value, "value"):  # str enums
        return value.value
    return value


@cache
def _field_names(cls: Any) -> tuple[str, ...] | None:
    return tuple(f.name for f in fields(cls)) if is_dataclass(cls) else None


def from_plain(cls: type[T], data: Any) -> T:
    """Rebuild a dataclass written by `to_plain`; unknown keys are ignored, missing ones
    take their defaults (so older saved files still load)."""
    convert: Convert = _converter(cls)  # type: ignore[arg-type]
    result: T = convert(data)
    return result


@cache
def _converter(hint: Any) -> Convert:
    origin = get_origin(hint)
    if origin is tuple:
        item = _converter(get_args(hint)[0])
        return lambda value: None if value is None else tuple(item(v) for v in value)
    if origin is not None and type(None) in get_args(hint):
        inner = _converter(next(a for a in get_args(hint) if a is not type(None)))
        return lambda value: None if value is None else inner(value)
    if isinstance(hint, type) and is_dataclass(hint):
        return _dataclass_converter(hint)
    return lambda value: value


def _dataclass_converter(cls: type) -> Convert:
    hints = get_type_hints(cls)
    parts: list[tuple[str, Convert]] = []

    def convert(data: Any) -> Any:
        if not parts:
            parts.extend((f.name, _converter(hints[f.name])) for f in fields(cls))
        return cls(**{name: conv(data[name]) for name, conv in parts if name in data})

    return convert
