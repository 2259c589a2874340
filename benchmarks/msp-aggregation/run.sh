#!/usr/bin/env bash
# MSP aggregation benchmark on PostgreSQL (127.0.0.1:5432, database test, schema msp_bench):
# for each size, generate that many enquiries with outcomes and feedback (fixed seed), then in the
# same run time the hand-written SQL GROUP BY for SG4a and the msp-aggregation job for the same
# period, and sample the server's heap (jstat) while the job runs. Logs go to benchmarks/msp-aggregation/target/.
# Usage: [CHUNK_SIZE=10000] [HEAP=1g] [JFR=1] benchmarks/msp-aggregation/run.sh [sizes...]   (default: 100000 1000000)
# JFR=1 also records a Java Flight Recorder profile of the server while the job runs ($OUT/job-<size>.jfr).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ $# -gt 0 ]; then SIZES=("$@"); else SIZES=(100000 1000000); fi
SERVER=portal-ear/target/server
PERIOD=${PERIOD:-2025-26}
HEAP=${HEAP:-1g}
JDBC="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=msp_bench"
PG_JAR=$(ls ~/.m2/repository/org/postgresql/postgresql/42.7.8/postgresql-42.7.8.jar)
export PGPASSWORD=postgres
OUT=benchmarks/msp-aggregation/target
mkdir -p "$OUT"

mvn -B -q install -DskipTests
mvn -B -q -Prun package -pl wildfly-config,portal-ear -Dmsp.db=postgresql -Dexec.skip=true

for n in "${SIZES[@]}"; do
    psql -q -h 127.0.0.1 -U postgres test -c "DROP SCHEMA IF EXISTS msp_bench CASCADE; CREATE SCHEMA msp_bench"
    MSP_DEMO=true MSP_DB_URL="$JDBC" MSP_REPORTING_CHUNK_SIZE="${CHUNK_SIZE:-10000}" JAVA_OPTS="-Xms${HEAP} -Xmx${HEAP}" "$SERVER/bin/standalone.sh" > "$OUT/server-$n.log" 2>&1 &
    until curl -sf http://localhost:9990/health/ready 2>/dev/null | grep -q '"status":"UP"'; do sleep 1; done
    pid=$(pgrep -f "jboss-modules.jar.*$(realpath $SERVER)" | head -1)
    start=$(date +%s)
    PGOPTIONS="-c search_path=msp_bench" psql -q -h 127.0.0.1 -U postgres test -v n="$n" -f benchmarks/msp-aggregation/generate.sql
    echo "size $n: generated in $(( $(date +%s) - start )) s"
    if [ -n "${JFR:-}" ]; then jcmd "$pid" JFR.start name=job settings=profile filename="$(realpath "$OUT")/job-$n.jfr" > /dev/null; fi
    jstat -gc "$pid" 500 > "$OUT/heap-$n.jstat" &
    jstat_pid=$!
    java -cp "$PG_JAR" benchmarks/msp-aggregation/MspAggregationBenchmark.java http://localhost:8080/ "$JDBC" "$PERIOD"
    kill "$jstat_pid"
    if [ -n "${JFR:-}" ]; then jcmd "$pid" JFR.stop name=job > /dev/null; fi
    # Heap used = survivor + eden + old (KB); old generation alone shows what is retained.
    awk 'NR>1 { used=$3+$4+$6+$8; if (used>max) max=used; if ($8>old) old=$8 } END {
        printf "server heap while the job ran: max used %.0f MiB, max old generation %.0f MiB (limit %s)\n", max/1024, old/1024, "'"$HEAP"'" }' \
        "$OUT/heap-$n.jstat"
    "$SERVER/bin/jboss-cli.sh" -c --command=:shutdown > /dev/null
    while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done
done
