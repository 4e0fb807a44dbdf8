import { z } from "zod";
import { hasControlCharacters } from "~/domain/text/control";
import { passwordField, type PasswordRule } from "../admin.users.$id/schema";

const line = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `form.tooLong|{"max":${max}}`)
    .refine((v) => !hasControlCharacters(v), "form.controlCharacters")
    .optional()
    .transform((v) => v || null);

export const OrganisationDetailsSchema = z.object({
  code: z
    .string({ error: "form.required" })
    .trim()
    .min(1, "form.required")
    .max(20, 'form.tooLong|{"max":20}')
    .regex(/^[\p{L}\p{N}_-]+$/u, "platform.org.codeFormat"),
  name: z
    .string({ error: "form.required" })
    .trim()
    .min(1, "form.required")
    .max(200, 'form.tooLong|{"max":200}')
    .refine((v) => !hasControlCharacters(v), "form.controlCharacters"),
  legalCode: z
    .string()
    .trim()
    .regex(/^\d{7,9}$/, "platform.org.legalCodeFormat")
    .optional()
    .transform((v) => v || null),
  address: line(200),
  contact: line(200),
  standards: z.array(z.string().trim().min(1), { error: "platform.org.standardsRequired" }).min(1, "platform.org.standardsRequired"),
});

/** Editing: the details, and whether the organisation is active (a deactivated one's people cannot sign in). */
export const EditOrganisationSchema = OrganisationDetailsSchema.extend({ active: z.boolean().default(false) });

export const NewOrganisationSchema = (rule: PasswordRule) =>
  OrganisationDetailsSchema.extend({
    adminEmail: z
      .string({ error: "form.required" })
      .trim()
      .min(1, "form.required")
      .max(254, 'form.tooLong|{"max":254}')
      .email("form.invalidEmail"),
    adminName: z
      .string({ error: "form.required" })
      .trim()
      .min(1, "form.required")
      .max(120, 'form.tooLong|{"max":120}')
      .refine((v) => !hasControlCharacters(v), "form.controlCharacters"),
    adminPassword: passwordField(rule),
  });

export const GrantSchema = z.object({
  intent: z.literal("grant"),
  email: z.string({ error: "form.required" }).trim().min(1, "form.required").email("form.invalidEmail"),
});

export const RevokeSchema = z.object({ intent: z.literal("revoke"), userId: z.coerce.number().int().positive() });

/** The fields of the one form that creates (with the first administrator) and edits (with `active`): for the form's types. */
export const OrganisationFormFields = (rule: PasswordRule) => NewOrganisationSchema(rule).extend({ active: z.boolean().default(false) });
