"""Scenario files: the YAML language, its strict validation (each error located at
file:line:column, naming the field) and its JSON Schema; the only code that reads scenarios.

May import `lib`, and the rubric to check a scenario's `rubric:` overrides; never the browser,
the analysis, the checks, reports or the pipeline.
"""

from returnaudit.scenario.loader import load_scenario, parse_scenario, url_scenario
from returnaudit.scenario.scenario import Scenario

__all__ = ["Scenario", "load_scenario", "parse_scenario", "url_scenario"]
