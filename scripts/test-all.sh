#!/usr/bin/env bash
# `npm test`: everything CI runs, in order of speed. Each stage runs even if an earlier one
# failed, so one run shows every problem; the exit code is non-zero if any stage failed.
set -u
cd "$(dirname "$0")/.."
reports=test-results
rm -rf "$reports" && mkdir -p "$reports"
failed_stages=()

stage() {
  local name=$1; shift
  echo "::: $name"
  if ! "$@"; then failed_stages+=("$name"); fi
}

if [ ! -x "${LOKET_CHROMIUM:-/usr/bin/chromium}" ]; then
  echo "Chromium not found at ${LOKET_CHROMIUM:-/usr/bin/chromium}: install Debian's chromium (apt-get install -y chromium) for the browser tests." >&2
  failed_stages+=("chromium missing")
fi
if ! command -v pdftotext >/dev/null; then
  echo "pdftotext not found: install Debian's poppler-utils (apt-get install -y poppler-utils) for the receipt PDF tests." >&2
  failed_stages+=("pdftotext missing")
fi
if ! command -v soffice >/dev/null; then
  echo "soffice not found: install Debian's libreoffice-calc-nogui (apt-get install -y libreoffice-calc-nogui): the exports are checked by opening them in LibreOffice." >&2
  failed_stages+=("soffice missing")
fi

if ! command -v makensis >/dev/null; then
  echo "makensis not found: install Debian's nsis (apt-get install -y nsis): the Windows uninstaller's script is compiled with it." >&2
  failed_stages+=("makensis missing")
fi

stage typecheck npm run --silent typecheck
stage lint npm run --silent lint
stage "unit+integration" npx vitest run --config vitest.config.mts --reporter=default --reporter=json --outputFile.json="$reports/unit.json"
stage crash env CRASH_KILLS="${CRASH_KILLS:-15}" CRASH_OUTAGES="${CRASH_OUTAGES:-5}" npx vitest run --config vitest.crash.config.mts --reporter=default --reporter=json --outputFile.json="$reports/crash.json"
stage e2e bash -c "npx vite build --config renderer.vite.config.mts --logLevel warn && npx vitest run --config vitest.e2e.config.mts --reporter=default --reporter=json --outputFile.json=$reports/e2e.json"

# The packaged-app smoke test drives a built Loket (LOKET_PACKAGED_APP), which needs a real Electron
# binary: these machines cannot download one, so without it the test is reported as not run,
# neither a pass nor a failure (the release workflow runs it). A path that is not there is a failure.
if [ -z "${LOKET_PACKAGED_APP:-}" ]; then
  echo "::: packaged-app smoke: not run (needs a packaged Loket built with a real Electron binary: set LOKET_PACKAGED_APP=<packaged executable>; these machines cannot download Electron; the release workflow runs it)"
  echo "packaged-app smoke: needs an Electron binary" >> "$reports/not-run.txt"
elif [ -f "$LOKET_PACKAGED_APP" ]; then
  stage "packaged-app smoke" npx vitest run --config vitest.packaged.config.mts --reporter=default --reporter=json --outputFile.json="$reports/packaged.json"
else
  echo "LOKET_PACKAGED_APP=$LOKET_PACKAGED_APP is not a file: the packaged-app smoke test cannot run." >&2
  failed_stages+=("packaged app missing")
fi

node scripts/test-summary.mjs "$reports" "${failed_stages[@]}"
