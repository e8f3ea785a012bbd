"""`returnaudit init`'s reasoning: from what the exploration read (plain data) to a commented
scenario: the shopper's path (self-service, or up to where a shopper stops), the values for the
return form, the goal, what was found where and what is a guess.

Pure Python over plain data: may import `lib`, `lang`, `scenario` (to check what it writes),
`artifacts` and `analysis`; never the browser, the checks, reports or the pipeline.
"""
