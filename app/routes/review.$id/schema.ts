import { z } from "zod";

const comment = z
  .string({ error: "audits.error.commentRequired" })
  .trim()
  .min(1, "audits.error.commentRequired")
  .max(2000, 'form.tooLong|{"max":2000}');

/** The review actions. `resolution` is a roster employee id or "department_only". */
export const ReviewSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("publish"),
    resolution: z
      .string()
      .regex(/^(department_only|\d{1,12})$/)
      .optional(),
  }),
  z.object({ intent: z.literal("return"), comment }),
  z.object({ intent: z.literal("reject"), reason: comment }),
  z.object({
    intent: z.literal("resolve"),
    resolution: z.string({ error: "audits.error.employee" }).regex(/^(department_only|\d{1,12})$/, "audits.error.employee"),
  }),
]);
