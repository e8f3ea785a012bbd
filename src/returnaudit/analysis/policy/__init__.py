"""Read a store's return/refund policy text into structured facts, with the sentence behind each.

`extract_facts(text, language=..., url=...)` -> `PolicyFacts`. The words come from the language
layer (`returnaudit.lang`: one YAML pack per language, its lexicon, sentences and negation);
the rules here decide what the words mean for each fact. Importing this package is cheap: the
packs (and pydantic) load on the first extraction.
"""

from returnaudit.analysis.policy.facts import (
    NO_POLICY,
    Evidence,
    PolicyFacts,
    detect_language,
    extract_facts,
)

__all__ = ["NO_POLICY", "Evidence", "PolicyFacts", "detect_language", "extract_facts"]
