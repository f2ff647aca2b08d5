# Two commands matter (see README): `make run` and `make test`. Both create the environment and
# install the Debian packages shenbao uses when they are missing and the machine allows it
# (scripts/system_deps.sh: as root or with passwordless sudo; otherwise it prints what is missing
# and the tests that need it skip with the reason).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell sha256sum pyproject.toml | cut -c1-12)
SAMPLE := samples/sample_package
SYSTEM_DEPS := scripts/system_deps.sh
PYTEST := $(BIN)/python -m pytest -q -p no:cacheprovider

.PHONY: run test test-fast golden env system-deps bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	rm -f $(VENV)/.installed-* && touch $(STAMP)

env: $(STAMP)

system-deps:
	$(SYSTEM_DEPS)

# Reviews the sample (outputs in out/sample_review), then opens the workspace on
# http://127.0.0.1:8501 with the sample loaded (Ctrl-C to stop).
run: $(STAMP)
	$(SYSTEM_DEPS) --run
	$(BIN)/shenbao review $(SAMPLE) -o out/sample_review
	$(BIN)/shenbao ui $(SAMPLE)

# The whole suite, offline, on every core (pytest-xdist; a file's tests stay in one worker, the
# workers share the parse/OCR cache); prints the 25 slowest tests.
test: $(STAMP) system-deps
	$(PYTEST) -n auto --dist loadfile --durations=25

# The inner loop: everything but the `slow` (OCR, LibreOffice, wheel) and `browser` tests.
test-fast: $(STAMP)
	$(PYTEST) -m "not slow and not browser"

# Rewrites tests/golden/*.json from what the code produces now; review the diff before committing.
golden: $(STAMP)
	SHENBAO_UPDATE_GOLDEN=1 $(PYTEST) tests/golden

bench: $(STAMP)
	$(BIN)/python bench/bench_ingest.py

clean:
	rm -rf .shenbao
