#!/usr/bin/env bash
# One table on a Raspberry Pi's budget (docs/performance.md, "One table on a Pi's budget"): the real
# `./ashiatsu serve` on the simulator (benchmarks/pi-budget.yaml: 8 channels at 80 Hz, the limit crossed four
# times a minute), recording, pinned to core 0 with -XX:ActiveProcessorCount=1 and a capped heap, watched by
# live viewers on /ws/live that run on the last core. Prints the summary and leaves it, samples.csv, gc.log
# and serve.log in the output directory (default benchmarks/target/pi-budget-<time>).
#
#   benchmarks/pi-budget.sh [--seconds 120] [--heap 256m] [--viewers 5] [--warmup 30] [--out DIR]
#                           [--core 0 | -1 (not pinned, no processor cap)] [--nice -10] [--java-opts "all the JVM options"]
#                           [--review DATA_DIR [--review-every 60]]
#
# Without --java-opts the server gets the launcher's default options, with -Xmx set to --heap if given (and, when
# pinned, -XX:ActiveProcessorCount=1); -Xlog:gc to gc.log is always added. The server runs at nice -10, as
# the systemd unit of docs/hardware.md runs it (--nice 0: as this shell). --review copies the recorded sessions
# of DATA_DIR into the table's data and opens one of them in turn every --review-every seconds after the
# warm-up, as the session page does; one-hour sessions for it (recorded by the real journal recorder):
#   mvn -B -q -pl dashboard -am verify -Dtest=HourSessionsSeed -Dseed.dir=DATA_DIR -Dsurefire.failIfNoSpecifiedTests=false
# On a shared machine, run long runs under a lock so that two timed runs never overlap:
#   flock /path/to/measure.lock benchmarks/pi-budget.sh --seconds 1800
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./ashiatsu --help >/dev/null    # builds the application jar when missing or stale, before anything is timed
bench="$root/benchmarks/target/benchmarks.jar"
if [ ! -f "$bench" ] || [ -n "$(find benchmarks/src benchmarks/pom.xml -newer "$bench" -type f -print -quit)" ]; then
  mvn -B -q -DskipTests -pl benchmarks -am package
fi
viewers_core=()
if [ "$(nproc)" -gt 1 ]; then
  viewers_core=(taskset -c "$(( $(nproc) - 1 ))")
fi
exec "${viewers_core[@]}" java -cp "$bench" dev.ashiatsu.bench.pi.PiBudget --repo "$root" "$@"
