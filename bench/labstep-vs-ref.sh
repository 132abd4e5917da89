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
  # The GitHub-flavoured report: "| FortyYearsOfLabSteps | 1E+15 | 1,234.5 ns | ..." -> "1E+15 1234.5"
  grep -h '^| FortyYearsOfLabSteps' "$work/$2"/results/*-report-github.md \
    | awk -F'|' '{ gsub(/[ ,]/, "", $3); v = $4; gsub(/,/, "", v); split(v, a, " "); n = a[1]; u = a[2];
                   if (u == "μs" || u == "us") n *= 1000; if (u == "ms") n *= 1e6; print $3, n }'
}

echo "reference $ref: building and measuring" >&2
measure "$work/ref" ref >"$work/ref.txt"
echo "this checkout: building and measuring" >&2
measure "$root" head >"$work/head.txt"

printf '%-10s %16s %16s %8s\n' reachable "ref ns/lab-step" "new ns/lab-step" "new/ref"
join "$work/ref.txt" "$work/head.txt" | awk '{ printf "%-10s %16.1f %16.1f %8.2f\n", $1, $2, $3, $3 / $2 }'
