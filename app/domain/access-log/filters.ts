// The access log page's filters, read from the URL (a GET form, so a filtered view can be
// bookmarked). Anything malformed is dropped rather than refused: the page shows the
// unfiltered log and a notice naming the ignored filter.
import { vilniusDayRange } from "../time";
import { isAccessAction, type AccessAction } from "./actions";

export type AccessLogFilters = {
  from: string;
  to: string;
  action: AccessAction | null;
  userId: number | null;
  employeeId: number | null;
};

export type AccessLogQuery = AccessLogFilters & { range: { from?: number; to?: number }; ignored: (keyof AccessLogFilters)[] };

const id = (value: string | null) => (value && /^\d{1,12}$/.test(value) ? Number(value) : null);

export function parseAccessLogFilters(params: URLSearchParams): AccessLogQuery {
  const ignored: (keyof AccessLogFilters)[] = [];
  const text = (name: "from" | "to") => {
    const value = (params.get(name) ?? "").trim();
    if (value && !vilniusDayRange(value)) {
      ignored.push(name);
      return "";
    }
    return value;
  };
  let from = text("from");
  let to = text("to");
  if (from && to && from > to) [from, to] = [to, from];
  const rawAction = params.get("action") || null;
  const action = isAccessAction(rawAction) ? rawAction : null;
  if (rawAction && !action) ignored.push("action");
  const pick = (name: "userId" | "employeeId", key: string) => {
    const raw = params.get(key) || null;
    const value = id(raw);
    if (raw && value === null) ignored.push(name);
    return value;
  };
  const userId = pick("userId", "user");
  const employeeId = pick("employeeId", "employee");
  return { from, to, action, userId, employeeId, range: vilniusDayRange(from || undefined, to || undefined) ?? {}, ignored };
}

/** The query string of a set of filters (for links that keep or change one of them). */
export function accessLogSearch(f: AccessLogFilters): string {
  const p = new URLSearchParams();
  if (f.from) p.set("from", f.from);
  if (f.to) p.set("to", f.to);
  if (f.action) p.set("action", f.action);
  if (f.userId !== null) p.set("user", String(f.userId));
  if (f.employeeId !== null) p.set("employee", String(f.employeeId));
  const s = p.toString();
  return s ? `?${s}` : "";
}
