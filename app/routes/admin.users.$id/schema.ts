import { z } from "zod";
import { ORG_ROLES } from "~/domain/enums";
import { hasControlCharacters } from "~/domain/text/control";

/** The roles as the form offers them, in this order: an organisation's own (platform roles are given by the platform administrator). */
export const ROLE_OPTIONS = ORG_ROLES;

// The password limits come from ~/lib/password.server (PASSWORD_MIN, PASSWORD_MAX); a
// server module cannot be bundled for the browser, so the loader hands them to the page.
export type PasswordRule = { min: number; max: number };

const email = z
  .string({ error: "form.required" })
  .trim()
  .min(1, "form.required")
  .max(254, 'form.tooLong|{"max":254}')
  .email("form.invalidEmail");

// Passwords are taken as typed: no trimming and no composition rules (NIST SP 800-63B).
export const passwordField = (rule: PasswordRule) =>
  z
    .string({ error: "form.required" })
    .min(1, "form.required")
    .min(rule.min, `admin.user.passwordTooShort|{"min":${rule.min}}`)
    .max(rule.max, `admin.user.passwordTooLong|{"max":${rule.max}}`);

const userFields = {
  email,
  name: z
    .string({ error: "form.required" })
    .trim()
    .min(1, "form.required")
    .max(120, 'form.tooLong|{"max":120}')
    .refine((v) => !hasControlCharacters(v), "form.controlCharacters"),
  role: z.enum(ROLE_OPTIONS, { error: "admin.user.roleInvalid" }),
  departmentIds: z.array(z.number().int().positive()).default([]),
};

export const NewUserSchema = (rule: PasswordRule) => z.object({ ...userFields, password: passwordField(rule) });

export const EditUserSchema = z.object({ ...userFields, active: z.boolean().default(false) });

export const ResetPasswordSchema = (rule: PasswordRule) => z.object({ intent: z.literal("reset-password"), password: passwordField(rule) });

export type NewUserValue = z.infer<ReturnType<typeof NewUserSchema>>;
export type EditUserValue = z.infer<typeof EditUserSchema>;
