/**
 * Reads the scenario library (checklists/<standard>/scenarios/*.json) and the shopper
 * protocols (checklists/protocols.json), checked against the checklists they refer to.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ChecklistFileError, parseJsonText } from "./parse";
import { ProtocolsFileSchema, ScenarioFileSchema, scenarioProblems, type Protocols, type Scenario } from "./scenario";
import { STANDARDS, type Checklist } from "./schema";

const issues = (error: { issues: { path: PropertyKey[]; message: string }[] }) =>
  error.issues.map((i) => `${i.path.map(String).join(".") || "file"}: ${i.message}`);

/** Every scenario, VMB first, ordered by file name. Throws ChecklistFileError naming the file and each problem. */
export function loadScenarioFiles(checklists: readonly Checklist[], dir = "checklists"): Scenario[] {
  const scenarios: Scenario[] = [];
  const seen = new Set<string>();
  for (const standard of STANDARDS) {
    const sub = join(dir, standard.toLowerCase(), "scenarios");
    if (!existsSync(sub)) continue;
    for (const name of readdirSync(sub).filter((n) => n.endsWith(".json")).sort()) {
      const file = join(sub, name);
      const result = ScenarioFileSchema.safeParse(parseJsonText(file, readFileSync(file, "utf8")));
      if (!result.success) throw new ChecklistFileError(file, issues(result.error));
      const { $schema: _ignored, ...scenario } = result.data;
      const problems = scenarioProblems(scenario, checklists);
      if (seen.has(scenario.key)) problems.push(`scenario key "${scenario.key}" is used twice`);
      if (problems.length) throw new ChecklistFileError(file, problems);
      seen.add(scenario.key);
      scenarios.push(scenario);
    }
  }
  return scenarios;
}

export function loadProtocols(dir = "checklists"): Protocols {
  const file = join(dir, "protocols.json");
  const result = ProtocolsFileSchema.safeParse(parseJsonText(file, readFileSync(file, "utf8")));
  if (!result.success) throw new ChecklistFileError(file, issues(result.error));
  return result.data;
}
