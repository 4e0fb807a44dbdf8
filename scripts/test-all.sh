#!/usr/bin/env bash
# Everything CI checks: types, lint, unit + integration tests (including the access
# matrix against the production build), then the browser journeys in real Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
report_dir="$(mktemp -d)"
trap 'rm -rf "$report_dir"' EXIT

echo "== typecheck"; npx tsc --noEmit
echo "== lint"; npx eslint --max-warnings=0 .
echo "== format"; npx prettier --check .
echo "== build"; npx remix build
echo "== unit and integration tests"
npx vitest run --reporter=default --reporter=json --outputFile.json="$report_dir/unit.json"
echo "== browser tests"
bash scripts/ensure-chromium.sh
npx vitest run --config vitest.browser.config.ts --reporter=default --reporter=json --outputFile.json="$report_dir/browser.json"
node scripts/summarize-tests.mjs "$report_dir/unit.json" "$report_dir/browser.json"
