#!/usr/bin/env bash
# Installs the dependencies, builds everything and runs the whole test suite:
# lit (FileCheck tests of the frontend, the dialect and every pass) and the
# Catch2 unit tests. Ends with one summary line: "tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh || exit 1
bash scripts/build.sh || exit 1

LOG=$(mktemp -d)
/usr/lib/llvm-22/bin/lit -sv build/test 2>&1 | tee "$LOG/lit.txt"
lit_passed=$(grep -oE '^ *Passed *: *[0-9]+' "$LOG/lit.txt" | grep -oE '[0-9]+$' || echo 0)
lit_failed=$(grep -oE '^ *(Failed|Unresolved|Timed Out|Unexpectedly Passed) *: *[0-9]+' "$LOG/lit.txt" |
  grep -oE '[0-9]+$' | awk '{s += $1} END {print s + 0}')
[ -n "$lit_passed" ] || lit_passed=0
[ -n "$lit_failed" ] || lit_failed=0

build/bin/tsc-unittests 2>&1 | tee "$LOG/unit.txt"
unit_status=${PIPESTATUS[0]}
unit_total=$(build/bin/tsc-unittests --list-test-names-only 2>/dev/null | grep -c .)
unit_failed=$(grep -oE 'test cases: *[0-9]+ \| *[0-9]+ passed \| *[0-9]+ failed' "$LOG/unit.txt" |
  grep -oE '[0-9]+ failed' | grep -oE '[0-9]+' || echo 0)
[ -n "$unit_failed" ] || unit_failed=0
if [ "$unit_status" -ne 0 ] && [ "$unit_failed" -eq 0 ]; then
  unit_failed=1
fi
unit_passed=$((unit_total - unit_failed))

passed=$((lit_passed + unit_passed))
failed=$((lit_failed + unit_failed))
echo "lit: $lit_passed passed, $lit_failed failed; unit: $unit_passed passed, $unit_failed failed"
echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
