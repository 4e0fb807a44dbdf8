import { z } from "zod";
import { hasControlCharacters } from "~/domain/text/control";

const text = (max: number) => z.string({ error: "form.required" }).trim().min(1, "form.required").max(max, `form.tooLong|{"max":${max}}`);

export const NewSessionSchema = z.object({
  title: text(200).refine((v) => !hasControlCharacters(v), "form.controlCharacters"),
  material: text(20_000),
  checklistId: z.string({ error: "calibration.error.checklist" }).min(1, "calibration.error.checklist"),
  departmentId: z.coerce.number({ error: "calibration.error.department" }).int().positive("calibration.error.department"),
  deadline: z.string({ error: "calibration.error.deadline" }).regex(/^\d{4}-\d{2}-\d{2}$/, "calibration.error.deadline"),
  auditorIds: z.array(z.coerce.number().int().positive()).min(2, "calibration.error.auditors").default([]),
});

export type NewSessionValue = z.infer<typeof NewSessionSchema>;
