#!/usr/bin/env bash
# Starts the local infrastructure: the Kafka broker, FerretDB (MongoDB wire protocol) and
# Keycloak (the OpenID Connect provider). Idempotent: installs what is missing (first run: Kafka
# jars and the Keycloak distribution from Maven Central, FerretDB built from the Go module
# proxy), formats Kafka's storage once, skips what already runs, and returns when all three
# accept connections. Settings: see infra/README.md.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

started=$SECONDS
say "local infra: state in $INFRA_DIR, data in $DATA_DIR"
# Kafka boots in the background while FerretDB is installed and started.
bash "$INFRA_SCRIPTS/kafka.sh" start --no-wait
bash "$INFRA_SCRIPTS/ferretdb.sh" start --no-wait
# Keycloak (the slowest to boot) starts once PostgreSQL runs (ferretdb.sh started it).
bash "$INFRA_SCRIPTS/keycloak.sh" start --no-wait
bash "$INFRA_SCRIPTS/kafka.sh" wait
bash "$INFRA_SCRIPTS/ferretdb.sh" wait
bash "$INFRA_SCRIPTS/keycloak.sh" wait
say "local infra up in $((SECONDS - started)) s; stop it with infra/local/down.sh"
echo "KAFKA_BROKERS=127.0.0.1:$KAFKA_PORT"
echo "MONGO_URL=mongodb://127.0.0.1:$MONGO_PORT"
echo "OIDC_ISSUER=$KEYCLOAK_URL/realms/salw"
