#!/usr/bin/env bash
# Search benchmark on PostgreSQL (127.0.0.1:5432, database test, schema search_bench):
# 1. starts the portal on that schema (no demo data), publishes N synthetic comments through the search
#    outbox (generate.sql, fixed seed) and times the search module redacting, tagging and indexing them all;
# 2. stops the portal, builds PostgreSQL full-text search over the same redacted comments (prepare-fts.sql,
#    timed), and
# 3. runs the same mix of searches at a fixed arrival rate against the Lucene index and against PostgreSQL
#    (SearchQueryBenchmark.java), in the same run. Logs in benchmarks/search-load/target/.
# Usage: [RATE=10] [DURATION=60] benchmarks/search-load/run.sh [N]   (default N: 1000000)
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-1000000}
RATE=${RATE:-10}
DURATION=${DURATION:-60}
SERVER=portal-ear/target/server
JDBC="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=search_bench"
OUT=benchmarks/search-load/target
M2=~/.m2/repository
export PGPASSWORD=postgres
PSQL="psql -q -h 127.0.0.1 -U postgres test"
mkdir -p "$OUT"

mvn -B -q install -DskipTests
mvn -B -q -Prun package -pl wildfly-config,portal-ear -Dmsp.db=postgresql -Dexec.skip=true

$PSQL -c "DROP SCHEMA IF EXISTS search_bench CASCADE; CREATE SCHEMA search_bench"
rm -rf "$SERVER/standalone/data/msp/search-index"
MSP_DB_URL="$JDBC" JAVA_OPTS="-Xms2g -Xmx2g" "$SERVER/bin/standalone.sh" > "$OUT/server-$N.log" 2>&1 &
until curl -sf http://localhost:9990/health/ready 2>/dev/null | grep -q '"documents":'; do sleep 1; done
pid=$(pgrep -f "jboss-modules.jar.*$(realpath $SERVER)" | head -1)

start=$(date +%s)
PGOPTIONS="-c search_path=search_bench" $PSQL -v n="$N" -f benchmarks/search-load/generate.sql
echo "generated $N comments in the outbox in $(( $(date +%s) - start )) s"
start=$(date +%s.%N)
until curl -sf http://localhost:9990/health/ready | grep -q "\"documents\":$N,"; do sleep 2; done
end=$(date +%s.%N)
awk -v n="$N" -v s="$start" -v e="$end" 'BEGIN { printf "indexed %d comments (redacted, tagged, stored, indexed) in %.0f s: %.0f comments per second\n", n, e - s, n / (e - s) }'
curl -s http://localhost:9990/health/ready | grep -o '"name":"search-index"[^}]*}'
du -sh "$SERVER/standalone/data/msp/search-index" | awk '{ print "Lucene index on disk: " $1 }'
"$SERVER/bin/jboss-cli.sh" -c --command=:shutdown > /dev/null
while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done

start=$(date +%s)
PGOPTIONS="-c search_path=search_bench" $PSQL -f benchmarks/search-load/prepare-fts.sql
echo "PostgreSQL full-text search built (tsvector + GIN) in $(( $(date +%s) - start )) s"
$PSQL -At -c "SELECT 'PostgreSQL table and indexes on disk: ' || pg_size_pretty(pg_total_relation_size('search_bench.bench_fts'))"

CP="$M2/org/apache/lucene/lucene-core/9.11.1/lucene-core-9.11.1.jar:$M2/org/apache/lucene/lucene-queryparser/9.11.1/lucene-queryparser-9.11.1.jar"
CP="$CP:$M2/org/apache/lucene/lucene-queries/9.11.1/lucene-queries-9.11.1.jar:$M2/org/apache/lucene/lucene-sandbox/9.11.1/lucene-sandbox-9.11.1.jar"
CP="$CP:$M2/org/apache/lucene/lucene-analysis-common/9.11.1/lucene-analysis-common-9.11.1.jar"
CP="$CP:$M2/org/postgresql/postgresql/42.7.8/postgresql-42.7.8.jar:search-module/target/classes"
java -Xmx2g -cp "$CP" benchmarks/search-load/SearchQueryBenchmark.java \
    "$SERVER/standalone/data/msp/search-index/practice-learning" "$JDBC" "$RATE" "$DURATION" | tee "$OUT/queries-$N.txt"
