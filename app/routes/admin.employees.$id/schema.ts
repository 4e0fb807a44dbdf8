import { z } from "zod";
import { hasControlCharacters } from "~/domain/text/control";

const name = (max: number) =>
  z
    .string({ error: "form.required" })
    .trim()
    .min(1, "form.required")
    .max(max, `form.tooLong|{"max":${max}}`)
    .refine((v) => !hasControlCharacters(v), "form.controlCharacters");

// Empty optional fields arrive as undefined (conform turns "" into undefined).
export const EmployeeSchema = z.object({
  firstName: name(80),
  lastName: name(80),
  position: name(160),
  departmentId: z.number({ error: "form.required" }).int("form.required").positive("form.required"),
  email: z.string().trim().max(254, 'form.tooLong|{"max":254}').email("form.invalidEmail").optional(),
  code: z
    .string()
    .trim()
    .max(40, 'form.tooLong|{"max":40}')
    .regex(/^[\p{L}\p{N}_.-]+$/u, "admin.employee.codeFormat")
    .optional(),
  active: z.boolean().default(false),
  userId: z.number().int().positive().optional(),
});

export type EmployeeFormValue = z.infer<typeof EmployeeSchema>;
