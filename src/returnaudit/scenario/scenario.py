"""The validated scenario the rest of the program reads: immutable, URLs resolved on demand."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from returnaudit.lib.errors import UsageError
from returnaudit.scenario.models import Budgets, Goal, ScenarioDocument, Step


@dataclass(frozen=True)
class Scenario:
    """A shopper's return path and the gates it must meet."""

    name: str
    file: str
    store_url: str
    """The entry point; `open` paths and `policy_url` are relative to it, prefix included."""
    language: str | None
    policy_url: str | None
    steps: tuple[Step, ...]
    goal: Goal | None
    budgets: Budgets | None
    secrets: frozenset[str]
    """Values that came from the environment: shown as *** everywhere."""
    rubric_override: dict[str, Any] | None = None
    """The scenario's `rubric:` key: weights or thresholds that differ for this store."""
    market: str | None = None
    """eu | other | None (read from the pages): whether EU consumer law applies."""
    withdrawal_steps: tuple[Step, ...] = ()
    """The path to the EU withdrawal function, walked after the return flow."""
    withdrawal_goal: Goal | None = None

    @classmethod
    def from_document(cls, doc: ScenarioDocument, steps: tuple[Step, ...], file: str,
                      secrets: frozenset[str], withdrawal_steps: tuple[Step, ...] = ()
                      ) -> Scenario:
        return cls(
            name=doc.name, file=file, store_url=doc.store.url, language=doc.store.language,
            policy_url=doc.policy_url, steps=steps, goal=doc.goal, budgets=doc.budgets,
            secrets=secrets, rubric_override=doc.rubric, market=doc.store.market,
            withdrawal_steps=withdrawal_steps,
            withdrawal_goal=doc.withdrawal.goal if doc.withdrawal else None,
        )

    def withdrawal_path(self) -> Scenario:
        """This scenario with the withdrawal path as its flow (walked by the same runner)."""
        return replace(self, steps=self.withdrawal_steps, goal=self.withdrawal_goal)

    def resolve(self, target: str) -> str:
        """A full URL for an `open:` path or `policy_url`, relative to store.url's prefix."""
        if urlsplit(target).scheme in ("http", "https"):
            return target
        base = self.store_url if self.store_url.endswith("/") else self.store_url + "/"
        parts = urlsplit(base)
        rel = urlsplit(target)
        path = parts.path.rstrip("/") + "/" + rel.path.lstrip("/")
        return urlunsplit((parts.scheme, parts.netloc, path, rel.query, rel.fragment))

    def with_base_url(self, base_url: str) -> Scenario:
        """Move the scenario to another host: scheme, host and port change; a path in
        `base_url` other than `/` replaces the store's prefix too."""
        new = urlsplit(base_url)
        if new.scheme not in ("http", "https") or not new.netloc:
            raise UsageError(f"--base-url must be an http(s) URL, got '{base_url}'")
        old = urlsplit(self.store_url)
        path = new.path if new.path not in ("", "/") else old.path
        moved = urlunsplit((new.scheme, new.netloc, path, old.query, ""))
        steps = tuple(self._move_step(step, old.netloc, new.netloc) for step in self.steps)
        withdrawal = tuple(self._move_step(step, old.netloc, new.netloc)
                           for step in self.withdrawal_steps)
        return replace(self, store_url=moved, steps=steps, withdrawal_steps=withdrawal)

    @staticmethod
    def _move_step(step: Step, old_host: str, new_host: str) -> Step:
        url = getattr(step, "url", None)
        if step.__class__.__name__ == "OpenStep" and url and urlsplit(url).netloc == old_host:
            parts = urlsplit(url)
            return step.model_copy(update={"url": urlunsplit(parts._replace(netloc=new_host))})
        return step

    @property
    def is_loopback(self) -> bool:
        """Whether the store runs on this machine (submit steps are then always allowed)."""
        return is_loopback_url(self.store_url)


def is_loopback_url(url: str) -> bool:
    """Whether the address is on this machine (localhost, 127.x, ::1)."""
    host = (urlsplit(url).hostname or "").lower()
    return host in ("localhost", "::1") or host.startswith("127.")
