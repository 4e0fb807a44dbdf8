import { z } from "zod";

const date = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "csv.export.invalidDate")
  .optional();

/** The export form (a GET form: the filter is the URL). Dates are Vilnius calendar days. */
export const ExportSchema = z
  .object({
    from: date,
    to: date,
    checklist: z.string().trim().max(80).optional(),
    separator: z.enum(["semicolon", "comma"]).default("semicolon"),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ["to"], message: "csv.export.rangeOrder" });
