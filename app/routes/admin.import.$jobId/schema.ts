import { z } from "zod";

export const JobActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("confirm"), publish: z.boolean().default(false) }),
  z.object({ intent: z.literal("cancel") }),
]);
