"""The Report: the one model every reporter reads (its JSON form is the contract)."""

from returnaudit.report.build import build_report
from returnaudit.report.model import Report

__all__ = ["Report", "build_report"]
