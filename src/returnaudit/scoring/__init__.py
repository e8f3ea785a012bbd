"""The rubric (lessons, weights, thresholds: data in `rubric.yaml`) and the weighted scoring.

May import `lib`, `analysis` and `checks`; never reports or the browser.
"""
