#!/usr/bin/env bash
# Nanoseconds per lab-step of this checkout's model beside a reference commit's, measured in one invocation on the
# same machine (BenchmarkDotNet's LabStepBenchmark, short job, both builds Release). The default reference is the
# last commit before capability K drove the labs.
#   bash bench/labstep-vs-ref.sh [REF]
set -euo pipefail
ref="${1:-55fbc57}"
root="$(git rev-parse --show-toplevel)"
work="$(mktemp -d)"
trap 'git -C "$root" worktree remove --force "$work/ref" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

git -C "$root" worktree add --detach -q "$work/ref" "$ref"

measure() { # $1: checkout, $2: label
  (cd "$1" && dotnet run -c Release --project bench/SimCluster.Benchmarks -- --filter '*LabStepBenchmark*' --job short \
      --artifacts "$work/$2" >"$work/$2.log" 2>&1) || { echo "benchmark of $2 failed; see $work/$2.log" >&2; cat "$work/$2.log" >&2; exit 1; }
  # BenchmarkDotNet's CSV report: the Reachable parameter and the mean time per lab-step, in ns.
  python3 - "$work/$2"/results/*LabStepBenchmark-report.csv <<'PY'
import csv, sys
scale = {"ns": 1, "μs": 1e3, "us": 1e3, "ms": 1e6, "s": 1e9}
for row in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    value, unit = row["Mean"].replace(",", "").split()
    print(row["Reachable"], float(value) * scale[unit])
PY
}

echo "reference $ref: building and measuring" >&2
measure "$work/ref" ref >"$work/ref.txt"
echo "this checkout: building and measuring" >&2
measure "$root" head >"$work/head.txt"

printf '%-10s %16s %16s %8s\n' reachable "ref ns/lab-step" "new ns/lab-step" "new/ref"
join <(sort "$work/ref.txt") <(sort "$work/head.txt") | awk '{ printf "%-10s %16.1f %16.1f %8.2f\n", $1, $2, $3, $3 / $2 }'
