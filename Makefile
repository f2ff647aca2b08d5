# Two commands matter (see README): `make run` and `make test`. Both create the environment.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell sha256sum pyproject.toml | cut -c1-12)
SAMPLE := samples/sample_package

.PHONY: run test env bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	rm -f $(VENV)/.installed-* && touch $(STAMP)

env: $(STAMP)

# Reviews the sample (outputs in out/sample_review), then opens the workspace on
# http://127.0.0.1:8501 with the sample loaded (Ctrl-C to stop).
run: $(STAMP)
	$(BIN)/shenbao review $(SAMPLE) -o out/sample_review
	$(BIN)/shenbao ui $(SAMPLE)

test: $(STAMP)
	$(BIN)/python -m pytest -q -p no:cacheprovider

bench: $(STAMP)
	$(BIN)/python bench/bench_ingest.py

clean:
	rm -rf .shenbao
