#!/usr/bin/env bash
# Throughput benchmark: `palimpsest align` vs a plain Python difflib sentence diff, whole processes,
# on the same generated news version pairs. See bench/README.md.
#
#   bench/run-align-bench.sh [--rounds N] [--pairs N] [--seed S] [--mode text|sentences|mixed|all]
#                            [--corpus DIR]... [--rebuild] [--java] [--build-dir NAME] [--profile]
#                            [--wait-idle SECONDS]
#
# --mode all runs mixed, text and sentences inputs one after the other. --build-dir uses
# core/NAME, cli/NAME, bench/NAME instead of target (the parent pom's -Dbuild.dir.name).
# --profile adds one more align run (not in the medians) under Java Flight Recorder and summarises
# where the time went: threads busy over time, hottest methods, GC pauses. Before each timed run the
# script waits up to --wait-idle seconds (default 30, 0 = never) for other processes to go quiet; the
# table shows how many cores other processes still used during each tool's runs.
#
# Needs: java 17, python3 (standard library only), and mvn if the jar or generator is not built yet.
# palimpsest runs through the ./palimpsest launcher, as a user runs it (its JVM options and class-data
# archive included); --java runs plain "java $JAVA_OPTS -jar JAR" instead (JAVA_OPTS default -Xss4m).
# ALIGN_CMD replaces the whole command before "align" (e.g. another build: ALIGN_CMD="java -jar x.jar").
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

ROUNDS=3
PAIRS=10000
SEED=42
MODE=mixed
REBUILD=0
LAUNCHER=1
CORPUS=()
TARGET=3
BUILD_DIR=target
PROFILE=0
WAIT_IDLE=30

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rounds) ROUNDS="$2"; shift 2 ;;
    --pairs) PAIRS="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --mode) MODE="$2"; shift 2 ;;
    --corpus) CORPUS+=(--corpus "$2"); shift 2 ;;
    --rebuild) REBUILD=1; shift ;;
    --java) LAUNCHER=0; shift ;;
    --launcher) LAUNCHER=1; shift ;;
    --build-dir) BUILD_DIR="$2"; shift 2 ;;
    --profile) PROFILE=1; shift ;;
    --wait-idle) WAIT_IDLE="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done
case "$MODE" in text|sentences|mixed|all) ;; *) echo "--mode must be text, sentences, mixed or all" >&2; exit 2 ;; esac
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || { echo "--rounds must be a positive number" >&2; exit 2; }

JAR=cli/$BUILD_DIR/palimpsest.jar
GENERATOR_CLASSES=bench/$BUILD_DIR/classes
OUT=bench/out
mkdir -p "$OUT"

# ---- build (only what is missing, or everything with --rebuild) ----
if [[ $REBUILD == 1 || ! -f $JAR || ! -f $GENERATOR_CLASSES/dev/palimpsest/bench/PairGenerator.class ]]; then
  echo "building: mvn -q -pl core,cli,bench -am package -DskipTests -Dbuild.dir.name=$BUILD_DIR" >&2
  mvn -q -pl core,cli,bench -am package -DskipTests "-Dbuild.dir.name=$BUILD_DIR"
fi

if [[ -n ${ALIGN_CMD:-} ]]; then
  read -r -a PALIMPSEST <<<"$ALIGN_CMD"
elif [[ $LAUNCHER == 1 ]]; then
  PALIMPSEST=(./palimpsest)
  [[ $BUILD_DIR == target ]] || export PALIMPSEST_JAR="$ROOT/$JAR"
else
  # shellcheck disable=SC2206  # a list of words on purpose
  PALIMPSEST=(java ${JAVA_OPTS:--Xss4m} -jar "$JAR")
fi

