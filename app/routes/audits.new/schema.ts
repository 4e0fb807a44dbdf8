import { z } from "zod";
import { CHANNELS } from "~/domain/checklists/schema";

const text = (max: number) => z.string({ error: "form.required" }).trim().min(1, "form.required").max(max, `form.tooLong|{"max":${max}}`);

/** Step 2 of starting an audit. `employee` is a roster id or "unknown". */
export const StartAuditSchema = z
  .object({
    clientKey: z.uuid({ error: "audits.error.clientKey" }),
    checklistId: z.string({ error: "audits.error.checklist" }).min(1, "audits.error.checklist"),
    departmentId: z.coerce.number({ error: "audits.error.department" }).int().positive("audits.error.department"),
    channel: z.enum(CHANNELS, { error: "audits.error.channel" }),
    employee: z.string({ error: "audits.error.employeeChoice" }).regex(/^(unknown|\d{1,12})$/, "audits.error.employeeChoice"),
    unknownDescription: z.string().trim().max(500, 'form.tooLong|{"max":500}').optional(),
    interactionAt: z.string({ error: "audits.error.dateTime" }).min(1, "audits.error.dateTime"),
    location: text(300),
    /** A library scenario's key, or absent for a visit the shopper describes themselves. */
    scenarioKey: z.string().trim().max(200).optional(),
    scenario: z.string().trim().max(2000, 'form.tooLong|{"max":2000}').optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.scenarioKey && !v.scenario) ctx.addIssue({ code: "custom", path: ["scenario"], message: "audits.error.scenarioOrText" });
    if (v.employee === "unknown" && !v.unknownDescription)
      ctx.addIssue({ code: "custom", path: ["unknownDescription"], message: "audits.error.unknownDescription" });
  });
