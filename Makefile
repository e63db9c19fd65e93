# Two commands from nothing: `make demo` runs the demo, `make test` runs the whole suite.
# Both create the virtualenv, install pinned packages and fetch the Kafka jars on first use.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: install kafka prometheus test demo bench bench-quick lint schemas lock clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is required")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev,rocksdb,bench]'
	touch $(STAMP)

install: $(STAMP)

kafka: install
	$(BIN)/dealwatch broker fetch

# The Prometheus server for tests/integration/test_prometheus.py (Debian package; skipped where not installable).
prometheus:
	sh deploy/prometheus/ensure-prometheus.sh

test: kafka prometheus
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/python -m pytest

demo: kafka
	$(BIN)/dealwatch demo

bench: kafka
	$(BIN)/python -m bench

bench-quick: kafka
	$(BIN)/python -m bench --quick

lint: install
	$(BIN)/ruff check .
	$(BIN)/mypy

schemas: install
	$(BIN)/python -m schemas.export

# Re-pin after changing dependencies in pyproject.toml.
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet -e '.[dev,rocksdb,bench]'
	.lock-venv/bin/pip freeze --exclude-editable | grep -v '^-e' > constraints.txt
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) .dealwatch
