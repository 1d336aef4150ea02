#!/usr/bin/env bash
# The local Apache Kafka broker (KRaft, one node) run from its Maven Central jars.
#
#   kafka.sh install          fetch the jars into $INFRA_DIR/kafka/libs (when missing)
#   kafka.sh start [--no-wait] install, format the storage once, start, wait for the port
#   kafka.sh wait             wait until a started broker accepts connections
#   kafka.sh stop             TERM, then KILL after INFRA_STOP_TIMEOUT s; keeps the data
#   kafka.sh restart          stop, then start
#   kafka.sh status           exit 0 when running, 3 when not
#
# Integration tests stop and start the broker alone with this script (outage tests).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

POM="$REPO_ROOT/infra/kafka/pom.xml"
TEMPLATE="$REPO_ROOT/infra/kafka/server.properties.template"
LOG4J="$REPO_ROOT/infra/kafka/log4j2.properties"
LIBS="$INFRA_DIR/kafka/libs"
KAFKA_DATA="$DATA_DIR/kafka"
CONFIG="$RUN_DIR/kafka-server.properties"
PIDFILE="$RUN_DIR/kafka.pid"
LOGFILE="$RUN_DIR/kafka.log"
PATTERN="kafka.Kafka $CONFIG"
KAFKA_VERSION="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$POM")"

install() {
  local want
  want="$(stamp "$POM")"
  if [ -f "$LIBS/.installed" ] && [ "$(cat "$LIBS/.installed")" = "$want" ]; then
    say "kafka: Kafka $KAFKA_VERSION jars present ($LIBS)"
    return 0
  fi
  require_java
  require_cmd mvn maven
  say "kafka: installing Kafka $KAFKA_VERSION jars from Maven Central into $LIBS (mvn, ~10 s on a first run)"
  mkdir -p "$INFRA_DIR/kafka"
  rm -rf "$LIBS.tmp"
  if ! mvn -q -B -Dstyle.color=never -f "$POM" dependency:copy-dependencies -DincludeScope=runtime \
    -DoutputDirectory="$LIBS.tmp" >"$INFRA_DIR/kafka/mvn.log" 2>&1; then
    sed 's/\x1b\[[0-9;]*m//g' "$INFRA_DIR/kafka/mvn.log" | tail -n 30 >&2
    die "mvn could not fetch the Kafka jars (is Maven Central reachable? full output: $INFRA_DIR/kafka/mvn.log)"
  fi
  ls "$LIBS.tmp"/kafka_2.13-"$KAFKA_VERSION".jar >/dev/null 2>&1 || die "mvn ran but $LIBS.tmp has no kafka_2.13-$KAFKA_VERSION.jar"
  printf '%s\n' "$want" >"$LIBS.tmp/.installed"
  rm -rf "$LIBS"
  mv "$LIBS.tmp" "$LIBS"
  say "kafka: installed $(find "$LIBS" -name '*.jar' | wc -l) jars"
}

render_config() {
  local text
  mkdir -p "$RUN_DIR" "$KAFKA_DATA"
  text="$(cat "$TEMPLATE")"
  text="${text//@KAFKA_PORT@/$KAFKA_PORT}"
  text="${text//@KAFKA_CONTROLLER_PORT@/$KAFKA_CONTROLLER_PORT}"
  text="${text//@KAFKA_DATA_DIR@/$KAFKA_DATA}"
  printf '%s\n' "$text" >"$CONFIG"
}

java_cmd() { java -Dlog4j2.configurationFile="$LOG4J" -cp "$LIBS/*" "$@"; }

format_storage() {
  [ -f "$KAFKA_DATA/meta.properties" ] && return 0
  local cluster_id out
  say "kafka: formatting the storage in $KAFKA_DATA (first start)"
  cluster_id="$(java_cmd kafka.tools.StorageTool random-uuid 2>>"$LOGFILE" | tail -n 1)"
  [ -n "$cluster_id" ] || die "kafka: StorageTool random-uuid printed nothing (see $LOGFILE)"
  if ! out="$(java_cmd kafka.tools.StorageTool format -t "$cluster_id" -c "$CONFIG" 2>&1)"; then
    printf '%s\n' "$out" >>"$LOGFILE"
    die "kafka: formatting $KAFKA_DATA failed: $(printf '%s' "$out" | tail -n 5)"
  fi
  printf '%s\n' "$out" >>"$LOGFILE"
}

wait_up() {
  wait_ready kafka "$PIDFILE" "$PATTERN" "$KAFKA_PORT" "$LOGFILE" "Kafka Server started"
  [ "${1:-}" = quiet ] || say "kafka: ready on 127.0.0.1:$KAFKA_PORT (pid $(live_pid "$PIDFILE" "$PATTERN"))"
}

start() {
  local pid wait=1
  [ "${1:-}" = "--no-wait" ] && wait=0
  lock kafka
  if pid="$(live_pid "$PIDFILE" "$PATTERN")"; then
    if port_open "$KAFKA_PORT"; then
      say "kafka: already running (pid $pid, 127.0.0.1:$KAFKA_PORT)"
      [ "$wait" = 0 ] || wait_up quiet
      return 0
    fi
    say "kafka: started earlier (pid $pid), not accepting connections yet"
  else
    rm -f "$PIDFILE"
    for port in "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"; do
      ! port_open "$port" || port_taken_error kafka "$port" "KAFKA_PORT / KAFKA_CONTROLLER_PORT"
    done
    install
    require_java
    render_config
    format_storage
    start_bg "$PIDFILE" "$LOGFILE" java -Xmx"$KAFKA_HEAP" -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
      -XX:+ExitOnOutOfMemoryError -Djava.awt.headless=true -Dlog4j2.configurationFile="$LOG4J" \
      -cp "$LIBS/*" kafka.Kafka "$CONFIG"
    say "kafka: starting Kafka $KAFKA_VERSION (pid $(cat "$PIDFILE"), 127.0.0.1:$KAFKA_PORT, data $KAFKA_DATA, log $LOGFILE)"
  fi
  [ "$wait" = 0 ] || wait_up
}

component_cli kafka "$KAFKA_PORT" TERM "" "$@"
