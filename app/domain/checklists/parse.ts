/**
 * Pure parsing of checklist / catalogue data (no fs), shared by the loader and tests.
 * Errors name the file, the item key (resolved from the zod issue path) and the problem.
 */
import { createHash } from "node:crypto";
import type { z } from "zod";
import { canonicalJson } from "./canonical";
import { ChecklistFileSchema, type Checklist } from "./schema";
import { ClauseCatalogueSchema, type ClauseCatalogue } from "./clauses";

export interface LoadedChecklist {
  /** Path of the file, as given to the loader. */
  file: string;
  /** Validated checklist with defaults applied and `$schema` removed. */
  checklist: Checklist;
  /** sha256 hex of the canonical JSON of `checklist`: identifies the version. */
  hash: string;
}

export class ChecklistFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Invalid checklist file ${file}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ChecklistFileError";
  }
}

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, part) => (typeof part === "number" ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)),
    "",
  );
}

/** Where in the file an issue is: `item "vmb.x.y" (sections[1].items[2].unit)` or the plain path. */
export function describeIssuePath(raw: unknown, path: readonly PropertyKey[]): string {
  const [s, si, i, ii] = path;
  const sections = (raw as { sections?: unknown })?.sections;
  if (s === "sections" && typeof si === "number" && Array.isArray(sections)) {
    const section = sections[si] as { key?: unknown; items?: unknown } | undefined;
    if (i === "items" && typeof ii === "number" && Array.isArray(section?.items)) {
      const key = (section.items[ii] as { key?: unknown } | undefined)?.key;
      const label = typeof key === "string" ? `item "${key}"` : `item #${ii + 1} of section ${si + 1}`;
      return `${label} (${pathText(path)})`;
    }
    const label = typeof section?.key === "string" ? `section "${section.key}"` : `section #${si + 1}`;
    return `${label} (${pathText(path)})`;
  }
  return path.length ? `checklist (${pathText(path)})` : "checklist";
}

function issuesToProblems(raw: unknown, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => `${describeIssuePath(raw, issue.path)}: ${issue.message}`);
}

export function hashChecklist(checklist: Checklist): string {
  return createHash("sha256").update(canonicalJson(checklist)).digest("hex");
}

export function parseJsonText(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new ChecklistFileError(file, [`not valid JSON: ${(e as Error).message}`]);
  }
}

export function parseChecklist(file: string, raw: unknown): LoadedChecklist {
  const result = ChecklistFileSchema.safeParse(raw);
  if (!result.success) throw new ChecklistFileError(file, issuesToProblems(raw, result.error.issues));
  const { $schema: _ignored, ...checklist } = result.data;
  return { file, checklist, hash: hashChecklist(checklist) };
}

export function parseClauseCatalogue(file: string, raw: unknown): ClauseCatalogue {
  const result = ClauseCatalogueSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const [c, ci] = issue.path;
      const clauses = (raw as { clauses?: unknown })?.clauses;
      const id = c === "clauses" && typeof ci === "number" && Array.isArray(clauses) ? (clauses[ci] as { id?: unknown })?.id : undefined;
      const where = typeof id === "string" ? `clause "${id}" (${pathText(issue.path)})` : pathText(issue.path) || "catalogue";
      return `${where}: ${issue.message}`;
    });
    throw new ChecklistFileError(file, problems);
  }
  const { $schema: _ignored, ...catalogue } = result.data;
  return catalogue;
}

/** Checks that need all files at once: unique checklist ids and globally unique item keys. */
export function crossCheckChecklists(loaded: readonly LoadedChecklist[]): void {
  const ids = new Map<string, string>();
  const keys = new Map<string, string>();
  for (const { file, checklist } of loaded) {
    const otherId = ids.get(checklist.id);
    if (otherId) throw new ChecklistFileError(file, [`checklist id "${checklist.id}" is also used by ${otherId}`]);
    ids.set(checklist.id, file);
    for (const section of checklist.sections)
      for (const item of section.items) {
        const other = keys.get(item.key);
        if (other)
          throw new ChecklistFileError(file, [`item "${item.key}": key is also used in ${other}; item keys are global`]);
        keys.set(item.key, file);
      }
  }
}
