# The two set-up commands (see README): `make up` starts the platform, `make test` runs every test.
.PHONY: up down test bench

up:
	bash scripts/start-platform.sh

down:
	bash scripts/stop-platform.sh

test:
	bash scripts/test-all.sh

bench:
	bash scripts/bench-all.sh
