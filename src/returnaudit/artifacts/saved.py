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

OLDER_SCHEMAS = frozenset({"returnaudit.artifacts/1"})
"""Artifacts files this version reads no more."""


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
    schema = data.get("schema") if isinstance(data, dict) else None
    if isinstance(schema, str) and schema in OLDER_SCHEMAS:
        # Older files froze the browser's verdicts (support pushes, channels, the footer link)
        # instead of what it saw: there is nothing to re-judge them from.
        raise UsageError(f"{path}: saved by an older returnaudit ({schema}); gather it again "
                         "with run --save-artifacts")
    if not isinstance(data, dict) or schema != ARTIFACTS_SCHEMA:
        raise UsageError(f"{path}: not a returnaudit artifacts file (expected schema "
                         f"'{ARTIFACTS_SCHEMA}'; save one with run --save-artifacts)")
    settings = data.get("settings") or {}
    try:
        artifacts = Artifacts.from_dict(data)
        budgets = Budgets.model_validate(settings["budgets"]) if settings.get("budgets") else None
    except (KeyError, TypeError, ValidationError) as exc:
        raise UsageError(f"{path}: damaged artifacts file ({type(exc).__name__}: {exc})") from None
    return SavedAudit(artifacts, budgets, settings.get("rubric"))
