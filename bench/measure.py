#!/usr/bin/env python3
"""Measuring helper for run-align-bench.sh. Python 3 standard library only (Linux for --sample).

  measure.py time --label L --log RESULTS.jsonl [--sample] [--wait-idle S] -- COMMAND...
      Runs COMMAND as one child process and appends {label, wall_s, user_s, sys_s, max_rss_kb, exit}
      to the log. Wall time from time.perf_counter; CPU time and peak RSS from os.wait4's rusage, which
      covers the child and every descendant it waited for (so a launcher script plus its java counts).
      --sample also reads /proc every 100 ms and stores how many cores the process tree used per tick
      (and everything else on the machine). --wait-idle first waits up to S seconds for a quiet machine.
  measure.py check --expect N --kind palimpsest|difflib OUT.jsonl
      Counts lines and edits by type (plus moved, words) in an align-shaped output file.
  measure.py report --pairs N RESULTS.jsonl
      Prints medians per label, pairs/s, peak RSS, CPU use and the palimpsest/difflib throughput ratio.
  measure.py jfr RECORDING.jfr
      Summarises a Java Flight Recording (needs the JDK's `jfr` tool): CPU samples per thread and over
      time (how many threads were busy), hottest methods, GC pauses.
"""
import argparse
import collections
import json
import os
import re
import statistics
import subprocess
import sys
import threading
import time

