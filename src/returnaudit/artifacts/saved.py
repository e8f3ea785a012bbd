"""Saved audits (--save-artifacts): the artifacts plus the scenario's gates, re-scored later."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from returnaudit.artifacts.model import ARTIFACTS_SCHEMA, Artifacts
from returnaudit.lib.errors import UsageError
from returnaudit.lib.files import dump_json, read_json, write_atomic
from returnaudit.scenario.models import Budgets


@dataclass(frozen=True)
class SavedAudit:
    """What `rescore` needs to give the same report without a browser."""

    artifacts: Artifacts
    budgets: Budgets | None
    rubric_override: dict[str, Any] | None

    def to_json(self) -> str:
        data = self.artifacts.to_dict()
        data["settings"] = {
            "budgets": self.budgets.model_dump(exclude_none=True) if self.budgets else None,
            "rubric": self.rubric_override,
        }
        return dump_json(data)


def save(path: Path, saved: SavedAudit) -> None:
    """Write atomically."""
    write_atomic(path, saved.to_json())


def load(path: Path) -> SavedAudit:
    """Read a saved audit; a file that is not one is a usage error (exit 2)."""
    data = read_json(path, "artifacts")
    if not isinstance(data, dict) or data.get("schema") != ARTIFACTS_SCHEMA:
        raise UsageError(f"{path}: not a returnaudit artifacts file (expected schema "
                         f"'{ARTIFACTS_SCHEMA}'; save one with run --save-artifacts)")
    settings = data.get("settings") or {}
    try:
        artifacts = Artifacts.from_dict(data)
        budgets = Budgets.model_validate(settings["budgets"]) if settings.get("budgets") else None
    except (KeyError, TypeError, ValidationError) as exc:
        raise UsageError(f"{path}: damaged artifacts file ({type(exc).__name__}: {exc})") from None
    return SavedAudit(artifacts, budgets, settings.get("rubric"))
