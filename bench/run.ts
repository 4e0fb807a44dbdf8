// `npm run bench [-- --audits 10000,100000,1000000] [--runs 30] [--duration 30] [--only dashboards,submit,import,soak,bundles,autocheck]`
// Builds the app, then runs each benchmark in its own process on fresh databases under
// bench/.tmp, and writes bench/results.json and bench/RESULTS.md. It reports; it does not
// fail on missed targets (docs/benchmark.md).
import fs from "node:fs";
import path from "node:path";
import { measureBundles } from "./bundles";
import { flag, freshDir, machine, ROOT, resultOf, run } from "./lib";
import { renderResults, type Results, type SoakResult } from "./report";
import { DEFAULT_SIZES } from "./sizes";

const argv = process.argv.slice(2);
const sizes = (flag(argv, "audits") ?? DEFAULT_SIZES.join(",")).split(",").map((s) => Number(s.replace(/_/g, "")));
const runs = flag(argv, "runs") ?? "30";
const duration = flag(argv, "duration") ?? "30";
const only = new Set((flag(argv, "only") ?? "dashboards,submit,import,soak,bundles,autocheck").split(","));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error("--audits takes whole numbers: --audits 10000,100000");

const started = performance.now();
const results: Results = {
  machine: machine(),
  dashboards: [],
  dashboards_meta: [],
  submit: null,
  import: null,
  bundles: [],
  autocheck: null,
};
const tsx = (script: string, args: string[], prefix: string) => run(process.execPath, ["--import", "tsx", script, ...args], { prefix });

console.log("Building the app (remix build)…");
await run("npx", ["remix", "build"], { prefix: "  build: " });

if (only.has("bundles")) {
  console.log("Page weight…");
  results.bundles = await measureBundles();
}

if (only.has("dashboards"))
  for (const audits of sizes) {
    console.log(`Dashboards at ${audits} audits…`);
    const dir = freshDir(`dashboards-${audits}`);
    const out = resultOf<{ dashboards: Results["dashboards"]; meta: Results["dashboards_meta"][number] }>(
      await tsx("bench/dashboards.ts", ["--audits", String(audits), "--dir", dir, "--runs", runs], "  "),
    );
    results.dashboards.push(...out.dashboards);
    results.dashboards_meta.push(out.meta);
    fs.rmSync(dir, { recursive: true, force: true });
  }

if (only.has("submit")) {
  console.log("Submitting under load…");
  const dir = freshDir("submit");
  results.submit = resultOf<{ submit: Results["submit"] }>(
    await tsx("bench/submit.ts", ["--dir", dir, "--duration", duration], "  "),
  ).submit;
  fs.rmSync(dir, { recursive: true, force: true });
}

if (only.has("import")) {
  console.log("CSV import of 100 000 audits (bench/import.ts)…");
  const dir = freshDir("import");
  type ImportResult = { rows: number; total: { perSecond: number }; write: { perSecond: number }; peakRssMb: number };
  const r = resultOf<ImportResult>(await tsx("bench/import.ts", ["--rows", "100000", "--dir", dir], "  "));
  results.import = { audits: r.rows, audits_per_s: r.total.perSecond, write_audits_per_s: r.write.perSecond, peak_rss_mb: r.peakRssMb };
  fs.rmSync(dir, { recursive: true, force: true });
}

if (only.has("autocheck")) {
  console.log("Automatic e-mail checks (bench/autocheck.ts)…");
  results.autocheck = resultOf<NonNullable<Results["autocheck"]>>(await tsx("bench/autocheck.ts", ["--seconds", "10"], "  "));
}

if (only.has("soak")) {
  console.log("Memory soak: 10 000 page requests on the demo (bench/soak.ts)…");
  const dir = freshDir("soak");
  results.soak = resultOf<SoakResult>(await tsx("bench/soak.ts", ["--requests", "10000", "--dir", dir], "  "));
  fs.rmSync(dir, { recursive: true, force: true });
}

results.total_minutes = Math.round((performance.now() - started) / 6000) / 10;
fs.writeFileSync(path.join(ROOT, "bench/results.json"), JSON.stringify(results, null, 2) + "\n");
fs.writeFileSync(path.join(ROOT, "bench/RESULTS.md"), renderResults(results));
console.log(`\nDone in ${results.total_minutes} min: bench/results.json, bench/RESULTS.md\n`);
console.log(renderResults(results));
