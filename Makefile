# uaintl — `make demo` runs the main job on the bundled sample, `make test` runs the tests.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed-stamp
# LibreTranslate for the server tests and the benchmark, in an environment of its own: it pins its
# dependencies (flask 2.2, numpy<2, …). 1.9.6 pulls no torch. onnx builds the test packages' MiniSBD model.
LT_VENV  ?= .venv-libretranslate
LT_STAMP  = $(LT_VENV)/.installed-stamp

.PHONY: demo test bench clean libretranslate

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	@# argostranslate 1.11 (installed with --no-deps before) shares its import name with argos-translate-lt
	$(BIN)/python -m pip uninstall --quiet --yes argostranslate 2>/dev/null || true
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	$(BIN)/python -m pip check
	touch $(STAMP)

libretranslate: $(LT_STAMP)

$(LT_STAMP):
	$(PYTHON) -m venv $(LT_VENV)
	$(LT_VENV)/bin/python -m pip install --quiet --disable-pip-version-check 'libretranslate==1.9.6' 'onnx==1.23.2' 'numpy<2'
	$(LT_VENV)/bin/python -m pip check
	touch $(LT_STAMP)

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
	$(BIN)/python benchmarks/bench_check.py
	$(BIN)/python benchmarks/bench_segment.py

clean:
	rm -rf $(VENV) $(LT_VENV) out .pytest_cache .hypothesis
