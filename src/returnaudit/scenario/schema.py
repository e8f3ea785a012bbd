"""The JSON Schema of the scenario format, for editors (yaml-language-server) and tooling."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from returnaudit.scenario.models import ACTIONS, SHORTHAND_KEY, ScenarioDocument, WithdrawalPath

SCHEMA_ID = "https://returnaudit.dev/schema/scenario-1.json"


def scenario_json_schema() -> dict[str, Any]:
    """The whole scenario format: document keys, one alternative per action with its shorthand."""
    models: list[tuple[type[BaseModel], Literal["validation"]]] = [
        (ScenarioDocument, "validation"), (WithdrawalPath, "validation"),
        *((m, "validation") for m in ACTIONS.values())]
    refs, schema = models_json_schema(models, ref_template="#/$defs/{model}")
    doc_ref = refs[(ScenarioDocument, "validation")]["$ref"].split("/")[-1]
    root: dict[str, Any] = dict(schema["$defs"].pop(doc_ref))
    steps = {"oneOf": [_action_schema(name, refs) for name in ACTIONS]}
    root["properties"]["flow"] = {
        "type": "array",
        "description": "The shopper's path, in order; each item is one action.",
        "items": steps,
    }
    path_ref = refs[(WithdrawalPath, "validation")]["$ref"].split("/")[-1]
    schema["$defs"][path_ref]["properties"]["flow"]["items"] = steps
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **root,
        "title": "returnaudit scenario (version 1)",
        "$defs": schema["$defs"],
    }


def _action_schema(name: str, refs: Any) -> dict[str, Any]:
    ref = refs[(ACTIONS[name], "validation")]
    spec: dict[str, Any] = ref
    if name in SHORTHAND_KEY:
        shorthand = {"type": "string", "description": f"shorthand for {SHORTHAND_KEY[name]}: ..."}
        spec = {"oneOf": [shorthand, ref]}
    return {
        "type": "object",
        "properties": {name: spec},
        "required": [name],
        "additionalProperties": False,
        "description": (ACTIONS[name].__doc__ or "").strip(),
    }
