/** The outcome of checking (dry run) or importing a file, shown in the browser and the CLI. */
import type { CsvEncoding } from "./decode";
import { formatProblem, type Problem } from "./problems";
import type { Separator } from "./separator";

export type ImportKind = "roster" | "audits";

export type ImportReport = {
  kind: ImportKind;
  /** true: nothing was written (preview); false: the file was written in one transaction. */
  dryRun: boolean;
  /** Data rows read (blank lines not counted). */
  rows: number;
  create: number;
  update: number;
  unchanged: number;
  /** Roster only: departments created / renamed. */
  departments?: { create: number; update: number };
  /** Audits only: whether the batch is published (else submitted for review). */
  publish?: boolean;
  /** The first problems (bounded) and how many there are in all. */
  problems: Problem[];
  problemTotal: number;
  encoding: CsvEncoding | null;
  separator: Separator | null;
};

export function emptyReport(kind: ImportKind, dryRun: boolean): ImportReport {
  return { kind, dryRun, rows: 0, create: 0, update: 0, unchanged: 0, problems: [], problemTotal: 0, encoding: null, separator: null };
}

/** Plain-text report for the CLI (Lithuanian). */
export function reportText(r: ImportReport): string {
  const lines: string[] = [];
  const what = r.kind === "roster" ? "Darbuotojų sąrašas" : "Vertinimai";
  const mode = r.dryRun ? "patikrinta (niekas neįrašyta)" : r.problemTotal ? "neįrašyta" : "įrašyta";
  lines.push(`${what}: ${mode}`);
  if (r.encoding) lines.push(`Koduotė: ${r.encoding}, skirtukas: "${r.separator}"`);
  lines.push(`Eilučių: ${r.rows}; naujų: ${r.create}; keičiamų: ${r.update}; nepakitusių: ${r.unchanged}`);
  if (r.departments) lines.push(`Skyrių: naujų ${r.departments.create}, pervadinamų ${r.departments.update}`);
  if (r.kind === "audits") lines.push(r.publish ? "Būsena: paskelbti" : "Būsena: pateikti peržiūrai");
  if (r.problemTotal) {
    lines.push(`Klaidų: ${r.problemTotal}`);
    for (const p of r.problems) lines.push(`  ${formatProblem(p)}`);
    if (r.problemTotal > r.problems.length) lines.push(`  … ir dar ${r.problemTotal - r.problems.length}`);
  }
  return lines.join("\n");
}
