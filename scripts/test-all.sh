#!/usr/bin/env bash
# The project's whole test run, from a fresh clone: installs what it needs, then lint, types, the CLI build, the
# unit and integration tests, and the end-to-end tests (which build the add-in for production first).
# README's test command and .ci/run both run this.
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages the tests use: LibreOffice (interop, print), poppler (PDF text), openpyxl (bench peer), Chromium
# (e2e), and the fonts the print test measures with.
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v soffice >/dev/null || need+=(libreoffice-calc-nogui)
command -v pdftotext >/dev/null || need+=(poppler-utils)
/usr/bin/python3 -c "import openpyxl" 2>/dev/null || need+=(python3-openpyxl)
# The metric twins of Times New Roman and Calibri, so that LibreOffice prints our sheets as Excel lays them out.
fc-match -f '%{family}' "Times New Roman" 2>/dev/null | grep -q "Liberation Serif" || need+=(fonts-liberation2)
fc-match -f '%{family}' Calibri 2>/dev/null | grep -q Carlito || need+=(fonts-crosextra-carlito)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Cài gói hệ thống: ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "Thiếu gói hệ thống ${need[*]} và không có quyền apt-get: các kiểm thử cần chúng sẽ được bỏ qua, có nêu lý do."
  fi
fi

# npm ci whenever the installed tree may differ from the lock file (none yet, or the lock file is newer).
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

# Every suite runs, whatever an earlier one did; the end says which failed, and the exit code is theirs.
failed=()
step() {
  local name="$1"
  shift
  echo "== $name"
  if ! "$@"; then
    failed+=("$name")
    echo "!! $name: THẤT BẠI / FAILED"
  fi
}

mkdir -p test-results
rm -f test-results/jest.json test-results/e2e.json
step "lint" npm run lint
step "typecheck" npm run typecheck
step "build:cli" npm run build:cli
step "jest" npx jest --ci --json --outputFile=test-results/jest.json
if [ ! -x /usr/bin/chromium ]; then
  echo "!! Không có /usr/bin/chromium: kiểm thử đầu-cuối BỊ BỎ QUA, không gì được kiểm tra. / No Chromium: end-to-end tests SKIPPED."
fi
step "e2e" npm run test:e2e -- --json --outputFile=test-results/e2e.json

# One plain closing line over the runs that produced results, then what failed.
node -e '
const fs = require("fs");
const runs = ["test-results/jest.json", "test-results/e2e.json"].filter((f) => fs.existsSync(f)).map((f) => require("./" + f));
const sum = (k) => runs.reduce((n, r) => n + r[k], 0);
console.log(`${sum("numPassedTests")} passed, ${sum("numFailedTests")} failed, ${sum("numPendingTests")} skipped`);
'
if [ ${#failed[@]} -gt 0 ]; then
  echo "Thất bại / Failed: ${failed[*]}"
  exit 1
fi
echo "Tất cả đều đạt / All suites passed: lint, typecheck, build:cli, jest, e2e"
