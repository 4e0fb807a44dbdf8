import { z } from "zod";
import { hasControlCharacters } from "~/domain/text/control";

export const DepartmentSchema = z.object({
  code: z
    .string({ error: "form.required" })
    .trim()
    .min(1, "form.required")
    .max(20, 'form.tooLong|{"max":20}')
    .regex(/^[\p{L}\p{N}_.-]+$/u, "admin.department.codeFormat"),
  name: z
    .string({ error: "form.required" })
    .trim()
    .min(1, "form.required")
    .max(160, 'form.tooLong|{"max":160}')
    .refine((v) => !hasControlCharacters(v), "form.controlCharacters"),
  active: z.boolean().default(false),
});
