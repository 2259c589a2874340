#!/usr/bin/env bash
# Start-up benchmark: time from the start command to /health/ready answering UP, and the server's
# resident memory once ready. Five runs on an already provisioned server; prints each and the median.
# Usage: benchmarks/startup.sh   (provisions portal-ear/target/server first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
SERVER=portal-ear/target/server
RUNS=${RUNS:-5}

if [ ! -x "$SERVER/bin/standalone.sh" ]; then
    mvn -B -q -Prun package -Dexec.skip=true
fi

times=(); rss=()
for i in $(seq 1 "$RUNS"); do
    start=$(date +%s%N)
    MSP_DEMO=true "$SERVER/bin/standalone.sh" > "target-startup-$i.log" 2>&1 &
    deadline=$((SECONDS + 120))
    until curl -sf http://localhost:9990/health/ready 2>/dev/null | grep -q '"status":"UP"'; do
        [ $SECONDS -lt $deadline ] || { echo "not ready after 120 s"; exit 1; }
        sleep 0.1
    done
    end=$(date +%s%N)
    pid=$(pgrep -f "jboss-modules.jar.*$(realpath $SERVER)" | head -1)
    kb=$(ps -o rss= -p "$pid" | tr -d ' ')
    ms=$(( (end - start) / 1000000 ))
    times+=("$ms"); rss+=("$kb")
    echo "run $i: ready in ${ms} ms, resident ${kb} KiB"
    "$SERVER/bin/jboss-cli.sh" -c --command=:shutdown > /dev/null
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    rm -f "target-startup-$i.log"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "median: ready in $(median "${times[@]}") ms, resident $(( $(median "${rss[@]}") / 1024 )) MiB"
