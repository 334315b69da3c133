# uaintl — `make demo` runs the main job on the bundled sample, `make test` runs the tests.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed-stamp

.PHONY: demo test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	@# argostranslate 1.11 (installed with --no-deps before) shares its import name with argos-translate-lt
	$(BIN)/python -m pip uninstall --quiet --yes argostranslate 2>/dev/null || true
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	$(BIN)/python -m pip check
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/uaintl engines
	$(BIN)/uaintl run || [ $$? -eq 1 ]  # 1: the sample still has units to review
	$(BIN)/uaintl stats
	$(BIN)/uaintl names check --exit-zero

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_names.py
	$(BIN)/python benchmarks/bench_mt.py
	$(BIN)/python benchmarks/bench_update.py

clean:
	rm -rf $(VENV) out .pytest_cache .hypothesis
