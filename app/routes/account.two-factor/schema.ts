import { z } from "zod";
import { PASSWORD_MAX } from "~/lib/password-rules";

const code = z.string().trim().min(1).max(40);

/** The page's three forms: start enrolment, confirm it with a code, turn it off. */
export const TwoFactorSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("start") }),
  z.object({ intent: z.literal("confirm"), code }),
  z.object({ intent: z.literal("disable"), password: z.string().min(1).max(PASSWORD_MAX), code }),
]);
