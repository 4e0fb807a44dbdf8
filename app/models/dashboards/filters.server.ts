// Dashboard filters live in the URL (?from=2026-01&to=2026-12&channel=phone…) so a view
// can be shared. Anything invalid falls back to the default rather than failing the page:
// a mistyped link still opens a sensible view.
import { z } from "zod";
import type { DashboardFilters } from "~/domain/dashboards/filters";
import { AUDIT_TYPES, CHANNELS } from "~/domain/checklists/schema";
import { addMonths, vilniusMonth } from "~/domain/time";

/** The longest period one view shows: three years of months. */
export const MAX_MONTHS = 36;

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

const FilterSchema = z.object({
  from: optional(month),
  to: optional(month),
  channel: optional(z.enum(CHANNELS)),
  checklist: optional(z.string().regex(/^(vmb|kmsa)-[a-z0-9-]+$/)),
  auditType: optional(z.enum(AUDIT_TYPES)),
  department: optional(z.coerce.number().int().positive().max(1e12)),
});

/** Every month from `from` to `to`, inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to && months.length <= MAX_MONTHS; m = addMonths(m, 1)) months.push(m);
  return months;
}

/** Why the period shown differs from the one asked for; the page says so (never silently). */
export type PeriodNotice =
  | { key: "dashboards.period.invalid"; params: { value: string; from: string; to: string } }
  | { key: "dashboards.period.swapped"; params: { from: string; to: string } }
  | { key: "dashboards.period.tooLong"; params: { max: number; from: string; to: string } };

/** Filters from the URL; the default period is the last 12 months up to the current one. */
export function parseFilters(url: URL, now = Date.now()): DashboardFilters {
  return parseFiltersWithNotices(url, now).filters;
}

/** The filters and, for a period that could not be shown as asked, what was shown instead and why. */
export function parseFiltersWithNotices(url: URL, now = Date.now()): { filters: DashboardFilters; notices: PeriodNotice[] } {
  const raw = Object.fromEntries([...url.searchParams].filter(([, v]) => v !== ""));
  const parsed = FilterSchema.parse(raw);
  const current = vilniusMonth(now);
  let to = parsed.to ?? current;
  let from = parsed.from ?? addMonths(to, -11);
  const swapped = from > to;
  if (swapped) [from, to] = [to, from];
  const tooLong = monthsBetween(from, to).length > MAX_MONTHS;
  if (tooLong) from = addMonths(to, -(MAX_MONTHS - 1));
  const notices: PeriodNotice[] = [];
  for (const name of ["from", "to"] as const)
    if (raw[name] !== undefined && parsed[name] === undefined)
      notices.push({ key: "dashboards.period.invalid", params: { value: raw[name].slice(0, 20), from, to } });
  if (swapped) notices.push({ key: "dashboards.period.swapped", params: { from, to } });
  if (tooLong) notices.push({ key: "dashboards.period.tooLong", params: { max: MAX_MONTHS, from, to } });
  const filters: DashboardFilters = {
    from,
    to,
    channel: parsed.channel ?? null,
    checklist: parsed.checklist ?? null,
    auditType: parsed.auditType ?? null,
    department: parsed.department ?? null,
  };
  return { filters, notices };
}

export type { DashboardFilters };
