import { z } from "zod";
import type { PasswordRule } from "~/routes/admin.users.$id/schema";

// Passwords are taken as typed (no trimming, no composition rules); whether the new one is
// hard enough to guess is decided on the server (app/lib/password-strength.server.ts).
export const ChangePasswordSchema = (rule: PasswordRule) =>
  z
    .object({
      current: z.string({ error: "form.required" }).min(1, "form.required").max(rule.max, `admin.user.passwordTooLong|{"max":${rule.max}}`),
      next: z
        .string({ error: "form.required" })
        .min(1, "form.required")
        .min(rule.min, `admin.user.passwordTooShort|{"min":${rule.min}}`)
        .max(rule.max, `admin.user.passwordTooLong|{"max":${rule.max}}`),
      confirm: z.string({ error: "form.required" }).min(1, "form.required"),
    })
    .refine((v) => v.next === v.confirm, { path: ["confirm"], message: "account.password.mismatch" });
