"""The rubric as data: lessons, check weights and thresholds, overridable by file or scenario."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from returnaudit.lib.errors import UsageError
from returnaudit.lib.yamlfile import load_yaml


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CheckWeight(_Strict):
    weight: float = Field(ge=0)
    reason: str = ""


class Lesson(_Strict):
    number: int
    title: str
    weight: float = Field(ge=0)
    reason: str = ""
    checks: dict[str, CheckWeight]


class Rubric(_Strict):
    """Lessons in order, each with its checks' weights; thresholds by name."""

    lessons: dict[str, Lesson]
    thresholds: dict[str, dict[str, float]]
    compliance: dict[str, str] = {}
    """Legal checks beside the lessons (never in the score): id -> what the law asks."""

    def lesson_of(self, check_id: str) -> str:
        """The lesson a check belongs to."""
        return next(lid for lid, lesson in self.lessons.items() if check_id in lesson.checks)

    def threshold(self, group: str, name: str) -> float:
        return self.thresholds[group][name]


@cache
def default_rubric() -> Rubric:
    """The bundled rubric (scoring/rubric.yaml)."""
    raw = (resources.files("returnaudit.scoring") / "rubric.yaml").read_text(encoding="utf-8")
    return Rubric.model_validate(load_yaml(raw))


def load_override(path: Path) -> dict[str, Any]:
    """A rubric override file: the same shape as the bundled rubric, only what changes."""
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"{path}: no such rubric file") from None
    except yaml.YAMLError as exc:
        raise UsageError(f"{path}: invalid YAML: {str(exc).splitlines()[0]}") from None
    if not isinstance(data, dict):
        raise UsageError(f"{path}: a rubric override is a mapping (lessons:, thresholds:)")
    return data


def with_overrides(base: Rubric, *overrides: Mapping[str, Any], source: str = "rubric") -> Rubric:
    """`base` with each override merged in; unknown lessons, checks or keys are errors."""
    data = base.model_dump()
    for override in overrides:
        _check_known(override, data, source)
        data = _merge(data, override)
    try:
        rubric = Rubric.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        raise UsageError(f"{source}: {where}: {first['msg'].lower()}") from None
    return rubric


def has_thresholds(rubric: Rubric) -> Rubric:
    """`rubric`, once it holds every threshold the checks declare they read; a missing one is
    an error naming the check, raised before any check runs rather than as an `error` result in
    every report. Only the bundled file can lack one: an override replaces values, and an
    unknown key in it is already an error."""
    from returnaudit.checks import CHECKS  # the checks import this module: not at its top

    missing = [f"'{group}.{name}' (read by {check.id})" for check in CHECKS.values()
               for group, name in check.thresholds if name not in rubric.thresholds.get(group, {})]
    if missing:
        raise UsageError(f"rubric.yaml: no threshold {', '.join(missing)}")
    return rubric


class UnknownRubricKey(UsageError):
    """An override names a lesson, check or key the rubric does not have."""

    def __init__(self, message: str, path: tuple[str, ...]) -> None:
        super().__init__(message)
        self.path = path
        """Where the unknown key is in the override: ("lessons", "simple-returns", ...)."""


def _check_known(override: Mapping[str, Any], data: Mapping[str, Any], source: str,
                 path: str = "") -> None:
    for key, value in override.items():
        where = f"{path}.{key}" if path else str(key)
        if key not in data:
            import difflib  # only on the error path

            close = difflib.get_close_matches(str(key), [str(k) for k in data], n=1, cutoff=0.6)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise UnknownRubricKey(f"{source}: unknown {_kind(path)} '{where}'{hint}",
                                   tuple(where.split(".")))
        if isinstance(value, Mapping) and isinstance(data[key], Mapping):
            _check_known(value, data[key], source, where)


def _kind(path: str) -> str:
    depth = path.count(".") + 1 if path else 0
    if path.startswith("lessons"):
        return ("key", "lesson", "lesson key", "check", "check key")[min(depth, 4)]
    return "key"


def _merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged
