# Two entry points for a fresh machine: `make app` and `make test`. Everything else is a detail.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: install model app test lint corpus bench

$(BIN)/threshold-analyser: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

install: $(BIN)/threshold-analyser

# The indicator model is built from annotations/ and the blind batches 1 and 3 (about 1 min), once per model version.
model: install
	$(BIN)/python -c "from analyser.model import load; raise SystemExit(load() is None)" \
	  || $(BIN)/threshold-analyser train

app: model
	$(BIN)/streamlit run app.py

test: model
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check analyser tests corpus app.py

corpus: install
	$(BIN)/python -m corpus.build

bench: install
	$(BIN)/python -m bench
