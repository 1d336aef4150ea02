# The two set-up commands (see README): `make up` starts the platform, `make test` runs every test.
.PHONY: up down reset test fuzz bench faults

up:
	bash scripts/start-platform.sh

down:
	bash scripts/stop-platform.sh

# Wipes this machine's local data (.data: Kafka, PostgreSQL under FerretDB, Keycloak) and starts afresh with the current demo.
reset:
	bash scripts/stop-platform.sh
	rm -rf "$(or $(DATA_DIR),.data)"
	bash scripts/start-platform.sh

test:
	bash scripts/test-all.sh

# The fuzz stage alone (also the last stage of make test).
fuzz:
	bash tests/fuzz/run.sh

bench:
	bash scripts/bench-all.sh

# The fault suite on an instance of its own (RUNS=3 runs it three times in a row).
faults:
	RUNS=$(or $(RUNS),1) bash scripts/faults.sh
