"""Everything computed from artifacts, once: flow counts, page signals, the policy reader,
structured data, marketplace detection, gathered in one `Analysis` that the checks and the
report builder both read.

Pure Python over plain data: may import `lib`, the language packs and `artifacts`; never the
browser, the checks, scoring or reports.
"""
