import { z } from "zod";

/** The administrator confirms, knowing it cannot be undone. */
export const AnonymiseSchema = z.object({
  confirm: z.literal("on", { error: "privacy.anonymise.confirmRequired" }),
});
