// How long personal data is kept, per organisation, and which records a purge at a given
// moment removes. Pure: the clock is a parameter, so the rules are tested with any "now".
export type RetentionSettings = {
  /** Months an audit is kept after its interaction; null: for ever. */
  auditsMonths: number | null;
  accessLogMonths: number;
  /** Months after an employee left (was set inactive) before they are anonymised. */
  leaversMonths: number;
};

/**
 * Defaults until an administrator chooses: five years of audits (long enough for trends and
 * any dispute or complaint about a result), two years of the access log (a data subject's
 * complaint can come long after the access), one year before a leaver's name goes.
 */
export const DEFAULT_RETENTION: RetentionSettings = { auditsMonths: 60, accessLogMonths: 24, leaversMonths: 12 };

/** The periods an administrator may choose, in months. */
export const RETENTION_LIMITS = {
  auditsMonths: { min: 6, max: 600 },
  accessLogMonths: { min: 6, max: 120 },
  leaversMonths: { min: 1, max: 120 },
} as const;

/**
 * The instant `months` calendar months before `now` (UTC), the day clamped to the target
 * month's length: 31 March minus one month is 28 (or 29) February, not 3 March.
 */
export function monthsBefore(now: number, months: number): number {
  const d = new Date(now);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() - months;
  const target = new Date(Date.UTC(year, month, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return Date.UTC(
    target.getUTCFullYear(),
    target.getUTCMonth(),
    Math.min(d.getUTCDate(), lastDay),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    d.getUTCMilliseconds(),
  );
}

export type RetentionCutoffs = {
  /** Audits whose interaction was before this go; null: none go. */
  audits: number | null;
  accessLog: number;
  /** Employees who left before this are anonymised. */
  leavers: number;
};

export function retentionCutoffs(settings: RetentionSettings, now: number): RetentionCutoffs {
  return {
    audits: settings.auditsMonths === null ? null : monthsBefore(now, settings.auditsMonths),
    accessLog: monthsBefore(now, settings.accessLogMonths),
    leavers: monthsBefore(now, settings.leaversMonths),
  };
}

/** Past its period: strictly before the cutoff (a record exactly at the cutoff is kept one more day). */
export function isPastPeriod(at: number, cutoff: number | null): boolean {
  return cutoff !== null && at < cutoff;
}

export type StaffRecord = { id: number; active: boolean; leftAt: number; anonymised: boolean };

/** The employees a purge anonymises: left (inactive) before the cutoff and not anonymised yet. */
export function leaversToAnonymise(staff: StaffRecord[], cutoff: number): number[] {
  return staff.filter((e) => !e.active && !e.anonymised && isPastPeriod(e.leftAt, cutoff)).map((e) => e.id);
}
