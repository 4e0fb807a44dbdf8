// Benchmark: generate a 100 000-row audit CSV and import it through the same path as the
// admin page (check pass, then the one-transaction write pass on its own connection).
// Prints audits per second, CPU seconds (comparable on a busy machine, unlike wall time),
// peak memory and the load average, then one `RESULT {json}` line. Not a test: run
// `node --import tsx bench/import.ts [rows] [--dir DIR]` (DIR: where the temporary folder goes).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const args = process.argv.slice(2);
const flag = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const positional = args.find((a, i) => /^\d+$/.test(a) && !args[i - 1]?.startsWith("--"));
const ROWS = Number(flag("--rows") ?? positional ?? 100_000);
const base = flag("--dir") ?? os.tmpdir();
fs.mkdirSync(base, { recursive: true });
const dir = fs.mkdtempSync(path.join(base, "etalonas-bench-"));
process.env.DATABASE_URL = path.join(dir, "bench.db");

const { getDb, closeDb } = await import("../app/db.server");
const { loadChecklistFiles } = await import("../app/domain/checklists/load.server");
const { checklistItems } = await import("../app/domain/scoring");
const { syncChecklists } = await import("../app/models/checklists/sync.server");
const { createDepartment } = await import("../app/models/people/department.server");
const { createEmployee } = await import("../app/models/people/employee.server");
const { checkAuditFile, importAuditFile } = await import("../app/models/imports/audits.server");
const { openImportConnection } = await import("../app/models/imports/transaction.server");
const { formatVilniusDateTime } = await import("../app/domain/time");
const { organisations } = await import("../db/schema");

const db = getDb();
const loaded = loadChecklistFiles();
syncChecklists(db, loaded);
const orgId = db
  .insert(organisations)
  .values({ code: "BENCH", name: "Bench", standards: ["VMB", "KMSA"] })
  .returning()
  .get().id;
const departments = ["KAS", "NUO", "TEC", "SOC"].map((code) =>
  createDepartment(db, orgId, { code, name: `Skyrius ${code}`, active: true }),
);
const employees = departments.flatMap((d, di) =>
  Array.from({ length: 25 }, (_, i) =>
    createEmployee(db, orgId, {
      firstName: `Vardas${i}`,
      lastName: `Pavardė${di}`,
      position: "Specialistė",
      departmentId: d.id,
      email: null,
      code: `E-${di}-${i}`,
      active: true,
      userId: null,
    }),
  ),
);

// Deterministic pseudo-random answers (mulberry32), so runs are comparable.
let seed = 42;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const checklist = loaded.find((l) => l.checklist.id === "kmsa-phone")!.checklist;
const items = checklistItems(checklist);
const header = [
  "external_ref",
  "checklist_id",
  "department_code",
  "employee",
  "interaction_at",
  "overall_comment",
  ...items.flatMap((i) => [i.key, `${i.key}:comment`]),
];
const file = path.join(dir, "audits.csv");
const out = fs.createWriteStream(file);
out.write("\uFEFF" + header.join(";") + "\r\n");
const start = Date.UTC(2025, 0, 1);
for (let n = 1; n <= ROWS; n++) {
  const e = employees[Math.floor(random() * employees.length)];
  const cells = [
    `B-${String(n).padStart(6, "0")}`,
    checklist.id,
    departments.find((d) => d.id === e.departmentId)!.code,
    e.code!,
    formatVilniusDateTime(start + Math.floor(random() * 600) * 86_400_000 + 9 * 3_600_000),
    n % 10 === 0 ? '"Komentaras; su skirtuku\r\nir nauja eilute"' : "",
  ];
  for (const item of items) {
    const r = random();
    let value = "taip";
    let comment = "";
    if (item.type === "measure") value = String(1 + Math.floor(r * 4)).replace(".", ",");
    else if (item.type === "phrase") value = r < 0.8 ? (item.phrases.recommended[0] ?? "-") : item.phrases.forbidden[0];
    else if (r < 0.1) value = item.na_allowed ? "n.d." : "taip";
    else if (r < 0.2) value = item.type === "yes_partial_no" ? "iš dalies" : "ne";
    // A "no" or "partial" needs a comment (issue 13); a measure's pass depends on its
    // threshold, so every measure gets one too (harmless when it passes).
    const mayFail =
      value === "ne" || value === "iš dalies" || (item.type === "phrase" && value === item.phrases.forbidden[0]) || item.type === "measure";
    if (mayFail && item.comment_required_on_fail) comment = "Pastaba";
    cells.push(value, comment);
  }
  if (!out.write(cells.join(";") + "\r\n")) await new Promise<void>((r) => out.once("drain", () => r()));
}
await new Promise<void>((r) => out.end(() => r()));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
console.log(`File: ${ROWS} audits, ${mb(fs.statSync(file).size)}`);

