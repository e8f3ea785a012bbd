"""The artifacts: plain, JSON-serialisable data the browser gathered, and saved audits.

What the browser hands over and what `rescore` reads back. May import `lib` and `scenario`
(a saved audit keeps the scenario's budgets); never the browser, the analysis or above.
"""
