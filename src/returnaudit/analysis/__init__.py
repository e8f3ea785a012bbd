"""Everything computed from artifacts, once: flow counts, page signals (support pushes and
channels, the footer link), the policy reader, structured data, marketplace detection, gathered
in one `Analysis` that the checks and the report builder both read. The browser records what it
saw; what it means is decided here, so `rescore` re-judges saved artifacts with today's packs.

Pure Python over plain data: may import `lib`, `lang` (the language packs) and `artifacts`;
never the browser, the checks, scoring or reports.
"""
