import { z } from "zod";

/** The admin's activate / deactivate form (hidden fields only: a bad value is a bad request). */
export const ToggleActiveSchema = z.object({
  id: z.string({ error: "form.required" }).regex(/^(vmb|kmsa)-[a-z0-9-]+$/, "form.required"),
  active: z.enum(["true", "false"], { error: "form.required" }).transform((v) => v === "true"),
});
