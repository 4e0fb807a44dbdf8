/**
 * Schema of the clause catalogues (checklists/clauses/<standard>.json): every
 * clause and heading that exists in a standard. It is what makes "an item cites
 * a clause that does not exist" and "a clause nobody audits" checkable.
 */
import { z } from "zod";
import { CitationSchema, STANDARDS } from "./schema";
import { citationStandard } from "./citation";

export const ClauseSchema = z.strictObject({
  id: CitationSchema,
  /** Short Lithuanian title or summary, as in the standard. */
  title: z.string().trim().min(1),
  /** Why no checklist item cites this clause (inner attitude, definitions, …). */
  not_auditable: z.string().trim().min(1).optional(),
});

export const ClauseCatalogueSchema = z
  .strictObject({
    $schema: z.string().optional(),
    standard: z.enum(STANDARDS),
    title: z.string().trim().min(1),
    clauses: z.array(ClauseSchema).min(1),
  })
  .superRefine((cat, ctx) => {
    const seen = new Set<string>();
    cat.clauses.forEach((clause, i) => {
      if (seen.has(clause.id))
        ctx.addIssue({ code: "custom", path: ["clauses", i, "id"], message: `clause "${clause.id}" listed twice` });
      seen.add(clause.id);
      if (citationStandard(clause.id) !== cat.standard)
        ctx.addIssue({ code: "custom", path: ["clauses", i, "id"], message: `"${clause.id}" is not a ${cat.standard} clause` });
    });
  });

export type Clause = z.infer<typeof ClauseSchema>;
export type ClauseCatalogue = z.infer<typeof ClauseCatalogueSchema>;
