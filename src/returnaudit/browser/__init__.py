"""The browser: the only code that imports Playwright. Finds, launches or connects to a
Chromium, runs a scenario's steps and gathers what the pages show into plain artifacts.

May import `lib`, `scenario`, `artifacts` and `analysis`; never the checks, scoring, reports or
the pipeline.
"""
