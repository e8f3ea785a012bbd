"""The Report: the one model every reporter reads (its JSON form is the contract), built once
per audit from the artifacts, their `Analysis` and the scores; its gates, the comparison of two
reports, loading saved ones, and the summary of a multi-store run.

May import `lib`, `artifacts`, `analysis`, `checks`, `scoring` and the scenario's budgets;
never the browser, the reporters or the pipeline.
"""

# Only the model: a reporter that imports it must not load the checks and scoring, as
# `report.build` does.
from returnaudit.report.model import Report

__all__ = ["Report"]
