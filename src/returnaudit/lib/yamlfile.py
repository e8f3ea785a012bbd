"""Read the package's own YAML data files (packs, rubric) with libyaml's safe loader if present."""

from __future__ import annotations

from typing import Any

import yaml

# The C loader is several times faster and as safe; pure Python is the fallback.
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """Parse YAML text with the safe loader."""
    return yaml.load(text, Loader=_LOADER)
