# Thin aliases for ./dev, which works even where make is not installed.
.PHONY: demo test lint bench
demo test lint bench:
	./dev $@
