import { z } from "zod";

/** The field sync's fields beside the answers: what it does, the revision it started from, the submit's key. */
export const SyncRequestSchema = z.object({
  intent: z.enum(["save", "submit"]).default("save"),
  baseRevision: z.coerce.number().int().min(0).optional(),
  submitKey: z
    .string()
    .regex(/^[A-Za-z0-9-]{8,64}$/)
    .optional(),
});