# ---- machine ----
CORES=$(nproc 2>/dev/null || echo "?")
CPU_MODEL=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -1 || true)
MEM_GB=$(awk '/MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo 2>/dev/null || echo "?")
echo "machine: $CORES cores (${CPU_MODEL:-unknown cpu}), ${MEM_GB} GB RAM; $(java -version 2>&1 | head -1); $(python3 --version)"
echo "jar: $JAR ($(date -r "$JAR" '+%Y-%m-%d %H:%M' 2>/dev/null || echo missing)); rounds: $ROUNDS; pairs: $PAIRS; seed: $SEED"
echo "palimpsest: ${PALIMPSEST[*]} align --input PAIRS --output OUT"

generate() { # mode pairs file [--quiet]
  java -cp "$GENERATOR_CLASSES" dev.palimpsest.bench.PairGenerator \
    --pairs "$2" --seed "$SEED" --mode "$1" --output "$3" "${CORPUS[@]}" "${@:4}"
}

# ---- is `palimpsest align` there? Try it on two pairs. ----
generate mixed 2 "$OUT/probe.jsonl" --quiet
HAVE_ALIGN=0
if "${PALIMPSEST[@]}" align --input "$OUT/probe.jsonl" --output "$OUT/probe-out.jsonl" >"$OUT/probe.log" 2>&1 \
   && [[ -f $OUT/probe-out.jsonl && $(wc -l <"$OUT/probe-out.jsonl") -eq 2 ]]; then
  HAVE_ALIGN=1
else
  echo "WARNING: '${PALIMPSEST[*]} align' did not produce 2 output lines for 2 pairs; measuring difflib only." >&2
  sed 's/^/  | /' "$OUT/probe.log" | head -5 >&2
fi
generate mixed 1 "$OUT/one.jsonl" --quiet

run_mode() { # mode
  local mode=$1
  local pairs="$OUT/pairs-$mode.jsonl" log="$OUT/results-$mode.jsonl"
  echo
  echo "=== mode $mode: $PAIRS pairs ==="
  generate "$mode" "$PAIRS" "$pairs"
  rm -f "$log"
  cat "$pairs" >/dev/null # warm the page cache for both tools alike
  for ((round = 1; round <= ROUNDS; round++)); do
    echo "round $round/$ROUNDS" >&2
    # Alternate who goes first, so drift on the shared machine hits both tools alike.
    local order=(palimpsest difflib)
    ((round % 2 == 0)) && order=(difflib palimpsest)
    for tool in "${order[@]}"; do
      if [[ $tool == palimpsest && $HAVE_ALIGN == 1 ]]; then
        rm -f "$OUT/out-$mode.jsonl"
        python3 bench/measure.py time --label palimpsest --log "$log" --sample --wait-idle "$WAIT_IDLE" -- \
          "${PALIMPSEST[@]}" align --input "$pairs" --output "$OUT/out-$mode.jsonl" || true
        python3 bench/measure.py time --label palimpsest-1pair --log "$log" -- \
          "${PALIMPSEST[@]}" align --input "$OUT/one.jsonl" --output "$OUT/out-one.jsonl" || true
      elif [[ $tool == difflib ]]; then
        rm -f "$OUT/out-py-$mode.jsonl"
        python3 bench/measure.py time --label difflib --log "$log" --sample --wait-idle "$WAIT_IDLE" -- \
          python3 bench/difflib_baseline.py "$pairs" "$OUT/out-py-$mode.jsonl" || true
      fi
    done
  done
  echo
  echo "output check:"
  local ok=0
  if [[ $HAVE_ALIGN == 1 ]]; then
    python3 bench/measure.py check --expect "$PAIRS" --kind palimpsest "$OUT/out-$mode.jsonl" || ok=1
  fi
  python3 bench/measure.py check --expect "$PAIRS" --kind difflib "$OUT/out-py-$mode.jsonl" || ok=1
  python3 bench/measure.py report --pairs "$PAIRS" --target "$TARGET" "$log"
  if [[ $PROFILE == 1 && $HAVE_ALIGN == 1 && $LAUNCHER == 0 ]]; then
    echo
    echo "profile: one more align run under Java Flight Recorder ($OUT/align-$mode.jfr)"
    local jfr_java=("${PALIMPSEST[0]}" "-XX:StartFlightRecording=filename=$OUT/align-$mode.jfr,settings=profile"
                    "${PALIMPSEST[@]:1}")
    rm -f "$OUT/align-$mode.jfr"
    "${jfr_java[@]}" align --input "$pairs" --output "$OUT/out-$mode-profiled.jsonl" 2>/dev/null || true
    python3 bench/measure.py jfr "$OUT/align-$mode.jfr" || true
  fi
  return $ok
}

STATUS=0
if [[ $MODE == all ]]; then
  for m in mixed text sentences; do run_mode "$m" || STATUS=1; done
else
  run_mode "$MODE" || STATUS=1
fi
[[ $HAVE_ALIGN == 1 ]] || STATUS=1
exit $STATUS
