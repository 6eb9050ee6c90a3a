# Two entry points for a fresh machine: `make app` and `make test`. Everything else is a detail.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: install app test lint corpus bench

$(BIN)/threshold-analyser: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

install: $(BIN)/threshold-analyser

app: install
	$(BIN)/streamlit run app.py

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check analyser tests corpus app.py

corpus: install
	$(BIN)/python -m corpus.build

bench: install
	$(BIN)/python -m bench
