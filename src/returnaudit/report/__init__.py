"""The Report: the one model every reporter reads (its JSON form is the contract), built once
per audit from the artifacts, their `Analysis` and the scores; its gates, the comparison of two
reports, loading saved ones, and the summary of a multi-store run.

May import `lib`, `artifacts`, `analysis`, `checks`, `scoring` and the scenario's budgets;
never the browser, the reporters or the pipeline.
"""

from returnaudit.report.build import build_report
from returnaudit.report.model import Report

__all__ = ["Report", "build_report"]
