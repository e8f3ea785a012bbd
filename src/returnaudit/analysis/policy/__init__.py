"""Read a store's return/refund policy text into structured facts, with the sentence behind each.

`extract_facts(text, language=..., url=...)` -> `PolicyFacts`. Language packs are data files in
`lang/` (one YAML per language, schema in `pack_schema.py`); `packs.available_languages()` lists
them and a broken pack raises `packs.PackError`. Importing this package is cheap: the packs (and
pydantic) load on the first extraction.
"""

from returnaudit.analysis.policy.facts import (
    NO_POLICY,
    Evidence,
    PolicyFacts,
    detect_language,
    extract_facts,
)

__all__ = ["NO_POLICY", "Evidence", "PolicyFacts", "detect_language", "extract_facts"]
