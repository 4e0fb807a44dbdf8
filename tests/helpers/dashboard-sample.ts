// Synthetic published audits for measuring and testing the dashboards (the overview's
// loader time on ~1500 audits, the aggregate consistency test). Answers are valid for the
// real checklists and scored by the real scoring engine; the randomness is seeded.
import { eq } from "drizzle-orm";
import type { Db } from "~/db.server";
import type { Checklist, ChecklistItem } from "~/domain/checklists/schema";
import { scoreAudit } from "~/domain/scoring";
import type { RawAnswer } from "~/domain/scoring/types";
import { auditAnswers, audits, auditSectionScores, checklists, checklistVersions, departments, employees } from "../../db/schema";
import { mulberry32 } from "~/domain/generator/prng";
import { vilniusMonth } from "~/domain/time";
import { rebuildAggregates } from "../../app/models/audits/aggregates.server";
import { addMonths, monthStartMs } from "../../app/domain/time";

/** The data generator's seeded PRNG: the same seed gives the same data. */
export const seededRandom = mulberry32;

export type SampleContext = {
  departments: { id: number; orgId: number; employeeIds: number[] }[];
  checklists: { id: string; versionId: string; content: Checklist }[];
};

export function sampleContext(db: Db): SampleContext {
  const staff = db.select({ id: employees.id, departmentId: employees.departmentId }).from(employees).all();
  return {
    departments: db
      .select({ id: departments.id, orgId: departments.orgId })
      .from(departments)
      .where(eq(departments.active, true))
      .all()
      .map((d) => ({ id: d.id, orgId: d.orgId, employeeIds: staff.filter((e) => e.departmentId === d.id).map((e) => e.id) })),
    checklists: db
      .select({ id: checklists.id, versionId: checklists.currentVersionId, content: checklistVersions.content })
      .from(checklists)
      .innerJoin(checklistVersions, eq(checklistVersions.id, checklists.currentVersionId))
      .where(eq(checklists.active, true))
      .all()
      .map((c) => ({ ...c, content: c.content as Checklist })),
  };
}

const pick = <T>(rng: () => number, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];

/** A valid answer that resolves to pass, fail or N/A (when allowed) for any item type. */
function answerFor(item: ChecklistItem, rng: () => number, quality: number): RawAnswer {
  // Appearance: the men's column of the table is answered, the women's is N/A.
  if (item.column === "women") return { key: item.key, choice: "na" };
  if (item.na_allowed && rng() < 0.08) return { key: item.key, choice: "na" };
  const roll = rng();
  const pass = roll < quality;
  const comment = pass ? undefined : "Pastaba: standartas nesilaikytas.";
  switch (item.type) {
    case "yes_no":
      return { key: item.key, choice: pass ? "yes" : "no", comment };
    case "yes_partial_no":
      return { key: item.key, choice: pass ? "yes" : roll < quality + (1 - quality) / 2 ? "partial" : "no", comment };
    case "measure": {
      const { max, min } = item.threshold;
      const number = max !== undefined ? (pass ? max : max + 1) : pass ? min! : Math.max(0, min! - 1);
      return { key: item.key, number, comment };
    }
    case "phrase": {
      const { recommended, forbidden } = item.phrases;
      if (!pass && forbidden.length) return { key: item.key, phrases: [forbidden[0]], comment };
      return recommended.length ? { key: item.key, phrases: [recommended[0]] } : { key: item.key, phrases: [] };
    }
  }
}

export type SampleAudit = {
  audit: typeof audits.$inferInsert;
  answers: Omit<typeof auditAnswers.$inferInsert, "auditId">[];
  sections: Omit<typeof auditSectionScores.$inferInsert, "auditId">[];
};

/** One published audit of a random checklist, department and (usually) employee. */
export function makeSampleAudit(ctx: SampleContext, rng: () => number, now: number, monthsBack = 12): SampleAudit {
  const dept = pick(rng, ctx.departments);
  const list = pick(rng, ctx.checklists);
  const employeeId = dept.employeeIds.length && rng() < 0.85 ? pick(rng, dept.employeeIds) : null;
  // Within the current month and the monthsBack − 1 before it (the default dashboard period).
  const span = now - monthStartMs(addMonths(vilniusMonth(now), -(monthsBack - 1)));
  const interactionAt = now - Math.floor(rng() * span);
  // Service improves a little over the year and differs by person.
  const ageShare = (now - interactionAt) / span;
  const quality = Math.min(0.99, 0.78 + ((employeeId ?? dept.id) % 5) * 0.03 + (1 - ageShare) * 0.08);
  const raw = list.content.sections.flatMap((s) => s.items.map((item) => answerFor(item, rng, quality)));
  const result = scoreAudit(list.content, raw);
  const byKey = new Map(result.items.map((i) => [i.key, i]));
  return {
    audit: {
      checklistId: list.id,
      checklistVersionId: list.versionId,
      auditType: pick(rng, list.content.audit_types),
      channel: pick(rng, list.content.channels),
      orgId: dept.orgId,
      departmentId: dept.id,
      employeeId,
      employeeResolution: employeeId ? "roster" : "department_only",
      state: "published",
      interactionAt,
      score: result.score,
      passed: result.passed,
      criticalFailure: result.criticalFailure,
      criticalItems: result.criticalItems,
      submittedAt: interactionAt,
      publishedAt: interactionAt,
    },
    answers: raw.map((a) => {
      const scored = byKey.get(a.key)!;
      return {
        itemKey: a.key,
        sectionKey: scored.section,
        choice: a.choice ?? null,
        number: a.number ?? null,
        phrases: a.phrases ?? null,
        comment: a.comment ?? null,
        value: scored.value,
      };
    }),
    sections: result.sections.map((s) => ({ sectionKey: s.key, score: s.score })),
  };
}

/** Inserts one audit with its answers and section scores; returns its id. */
export function insertSampleAudit(db: Db, sample: SampleAudit): number {
  const { id } = db.insert(audits).values(sample.audit).returning({ id: audits.id }).get();
  if (sample.answers.length)
    db.insert(auditAnswers)
      .values(sample.answers.map((a) => ({ ...a, auditId: id })))
      .run();
  if (sample.sections.length)
    db.insert(auditSectionScores)
      .values(sample.sections.map((s) => ({ ...s, auditId: id })))
      .run();
  return id;
}

/** Inserts `count` published audits and rebuilds the aggregates. Needs departments and checklists. */
export function insertSampleAudits(db: Db, { count, seed = 1, now = Date.now() }: { count: number; seed?: number; now?: number }) {
  const ctx = sampleContext(db);
  if (!ctx.departments.length || !ctx.checklists.length) throw new Error("sample audits need departments and checklists");
  const rng = seededRandom(seed);
  db.transaction(() => {
    for (let i = 0; i < count; i++) insertSampleAudit(db, makeSampleAudit(ctx, rng, now));
  });
  return rebuildAggregates(db);
}
