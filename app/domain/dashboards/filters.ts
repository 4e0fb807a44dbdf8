// The dashboard filters as they travel in the URL; shared by loaders and components.
import type { AuditType, Channel } from "~/domain/checklists/schema";

export type DashboardFilters = {
  from: string;
  to: string;
  channel: Channel | null;
  checklist: string | null;
  auditType: AuditType | null;
  department: number | null;
};

/** The filters as URL search params (empty ones left out), for links that keep the view. */
export function filterSearch(f: DashboardFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  params.set("from", f.from);
  params.set("to", f.to);
  if (f.channel) params.set("channel", f.channel);
  if (f.checklist) params.set("checklist", f.checklist);
  if (f.auditType) params.set("auditType", f.auditType);
  if (f.department) params.set("department", String(f.department));
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params.toString();
}

/** Channels and audit types in the order the dashboards show them: the enums' order. */
export { CHANNELS as CHANNEL_ORDER, AUDIT_TYPES as AUDIT_TYPE_ORDER } from "../enums";
