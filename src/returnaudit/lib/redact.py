"""Secrets (values read from the environment) are shown as *** wherever they would appear."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

MASK = "***"
# Shorter values are masked only where they stand whole, never inside other text:
# masking every "1" or "ab" in a report would destroy it and reveal little.
_MIN_SUBSTRING = 4


class Redactor:
    """Masks a fixed set of secret values in strings and nested data."""

    def __init__(self, secrets: Iterable[str]) -> None:
        self._secrets = sorted({s for s in secrets if s}, key=len, reverse=True)

    def text(self, value: str) -> str:
        """`value` with every secret masked."""
        if value in self._secrets:
            return MASK
        for secret in self._secrets:
            if len(secret) >= _MIN_SUBSTRING and secret in value:
                value = value.replace(secret, MASK)
        return value

    def data(self, value: Any) -> Any:
        """Nested dicts/lists/strings with every string masked."""
        if not self._secrets:
            return value
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {k: self.data(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [self.data(v) for v in value]
        return value
