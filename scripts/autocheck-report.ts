// Writes the corpus figures into docs/autocheck.md between the GENERATED markers:
//   node --import tsx scripts/autocheck-report.ts
import fs from "node:fs";
import { evaluateCorpus, renderScores } from "../tests/fixtures/autocheck/evaluate";

const file = "docs/autocheck.md";
const report = await evaluateCorpus();
const doc = fs.readFileSync(file, "utf8");
const start = "<!-- GENERATED: corpus figures -->";
const end = "<!-- END GENERATED -->";
const before = doc.slice(0, doc.indexOf(start) + start.length);
const after = doc.slice(doc.indexOf(end));
if (!doc.includes(start) || !doc.includes(end)) throw new Error(`${file} lacks the ${start} … ${end} markers`);
fs.writeFileSync(file, `${before}\n${renderScores(report)}\n${after}`);
const misses = report.misses.length;
console.log(`${file}: ${report.scores.length} checks, ${misses} disagreement${misses === 1 ? "" : "s"} with the labels`);
