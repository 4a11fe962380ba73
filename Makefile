# function-return-contract: `make` alone prints this help.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed

.DEFAULT_GOAL := help
.PHONY: help setup run generate check-generated lint test check bench bench-smoke native native-clean

help:  ## show the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

WHEELHOUSE := $(VENV)/wheelhouse

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@# The base install's wheels, for the test that installs the built wheel bare, offline.
	$(PY) -c "import tomllib; print(*tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies'], sep='\n')" > $(VENV)/base-requirements.txt
	$(PY) -m pip download --quiet --dest $(WHEELHOUSE) -r $(VENV)/base-requirements.txt
	touch $(STAMP)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

setup: $(STAMP) $(NODE_STAMP) chromium toolchains  ## create .venv and install the package (editable) with its dev tools; npm ci the TypeScript tools; Chromium, Go and a JDK for the tests

.PHONY: chromium screenshots
chromium:  ## install Debian's Chromium for the browser tests (as root with apt-get; else they are skipped)
	@if [ -x /usr/bin/chromium ]; then \
	  echo "chromium: /usr/bin/chromium is installed"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "chromium: installing Debian's chromium for the browser tests"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	    || echo "chromium: apt-get could not install it: the browser tests (tests/server/test_browser.py) will be SKIPPED"; \
	else \
	  echo "chromium: not installed, and installing it needs root and apt-get: the browser tests (tests/server/test_browser.py) will be SKIPPED"; \
	fi

TOOLCHAIN_PACKAGES := golang-go default-jdk-headless libjackson2-databind-java
.PHONY: toolchains
toolchains:  ## install Debian's Go, JDK and Jackson for the Go and Java type tests (as root with apt-get; else they are skipped)
	@if command -v go >/dev/null 2>&1 && command -v javac >/dev/null 2>&1 && [ -f /usr/share/java/jackson-databind.jar ]; then \
	  echo "toolchains: go, javac and Jackson are installed"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "toolchains: installing Debian's $(TOOLCHAIN_PACKAGES) for the Go and Java tests"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(TOOLCHAIN_PACKAGES) >/dev/null) \
	    || echo "toolchains: apt-get could not install them: the Go and Java tests (tests/clients/test_languages.py) will be SKIPPED"; \
	else \
	  echo "toolchains: not installed, and installing them needs root and apt-get: the Go and Java tests (tests/clients/test_languages.py) will be SKIPPED"; \
	fi

screenshots: $(STAMP) chromium  ## take docs/*.png: the playground and the API docs, in Chromium
	$(PY) scripts/screenshots.py --out docs

PORT ?= 8080

run: $(STAMP)  ## validate the example returns, then serve the example project (examples/project) on 127.0.0.1:$(PORT) (make run PORT=9000 for another port)
	$(BIN)/function-return validate examples/returns
	@echo "serving the project examples/project at http://127.0.0.1:$(PORT) (Ctrl-C stops)"
	@echo "  playground: http://127.0.0.1:$(PORT)/    API docs: http://127.0.0.1:$(PORT)/docs"
	@echo "try:"
	@echo "  curl -s -X POST -H 'Content-Type: application/json' -d '{\"args\": {\"party_size\": 4}}' http://127.0.0.1:$(PORT)/v1/agents/agent-1/branches/main/functions/make_booking/execute"
	@echo "  curl -s -X POST -H 'Content-Type: application/json' -d '{\"args\": {\"time\": \"19:30\"}, \"conversation\": {\"state\": {\"party_size\": 2}}}' http://127.0.0.1:$(PORT)/v1/agents/agent-1/branches/main/functions/flows.booking.choose_time/execute"
	@echo "  $(BIN)/function-return contract-test http://127.0.0.1:$(PORT)"
	$(BIN)/function-return serve --project examples/project --host 127.0.0.1 --port $(PORT)

generate: $(STAMP) $(NODE_STAMP)  ## rebuild generated/ from schema/
	$(PY) -m codegen --out generated

check-generated: $(STAMP) $(NODE_STAMP)  ## fail when generated/ differs from what schema/ gives
	$(PY) -m codegen --check

lint: $(STAMP) $(NODE_STAMP)  ## ruff, mypy, the layer rules (import-linter), redocly on the OpenAPI document
	$(BIN)/ruff check python codegen tests bench scripts
	$(BIN)/ruff format --check python codegen tests bench scripts
	$(BIN)/mypy
	$(BIN)/lint-imports
	REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true node_modules/.bin/redocly lint --format=stylish

test: $(STAMP) $(NODE_STAMP) chromium toolchains  ## run the test suite (installs Chromium, Go and a JDK for their tests where it can)
	$(BIN)/pytest -q

check: lint check-generated test  ## everything CI runs

native: $(STAMP)  ## compile the specialised validators with mypyc (optional, not in the wheel): used in preference to the .py
	$(PY) -m codegen.native

native-clean: $(STAMP)  ## remove the compiled validators: back to the pure-Python ones
	$(PY) -m codegen.native --clean

bench: $(STAMP) native  ## benchmark against the peers (pure Python and the native build); writes bench/results.md and bench/results.png
	$(PY) -m pip install --quiet -e '.[dev,bench]'
	$(PY) bench/run.py

bench-smoke: $(STAMP)  ## run every benchmark workload once on small inputs (seconds)
	BENCH_QUICK=1 $(PY) bench/run.py

.PHONY: bench-server
bench-server: $(STAMP) $(NODE_STAMP)  ## the server against a bare Starlette app under autocannon; writes its section of bench/results.md
	$(PY) bench/server.py --write bench/results.md

.PHONY: fuzz load
fuzz: $(STAMP)  ## the property tests with a big example budget (minutes)
	FUNCTION_RETURN_FUZZ=1 $(BIN)/pytest -q tests/core/test_properties.py --hypothesis-show-statistics

load: $(STAMP)  ## load-test the reference server on 127.0.0.1; writes its section of bench/results.md
	$(PY) bench/load.py --hostile --requests 5000 --concurrency 50 --duration 120 --write bench/results.md
