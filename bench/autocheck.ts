// E-mails checked per second (issue 14, target ≥ 200/s on 2 cores): every .eml of the
// labelled corpus parsed and checked against its checklist, over and over, in one thread and
// in one process per core at once. Alone: node --import tsx bench/autocheck.ts [--seconds 10]
// Prints a RESULT line for bench/run.ts.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseVilniusTime } from "../app/domain/autocheck/calendar";
import { loadAutocheckConfig } from "../app/domain/autocheck/config.server";
import { checkEmails } from "../app/domain/autocheck/email";
import { parseEmail } from "../app/domain/autocheck/mime";
import { loadSpeller } from "../app/domain/autocheck/speller.server";
import { loadChecklistFiles } from "../app/domain/checklists/load.server";
import { flag, run } from "./lib";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CORPUS = path.join(ROOT, "tests/fixtures/autocheck");

type Labels = { emails: { checklist: string; sent: string; files: string[] }[] };

async function measure(seconds: number): Promise<{ emails: number; seconds: number; cpu_seconds: number }> {
  const labels = JSON.parse(fs.readFileSync(path.join(CORPUS, "labels.json"), "utf8")) as Labels;
  const checklists = new Map(loadChecklistFiles(path.join(ROOT, "checklists")).map((l) => [l.checklist.id, l.checklist]));
  const config = loadAutocheckConfig(path.join(ROOT, "checklists"));
  const speller = await loadSpeller();
  const cases = labels.emails.map((c) => ({
    checklist: checklists.get(c.checklist)!,
    sent: parseVilniusTime(c.sent),
    files: c.files.map((f) => ({ name: f, raw: new Uint8Array(fs.readFileSync(path.join(CORPUS, f))) })),
  }));
  const once = async () => {
    let n = 0;
    for (const c of cases) {
      const inputs = await Promise.all(c.files.map(async (f) => ({ name: f.name, email: await parseEmail(f.raw) })));
      checkEmails(inputs, c.checklist, { sent: c.sent, speller, config });
      n += c.files.length;
    }
    return n;
  };
  await once(); // warm-up: JIT and the speller's first lookups
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let emails = 0;
  while (performance.now() - start < seconds * 1000) emails += await once();
  const cpu = process.cpuUsage(cpuStart);
  // CPU time as well as wall time: on a machine shared with other work the wall-clock rate
  // shows the share this process got, the CPU rate what one core does.
  return { emails, seconds: (performance.now() - start) / 1000, cpu_seconds: (cpu.user + cpu.system) / 1e6 };
}

const argv = process.argv.slice(2);
const seconds = Number(flag(argv, "seconds") ?? "10");
if (argv.includes("--child")) {
  console.log(`CHILD ${JSON.stringify(await measure(seconds))}`);
} else {
  const processes = Math.max(1, os.cpus().length);
  console.log(`Checking the corpus e-mails for ${seconds} s in one process…`);
  const single = await measure(seconds);
  console.log(`…and in ${processes} processes at once`);
  const script = fileURLToPath(import.meta.url);
  const outputs = await Promise.all(
    Array.from({ length: processes }, () =>
      run(process.execPath, ["--import", "tsx", script, "--child", "--seconds", String(seconds)], { prefix: "  " }),
    ),
  );
  const parallel = outputs.map(
    (out) =>
      JSON.parse(
        out
          .split("\n")
          .find((l) => l.startsWith("CHILD "))!
          .slice(6),
      ) as { emails: number; seconds: number },
  );
  const result = {
    emails_per_s_one_process: Math.round(single.emails / single.seconds),
    emails_per_cpu_s: Math.round(single.emails / single.cpu_seconds),
    load_average: os.loadavg()[0],
    emails_per_s_all_cores: Math.round(parallel.reduce((sum, r) => sum + r.emails / r.seconds, 0)),
    processes,
    corpus_emails: JSON.parse(fs.readFileSync(path.join(CORPUS, "labels.json"), "utf8")).emails.flatMap((c: { files: string[] }) => c.files)
      .length,
  };
  console.log(
    `${result.emails_per_s_one_process} e-mails/s in one process (${result.emails_per_cpu_s} per CPU second), ${result.emails_per_s_all_cores} e-mails/s on ${processes} cores; load average ${result.load_average.toFixed(1)}`,
  );
  console.log(`RESULT ${JSON.stringify(result)}`);
}
