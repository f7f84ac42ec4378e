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

npm run lint
npm run typecheck
npm run build:cli
mkdir -p test-results
npx jest --ci --json --outputFile=test-results/jest.json
npm run test:e2e -- --json --outputFile=test-results/e2e.json

# One plain closing line over both runs.
node -e '
const runs = ["test-results/jest.json", "test-results/e2e.json"].map((f) => require("./" + f));
const sum = (k) => runs.reduce((n, r) => n + r[k], 0);
console.log(`${sum("numPassedTests")} passed, ${sum("numFailedTests")} failed, ${sum("numPendingTests")} skipped`);
'
