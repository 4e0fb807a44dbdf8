/**
 * Reads checklist files from disk: every *.json under <dir>/vmb and <dir>/kmsa
 * (schema.json and clauses/ live elsewhere and are not checklists).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ClauseCatalogue } from "./clauses";
import {
  ChecklistFileError,
  crossCheckChecklists,
  parseChecklist,
  parseClauseCatalogue,
  parseJsonText,
  type LoadedChecklist,
} from "./parse";
import { STANDARDS } from "./schema";

export { ChecklistFileError, type LoadedChecklist } from "./parse";

export function loadChecklistFiles(dir = "checklists"): LoadedChecklist[] {
  const loaded: LoadedChecklist[] = [];
  for (const standard of STANDARDS) {
    const sub = join(dir, standard.toLowerCase());
    const names = readdirSync(sub)
      .filter((name) => name.endsWith(".json") && name !== "schema.json")
      .sort();
    for (const name of names) {
      const file = join(sub, name);
      const result = parseChecklist(file, parseJsonText(file, readFileSync(file, "utf8")));
      if (result.checklist.standard !== standard)
        throw new ChecklistFileError(file, [
          `checklist (standard): "${result.checklist.standard}" in the ${standard.toLowerCase()}/ folder`,
        ]);
      loaded.push(result);
    }
  }
  crossCheckChecklists(loaded);
  return loaded;
}

/** Both clause catalogues, VMB first. */
export function loadClauseCatalogue(dir = "checklists"): ClauseCatalogue[] {
  return STANDARDS.map((standard) => {
    const file = join(dir, "clauses", `${standard.toLowerCase()}.json`);
    const catalogue = parseClauseCatalogue(file, parseJsonText(file, readFileSync(file, "utf8")));
    if (catalogue.standard !== standard)
      throw new ChecklistFileError(file, [`catalogue (standard): "${catalogue.standard}" in ${file}`]);
    return catalogue;
  });
}
