# careflow — the two commands a new user needs: `make dev` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV     := .venv
PY       := $(VENV)/bin/python
CAREFLOW := $(VENV)/bin/careflow
# Lambda's python3.13 runtime; pyenv's shim may exist without the version selected, so probe it.
PYTHON313 ?= $(shell for p in python3.13 $$HOME/.pyenv/versions/3.13*/bin/python3.13 /usr/bin/python3.13; do \
                 $$p -c 'import sys; assert sys.version_info[:2]==(3,13)' 2>/dev/null && { echo $$p; break; }; done)
LAYER_PATHS := shared/python layers/tenant_context/python layers/rds/python layers/documents/python \
               layers/streaming/python layers/agents/python layers/channels/python

.PHONY: help
help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(VENV)/.stamp: requirements.txt requirements-dev.txt pyproject.toml
	@test -n "$(PYTHON313)" || { echo "Python 3.13 not found (install it, or set PYTHON313=/path/to/python3.13)"; exit 1; }
	test -x $(PY) || $(PYTHON313) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements-dev.txt
	$(PY) -m pip install -q --no-deps -e .
	# Lambda merges every layer's python/ into /opt/python; locally a .pth puts them on sys.path.
	@site=$$($(PY) -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])'); \
	  : > $$site/careflow-layers.pth; \
	  for p in $(LAYER_PATHS); do echo "$(CURDIR)/$$p" >> $$site/careflow-layers.pth; done
	touch $@

.PHONY: venv
venv: $(VENV)/.stamp ## create the virtualenv with pinned dependencies

.PHONY: services
services: venv node_modules ## install (if missing) and start Postgres, Redis, Kafka, LocalStack, simulators
	$(CAREFLOW) services up

.PHONY: services-down
services-down: venv ## stop the local services
	$(CAREFLOW) services down

.PHONY: migrate
migrate: venv ## apply the SQL migrations
	$(CAREFLOW) migrate

.PHONY: dev
dev: services migrate ## everything: services, migrations, demo tenant, local gateway + MSK pollers
	$(CAREFLOW) seed
	$(CAREFLOW) dev

.PHONY: test
test: services node_modules ## the whole test suite against real services
	$(PY) -m pytest -q

.PHONY: chaos chaos-short test-unit
chaos: venv ## fault injection (stops services!): only on a stack of its own, see tests/chaos
	CAREFLOW_CHAOS=1 $(PY) -m pytest -q tests/chaos

# The shortest form that still proves something: the database every consumer needs, and a
# provider outage with bookings, 40 messages, 20 s outages. CI runs it after `make test`; the
# harness's output is kept for the post-mortem a failed latency bound prints.
CHAOS_SHORT ?= CHAOS_FAULTS=postgres,doktor365-sim CHAOS_MESSAGES=40 CHAOS_OUTAGE_S=20 CHAOS_BOOK_EVERY=5 CHAOS_HARNESS_LOG=$(CURDIR)/.careflow/logs/chaos-harness.log
chaos-short: venv ## the short fault-injection run CI does (stops services!): only on a stack of its own
	CAREFLOW_CHAOS=1 $(CHAOS_SHORT) $(PY) -m pytest -q tests/chaos

test-unit: venv ## only the tests that need no services
	$(PY) -m pytest -q tests/unit

.PHONY: eval
eval: venv ## the agents' per-language safety report: every development set and every frozen held-out set
	$(PY) -m careflow_agents.eval

.PHONY: lint
lint: venv ## ruff + mypy
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy shared/python/careflow_shared layers/*/python functions/*/handler.py \
	    localstack/careflow_local cdk/careflow_cdk cdk/app.py cdk/grafana_provisioner/provision.py \
	    monitoring/dashboards/careflow_dashboards.py

.PHONY: dashboards
dashboards: venv ## regenerate the Grafana dashboards' JSON (monitoring/dashboards/generated/)
	$(PY) monitoring/dashboards/careflow_dashboards.py

.PHONY: rules-test
rules-test: ## check the Prometheus rules and run their unit tests (promtool)
	promtool check rules monitoring/prometheus/rules/*.yml
	promtool test rules monitoring/prometheus/tests/*.test.yml

ENV ?= dev
.PHONY: synth
synth: venv node_modules ## synthesize the CDK app offline (ENV=dev|staging|prod)
	npx cdk synth -c env=$(ENV) --quiet

.PHONY: test-infra
test-infra: venv node_modules ## the CDK proofs only (assertions, cdk-nag, cfn-lint, sizes)
	$(PY) -m pytest -q tests/infra

.PHONY: sizes
sizes: venv ## unzipped size of each function with its layers
	$(PY) cdk/careflow_cdk/sizes.py

.PHONY: local-stage
local-stage: services ## deploy the CDK app's local stage to LocalStack (done by services too)
	$(PY) -m careflow_local.cdk_local

.PHONY: deploy
deploy: venv node_modules ## cdk deploy to the AWS account in your environment (ENV=...)
	npx cdk deploy -c env=$(ENV) --require-approval broadening

node_modules: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

.PHONY: bench
bench: services migrate ## throughput/latency, cold starts (writes tests/bench/results.json)
	$(PY) -m tests.bench.bench_pipeline

.PHONY: clean
clean: ## remove caches (keeps .careflow data and the venv)
	rm -rf .pytest_cache .mypy_cache .ruff_cache cdk.out
