# magpipe: `make demo` and `make test` install what is missing, then run.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
DEMO   := out/demo

.PHONY: demo test test-fast bench fixtures lexicon confusion lm lint system-deps system-deps-browser system-deps-fonts system-deps-bench venv clean

demo: system-deps venv
	$(VENV)/bin/magpipe run fixtures/*.pdf --out-dir $(DEMO)
	@echo "results: $(DEMO)/articles.jsonl, $(DEMO)/report.json, $(DEMO)/<doc>/review.html"

# The tests run in parallel, a worker per core (pytest-xdist), each test module on one worker
# (its module-scoped fixtures computed once; the layout rounds' shared checks a round to a
# worker), the costly modules handed out first (tests/conftest.py). `make test JOBS=0` runs them all in this process.
JOBS   ?= auto
PYTEST := $(PY) -m pytest -q -n $(JOBS) --dist loadfile --no-loadscope-reorder

test: system-deps-browser venv
	$(PYTEST)

# Everything but the tests that run Tesseract on whole pages (marked slow): five sixths of
# the suite's time (the layout generators' checks are the bulk of it).
test-fast: system-deps-browser venv
	$(PYTEST) -m "not slow"

bench: system-deps system-deps-fonts system-deps-bench venv
	$(PY) bench/run_all.py

fixtures: system-deps venv
	$(PY) fixtures/generate.py
	$(PY) fixtures/legacy.py
	$(PY) fixtures/textlayers.py
	$(PY) tools/truth_to_split.py fixtures/bulletin-digital.truth.json tests/data/split-digital.json

# Rebuild the repair stage's shipped data (see pipeline/repair/lexicon/README.md).
lexicon: venv
	$(PY) tools/build_lexicon.py
	$(PY) tools/build_candidate_index.py

# The syllable trigram model and the confusion sets' classifier from ../shared/corpora
# (several minutes each, one core, niced).
lm: venv
	nice -n 10 $(PY) tools/build_lm.py
	nice -n 10 $(PY) tools/build_context_sets.py

confusion: system-deps-fonts venv
	nice -n 10 $(PY) tools/learn_confusion.py
	$(PY) tools/build_candidate_index.py

# mypy reads the package through .mypy-src/magpipe, a link to pipeline/ (it names modules
# after folders, and pipeline/ installs as magpipe).
lint: venv
	$(VENV)/bin/ruff check pipeline tests bench tools fixtures
	@mkdir -p .mypy-src && ln -sfn ../pipeline .mypy-src/magpipe
	$(VENV)/bin/mypy

system-deps:
	@tools/ensure-system-deps.sh

system-deps-browser:
	@tools/ensure-system-deps.sh --browser

# Typefaces for building the confusion table and its bench (never needed by the product).
system-deps-fonts:
	@tools/ensure-system-deps.sh --fonts

# ghostscript for the OCRmyPDF comparison; without it that one figure is skipped.
system-deps-bench:
	-@tools/ensure-system-deps.sh --bench

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

clean:
	rm -rf out .bench .pytest_cache .mypy_cache .mypy-src
