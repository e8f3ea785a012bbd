"""The Report: the one model every reporter reads (its JSON form is the contract)."""

from .build import build_report
from .model import Report

__all__ = ["Report", "build_report"]
