"""Scenario files: the YAML language, its validation and its JSON Schema."""

from returnaudit.scenario.loader import load_scenario, parse_scenario, url_scenario
from returnaudit.scenario.scenario import Scenario

__all__ = ["Scenario", "load_scenario", "parse_scenario", "url_scenario"]
