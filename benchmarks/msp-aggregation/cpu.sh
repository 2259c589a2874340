#!/usr/bin/env bash
# CPU seconds used so far by the portal's server (WildFly's JVM) and by the PostgreSQL processes alive now
# (the pool's backends; backends that have exited, such as parallel workers, are not counted).
# Run before and after MspAggregationBenchmark.java on the same machine as the database; subtract.
set -euo pipefail
tick=$(getconf CLK_TCK)
jvm=$(pgrep -f jboss-modules.jar | head -1)
j=$(awk '{print $14 + $15}' "/proc/$jvm/stat")
p=0
for pid in $(pgrep -x postgres); do
    v=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)
    p=$((p + v))
done
awk -v t="$tick" -v j="$j" -v p="$p" 'BEGIN { printf "server JVM %.2f s, PostgreSQL %.2f s\n", j / t, p / t }'