const rssBefore = process.resourceUsage().maxRSS * 1024;
/** Prints the time of every tenth of the file, to show the passes run in linear time. */
function tenths(label: string) {
  const started = performance.now();
  let next = 0.1;
  return (done: number, total: number) => {
    if (done / total < next) return;
    if (process.env.BENCH_VERBOSE)
      console.log(
        `  ${label} ${Math.round(next * 100)} %: ${((performance.now() - started) / 1000).toFixed(1)} s, RSS ${mb(process.memoryUsage().rss)}`,
      );
    next += 0.1;
  };
}
/** CPU seconds (user + system) of this process since `from`. */
const cpuSince = (from: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1e6;
};
const loadBefore = os.loadavg()[0];
let cpu0 = process.cpuUsage();
let t0 = performance.now();
const check = await checkAuditFile(db, file, { orgId, publish: true, actorId: null, onProgress: tenths("check") });
const checkSeconds = (performance.now() - t0) / 1000;
const checkCpu = cpuSince(cpu0);
if (check.problemTotal) {
  console.error(check.problems.slice(0, 5));
  throw new Error(`${check.problemTotal} problems in the generated file`);
}
console.log(`Check (dry run): ${checkSeconds.toFixed(1)} s, ${Math.round(ROWS / checkSeconds)} audits/s, CPU ${checkCpu.toFixed(1)} s`);

const connection = openImportConnection();
cpu0 = process.cpuUsage();
t0 = performance.now();
const done = await importAuditFile(connection, file, { orgId, publish: true, actorId: null, onProgress: tenths("write") });
const writeSeconds = (performance.now() - t0) / 1000;
const writeCpu = cpuSince(cpu0);
connection.$client.close();
const peakRss = process.resourceUsage().maxRSS * 1024;
const load = [loadBefore, os.loadavg()[0]];
console.log(
  `Import (write, published, one transaction): ${writeSeconds.toFixed(1)} s, ${Math.round(done.create / writeSeconds)} audits/s, created ${done.create}, CPU ${writeCpu.toFixed(1)} s`,
);
console.log(
  `Total: ${Math.round(ROWS / (checkSeconds + writeSeconds))} audits/s end to end (${Math.round(ROWS / (checkCpu + writeCpu))} per CPU second)`,
);
console.log(
  `Peak RSS (maxRSS): ${mb(peakRss)} (before import ${mb(rssBefore)}); load average ${load.map((l) => l.toFixed(2)).join(" → ")} on ${os.cpus().length} cores`,
);
const rate = (n: number, s: number) => Math.round(n / s);
console.log(
  "RESULT " +
    JSON.stringify({
      rows: ROWS,
      check: { seconds: +checkSeconds.toFixed(2), perSecond: rate(ROWS, checkSeconds), cpuSeconds: +checkCpu.toFixed(2) },
      write: { seconds: +writeSeconds.toFixed(2), perSecond: rate(done.create, writeSeconds), cpuSeconds: +writeCpu.toFixed(2) },
      total: { perSecond: rate(ROWS, checkSeconds + writeSeconds), perCpuSecond: rate(ROWS, checkCpu + writeCpu) },
      peakRssMb: +(peakRss / 1024 / 1024).toFixed(1),
      load: load.map((l) => +l.toFixed(2)),
      cores: os.cpus().length,
    }),
);
closeDb();
fs.rmSync(dir, { recursive: true, force: true });
