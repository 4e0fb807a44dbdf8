import { z } from "zod";

export const MAX_UPLOAD_MB = 200;

/** The file itself is checked in the action (it is streamed to disk, not a form value). */
export const UploadSchema = z.object({
  kind: z.enum(["roster", "audits"], { error: "csv.import.kindRequired" }),
});
