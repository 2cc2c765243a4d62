# Two entry points: `make run` (install and check the sample) and `make test` (install and test).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SAMPLE := ../shared/seeds/000_1927d8f9a20f693b.txt
DOC ?= $(if $(wildcard $(SAMPLE)),$(SAMPLE),examples/nemo-leaflet.txt)

.PHONY: run test install install-test system-deps clean catalogs bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .

install-test: $(BIN)/python system-deps
	$(BIN)/python -m pip install --quiet -e '.[test]'

# Debian packages used by the tests: GNU gettext (msgfmt --check) and chromium (HTML report);
# and the data read when a glossary is compiled: FreeDict's English-French dictionary (the
# generated calques' word pairs; GPL, read from /usr/share/dictd, never copied).
SYSTEM_PACKAGES := gettext:msgfmt chromium:chromium chromium-driver:chromedriver
SYSTEM_DATA := dict-freedict-eng-fra:/usr/share/dictd/freedict-eng-fra.dict.dz
system-deps:
	@missing=""; for pc in $(SYSTEM_PACKAGES); do \
		command -v $${pc#*:} >/dev/null 2>&1 || missing="$$missing $${pc%%:*}"; \
	done; \
	for pf in $(SYSTEM_DATA); do \
		[ -e $${pf#*:} ] || missing="$$missing $${pf%%:*}"; \
	done; \
	if [ -n "$$missing" ] && command -v apt-get >/dev/null 2>&1; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi

run: install
	$(BIN)/medgloss check $(DOC); status=$$?; [ $$status -le 1 ] || exit $$status

test: install-test
	$(BIN)/python -m pytest -q

# medgloss's own messages: extract them from the source (Babel), merge them into the French
# catalog, compile it.  Translate the new entries of locales/fr/LC_MESSAGES/medgloss.po, then
# run it again to compile.
catalogs: install
	$(BIN)/pybabel extract -F babel.cfg -k _ -k N_ -k ngettext:1,2 --no-default-keywords --add-comments=TRANSLATORS: \
		--project=medgloss --version=$$($(BIN)/python -c 'import medgloss; print(medgloss.__version__)') \
		--msgid-bugs-address=https://github.com/medgloss/medgloss/issues --copyright-holder="medgloss developers" \
		-o locales/medgloss.pot .
	$(BIN)/pybabel update -i locales/medgloss.pot -d locales -D medgloss -l fr --no-fuzzy-matching --ignore-obsolete
	$(BIN)/pybabel compile -d locales -D medgloss -l fr --statistics

clean:
	rm -rf $(VENV) build dist .pytest_cache

# Benchmark (issue 7): builds a French corpus from manpages-fr and debian-reference-fr (installed
# with apt-get if missing) and prints every figure of the README's "Performance" section.
bench: install
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)
