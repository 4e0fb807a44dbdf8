import { z } from "zod";
import { SECURITY_EVENT_TYPES } from "~/domain/security-log/events";

/** Who reads the log: an organisation's administrator (its events), the platform administrator (all). */
export const SECURITY_LOG_ROLES = ["admin", "platform_admin"] as const;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** A filter value that cannot be read is ignored rather than refused: the page still opens. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional()).catch(undefined);

/** The log's filters, from the URL (the page and the CSV download read the same). */
export const SecurityLogQuery = z.object({
  type: optional(z.enum(SECURITY_EVENT_TYPES)),
  user: optional(z.string().trim().max(254)),
  from: optional(day),
  to: optional(day),
});

export function securityLogFilter(url: URL) {
  return SecurityLogQuery.parse(Object.fromEntries(url.searchParams));
}