TICK_S = 0.1
CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _proc_cpu(pid):
    """utime+stime (all threads) of one process, and its parent pid."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS, int(fields[1])


def _children(pid):
    kids = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as f:
                kids.extend(int(k) for k in f.read().split())
    except OSError:
        return None
    return kids


def tree_cpu_seconds(root):
    """utime+stime of root and its live descendants, from /proc (Linux)."""
    total, todo = 0.0, [root]
    while todo:
        pid = todo.pop()
        try:
            total += _proc_cpu(pid)[0]
        except OSError:
            continue
        kids = _children(pid)
        if kids is None:  # kernel without /proc/*/task/*/children: scan every process
            kids = []
            for name in os.listdir("/proc"):
                if name.isdigit():
                    try:
                        if _proc_cpu(int(name))[1] == pid:
                            kids.append(int(name))
                    except OSError:
                        pass
        todo.extend(kids)
    return total


def system_busy_seconds():
    """CPU seconds all processes on the machine have used since boot (/proc/stat), or 0 if unknown."""
    try:
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
    except (OSError, ValueError):
        return 0.0
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return (sum(fields[:8]) - idle) / CLOCK_TICKS


def wait_for_idle(max_wait_s, threshold=0.3):
    """Waits (at most max_wait_s) until other processes use under `threshold` cores over one second."""
    waited = 0.0
    while waited < max_wait_s:
        before = system_busy_seconds()
        time.sleep(1.0)
        waited += 1.0
        if system_busy_seconds() - before < threshold:
            return waited
    return waited


def cmd_time(args):
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        sys.exit("measure.py time: no command")
    waited = wait_for_idle(args.wait_idle) if args.wait_idle > 0 else 0.0
    samples = []
    start = time.perf_counter()
    child = subprocess.Popen(command)
    done = threading.Event()

    system_start = system_busy_seconds()

    def sample():
        last_t, last_cpu, last_system = 0.0, 0.0, system_start
        while not done.wait(TICK_S):
            try:
                cpu = tree_cpu_seconds(child.pid)
            except OSError:
                break
            system = system_busy_seconds()
            t = time.perf_counter() - start
            if cpu >= last_cpu:
                # [seconds since start, cores used by the command, cores used by everything else]
                samples.append([round(t, 2), round((cpu - last_cpu) / (t - last_t), 2),
                                round(max(0.0, (system - last_system) - (cpu - last_cpu)) / (t - last_t), 2)])
            last_t, last_cpu, last_system = t, cpu, system

    sampler = threading.Thread(target=sample, daemon=True) if args.sample else None
    if sampler:
        sampler.start()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    system_used = system_busy_seconds() - system_start
    done.set()
    if sampler:
        sampler.join()
    child.returncode = os.waitstatus_to_exitcode(status)
    record = {"label": args.label, "wall_s": round(wall, 3), "user_s": round(usage.ru_utime, 3),
              "sys_s": round(usage.ru_stime, 3), "max_rss_kb": usage.ru_maxrss, "exit": child.returncode}
    # Cores busy with other work on the machine meanwhile: a shared machine's noise, made visible.
    if args.wait_idle > 0:
        record["waited_for_idle_s"] = waited
    if system_start:
        record["others_cores"] = round(max(0.0, system_used - usage.ru_utime - usage.ru_stime) / wall, 2)
    if args.sample:
        record["cores"] = samples
    with open(args.log, "a") as log:
        log.write(json.dumps(record) + "\n")
    print(f"  {args.label:<22} {wall:7.2f} s wall  {(usage.ru_utime + usage.ru_stime) / wall * 100:4.0f} % CPU"
          f"  {usage.ru_maxrss / 1024:6.0f} MB peak RSS  exit {child.returncode}"
          + (f"  (other load {record['others_cores']:.1f} cores)" if "others_cores" in record else ""),
          file=sys.stderr)
    return child.returncode


def cmd_check(args):
    lines = 0
    types = {}
    moved = with_words = bad = 0
    with open(args.output, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            lines += 1
            try:
                record = json.loads(line)
                edits = record["edits"]
            except (ValueError, KeyError, TypeError):
                bad += 1
                continue
            for edit in edits:
                types[edit.get("type", "?")] = types.get(edit.get("type", "?"), 0) + 1
                moved += 1 if edit.get("moved") else 0
                with_words += 1 if edit.get("words") else 0
    ok = lines == args.expect and bad == 0
    print(f"  {args.kind:<10} {lines} lines{'' if lines == args.expect else f' (expected {args.expect})'}"
          f"{f', {bad} unparsable' if bad else ''}; edits: "
          + ", ".join(f"{t} {n}" for t, n in sorted(types.items()))
          + f"; moved {moved}; with word diffs {with_words}")
    if args.kind == "palimpsest":
        more = {k: v for k, v in (("moved", moved), ("SPLIT", types.get("SPLIT", 0)),
                                  ("MERGED", types.get("MERGED", 0)))}
        missing = [k for k, v in more.items() if v == 0]
        print("  palimpsest finds what difflib cannot: "
              + ", ".join(f"{k} {v}" for k, v in more.items())
              + ("" if not missing else f"  (WARNING: none {', '.join(missing)})"))
    return 0 if ok else 1


def median(values):
    return statistics.median(values) if values else float("nan")


def cmd_report(args):
    runs = {}
    with open(args.log) as f:
        for line in f:
            record = json.loads(line)
            runs.setdefault(record["label"], []).append(record)
    print(f"\n{'tool':<22} {'runs':>4} {'wall s (median)':>16} {'min-max':>13} {'pairs/s':>9}"
          f" {'peak RSS MB':>12} {'CPU use':>8} {'CPU ms/pair':>12} {'others, cores (max)':>20}")
    throughput = {}
    cpu_per_pair = {}
    for label, records in runs.items():
        ok = [r for r in records if r["exit"] == 0]
        failed = len(records) - len(ok)
        walls = [r["wall_s"] for r in ok]
        wall = median(walls)
        pairs = args.small if label.endswith("-1pair") else args.pairs
        rate = pairs / wall if ok else float("nan")
        throughput[label] = rate
        cpu = median([(r["user_s"] + r["sys_s"]) / r["wall_s"] for r in ok])
        rss = median([r["max_rss_kb"] / 1024 for r in ok])
        spread = f"{min(walls):.2f}-{max(walls):.2f}" if walls else "-"
        others = [r["others_cores"] for r in ok if "others_cores" in r]
        load = f"{median(others):.1f} ({max(others):.1f})" if others else "-"
        rate_text = "-" if label.endswith("-1pair") else f"{rate:.0f}"
        cpu_ms = median([(r["user_s"] + r["sys_s"]) * 1000 / pairs for r in ok])
        cpu_per_pair[label] = cpu_ms
        cpu_text = "-" if label.endswith("-1pair") else f"{cpu_ms:.2f}"
        print(f"{label:<22} {len(ok):>4} {wall:>16.2f} {spread:>13} {rate_text:>9} {rss:>12.0f} {cpu * 100:>7.0f}%"
              f" {cpu_text:>12} {load:>20}" + (f"  ({failed} failed)" if failed else ""))
    java, python = throughput.get("palimpsest"), throughput.get("difflib")
    if java and python:
        ratio = java / python
        print(f"\nthroughput ratio palimpsest/difflib (ratio of medians): {ratio:.2f}x"
              f"  -> target >= {args.target:g}x {'MET' if ratio >= args.target else 'NOT MET'}")
    if "palimpsest" in cpu_per_pair and "difflib" in cpu_per_pair:
        # CPU per pair hardly depends on what else runs on the machine; wall time does.
        cores = os.cpu_count() or 1
        java_ceiling = cores * 1000 / cpu_per_pair["palimpsest"]
        python_rate = 1000 / cpu_per_pair["difflib"]
        print(f"CPU per pair: palimpsest {cpu_per_pair['palimpsest']:.2f} ms, difflib {cpu_per_pair['difflib']:.2f} ms"
              f" ({cpu_per_pair['palimpsest'] / cpu_per_pair['difflib']:.1f}x). On an idle {cores}-core machine"
              f" palimpsest could reach at most ~{java_ceiling:.0f} pairs/s vs difflib ~{python_rate:.0f}"
              f" (ratio <= {java_ceiling / python_rate:.2f}x); {args.target:g}x needs <="
              f" {cores * cpu_per_pair['difflib'] / args.target:.2f} ms CPU per pair.")
    startup = runs.get("palimpsest-1pair")
    if startup and "palimpsest" in runs:
        fixed = median([r["wall_s"] for r in startup if r["exit"] == 0])
        full = median([r["wall_s"] for r in runs["palimpsest"] if r["exit"] == 0])
        print(f"palimpsest fixed cost (JVM start, class loading, 1 pair): {fixed:.2f} s"
              f" = {fixed / full * 100:.0f} % of the full run; steady rate without it:"
              f" {args.pairs / max(full - fixed, 1e-9):.0f} pairs/s")
    for label, records in runs.items():
        sampled = [r for r in records if r.get("cores")]
        if sampled:
            print_timeline(label, sorted(sampled, key=lambda r: r["wall_s"])[len(sampled) // 2])
    return 0


def print_timeline(label, record):
    """Cores busy over time for the median sampled run, in 0.5 s buckets, plus time spent on ~1 core."""
    ticks = record["cores"]
    if not ticks:
        return
    buckets, other_buckets = {}, {}
    for tick in ticks:
        buckets.setdefault(int(tick[0] / 0.5), []).append(tick[1])
        other_buckets.setdefault(int(tick[0] / 0.5), []).append(tick[2] if len(tick) > 2 else 0.0)
    single = sum(1 for tick in ticks if 0.5 <= tick[1] < 1.4) * TICK_S
    idle = sum(1 for tick in ticks if tick[1] < 0.5) * TICK_S
    print(f"\n{label}: cores busy per 0.5 s (run of {record['wall_s']:.2f} s;"
          f" ~{single:.1f} s on about one core, ~{idle:.1f} s below half a core)")
    print("  this:   " + " ".join(f"{statistics.mean(v):.1f}" for _, v in sorted(buckets.items())))
    print("  others: " + " ".join(f"{statistics.mean(v):.1f}" for _, v in sorted(other_buckets.items())))


SAMPLE = re.compile(r'jdk\.ExecutionSample \{\s*startTime = (\S+)\s*sampledThread = "([^"]*)".*?stackTrace = \[\s*(.*?)\s*\]',
                    re.S)
FRAME = re.compile(r"^\s*(\S+)\(.*?\)(?: line: \d+)?\s*$")
PAUSE = re.compile(r"jdk\.GarbageCollection \{.*?name = \"([^\"]*)\".*?sumOfPauses = ([\d.]+) (ms|s|us)", re.S)


def clock_seconds(stamp):
    h, m, sec = stamp.split(":")
    return int(h) * 3600 + int(m) * 60 + float(sec)


def thread_kind(name):
    """Group pool threads: "ForkJoinPool.commonPool-worker-3" -> "ForkJoinPool.commonPool-worker-*"."""
    return re.sub(r"\d+$", "*", name)


def cmd_jfr(args):
    text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64", args.recording],
                          check=True, capture_output=True, text=True).stdout
    samples = []
    for stamp, thread, stack in SAMPLE.findall(text):
        frames = [m.group(1) for m in (FRAME.match(line) for line in stack.splitlines()) if m]
        samples.append((clock_seconds(stamp), thread, frames))
    if not samples:
        print("no execution samples")
        return 1
    t0 = min(t for t, _, _ in samples)
    print(f"{len(samples)} CPU samples (every ~20 ms per running Java thread; JIT/GC/VM threads not sampled)")
    by_thread = collections.Counter(thread_kind(th) for _, th, _ in samples)
    print("\nsamples by thread:")
    for name, n in by_thread.most_common(8):
        print(f"  {n:6d} {n / len(samples) * 100:5.1f} %  {name}")
    windows = collections.defaultdict(set)
    for t, thread, _ in samples:
        windows[int((t - t0) / 0.5)].add(thread)
    print("\ndistinct busy Java threads per 0.5 s since the first sample:")
    print("  " + " ".join(str(len(windows.get(w, ()))) for w in range(max(windows) + 1)))
    own = collections.Counter()
    inclusive = collections.Counter()
    for _, _, frames in samples:
        if frames:
            own[frames[0]] += 1
        for method in set(f for f in frames if f.startswith("dev.palimpsest")):
            inclusive[method] += 1
    print("\nhottest methods (self time):")
    for method, n in own.most_common(args.top):
        print(f"  {n / len(samples) * 100:5.1f} %  {method}")
    print("\nPalimpsest methods on the stack (inclusive):")
    for method, n in inclusive.most_common(args.top):
        print(f"  {n / len(samples) * 100:5.1f} %  {method}")
    gc = subprocess.run(["jfr", "print", "--events", "jdk.GarbageCollection", args.recording],
                        check=True, capture_output=True, text=True).stdout
    pauses = collections.defaultdict(float)
    for name, value, unit in PAUSE.findall(gc):
        pauses[name] += float(value) * {"s": 1000, "ms": 1, "us": 0.001}[unit]
    print("\nGC pauses: " + (", ".join(f"{name} {ms:.0f} ms" for name, ms in pauses.items()) or "none"))
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("time")
    p.add_argument("--label", required=True)
    p.add_argument("--log", required=True)
    p.add_argument("--sample", action="store_true")
    p.add_argument("--wait-idle", type=float, default=0.0, metavar="SECONDS",
                   help="first wait up to SECONDS for the machine to be idle (shared machines)")
    p.add_argument("command", nargs=argparse.REMAINDER)
    p = sub.add_parser("check")
    p.add_argument("--expect", type=int, required=True)
    p.add_argument("--kind", choices=["palimpsest", "difflib"], required=True)
    p.add_argument("output")
    p = sub.add_parser("report")
    p.add_argument("--pairs", type=int, required=True)
    p.add_argument("--small", type=int, default=1, help="pairs in the *-1pair runs")
    p.add_argument("--target", type=float, default=3.0)
    p.add_argument("log")
    p = sub.add_parser("jfr")
    p.add_argument("--top", type=int, default=15)
    p.add_argument("recording")
    args = parser.parse_args()
    return {"time": cmd_time, "check": cmd_check, "report": cmd_report, "jfr": cmd_jfr}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
