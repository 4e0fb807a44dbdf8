/** Writes checklists/COVERAGE.md. Run: npm run checklists:coverage */
import { writeFileSync } from "node:fs";
import { coverageProblems, renderCoverage } from "../app/domain/checklists/coverage";
import { loadChecklistFiles, loadClauseCatalogue } from "../app/domain/checklists/load.server";
import { loadScenarioFiles } from "../app/domain/checklists/scenarios.server";

const catalogues = loadClauseCatalogue("checklists");
const checklists = loadChecklistFiles("checklists").map((l) => l.checklist);
writeFileSync("checklists/COVERAGE.md", renderCoverage(catalogues, checklists, loadScenarioFiles(checklists)));
const problems = coverageProblems(catalogues, checklists);
for (const problem of problems) console.error(`coverage: ${problem}`);
console.log(`wrote checklists/COVERAGE.md (${checklists.length} checklists)`);
if (problems.length) process.exitCode = 1;
