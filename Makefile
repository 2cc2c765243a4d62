# Two entry points: `make run` (install and check the sample) and `make test` (install and test).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SAMPLE := ../shared/seeds/000_1927d8f9a20f693b.txt
DOC ?= $(if $(wildcard $(SAMPLE)),$(SAMPLE),examples/nemo-leaflet.txt)

.PHONY: run test install install-test system-deps clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .

install-test: $(BIN)/python system-deps
	$(BIN)/python -m pip install --quiet -e '.[test]'

# Debian packages used by the tests: GNU gettext (msgfmt --check) and chromium (HTML report).
system-deps:
	@if command -v apt-get >/dev/null 2>&1 && ! command -v msgfmt >/dev/null 2>&1; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null; \
	fi

run: install
	$(BIN)/medgloss check $(DOC); status=$$?; [ $$status -le 1 ] || exit $$status

test: install-test
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) build dist .pytest_cache
