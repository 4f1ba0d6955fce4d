# One entry point for the chores.
PY ?= .venv/bin/python

.PHONY: test bench check-reference

test:
	$(PY) -m pytest -q

bench:
	$(PY) bench/bench_check.py
	$(PY) bench/accuracy.py
	$(PY) bench/bench_backfill.py
	$(PY) bench/bench_draft.py
	$(PY) bench/bench_charts.py
	$(PY) bench/bench_limits.py

check-reference:
	.venv/bin/writer check ../shared/reference/2026-01-31-weekly-report.md --week 2026-01-31
