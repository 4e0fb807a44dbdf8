// Funnel plots for comparing units (departments) with the organisation (Spiegelhalter DJ,
// "Funnel plots for comparing institutional performance", Stat Med 2005;24:1185–1202). For
// a unit's mean of n audit scores, under the hypothesis that it performs like the whole
// organisation (target θ, the organisation's mean; σ, the SD of single audit scores), its
// mean lies within θ ± z_p·σ/√n with probability p. The limits at p = 95 % ("two sigma") and
// 99.8 % ("three sigma") narrow as n grows, so a small department is not judged on noise.

/** Two-sided normal quantiles: z(0.975) and z(0.999). */
export const Z_95 = 1.959963984540054;
export const Z_998 = 3.090232306167813;

export type FunnelLimits = { low95: number; high95: number; low998: number; high998: number };

const clamp = (v: number) => Math.min(100, Math.max(0, v));

/** The control limits at n audits, on the 0–100 score scale. */
export function funnelLimits(target: number, sd: number, n: number): FunnelLimits {
  const se = sd / Math.sqrt(n);
  return {
    low95: clamp(target - Z_95 * se),
    high95: clamp(target + Z_95 * se),
    low998: clamp(target - Z_998 * se),
    high998: clamp(target + Z_998 * se),
  };
}

/** Where a unit lies: outside which limit, within them, or too few audits to say. */
export type FunnelStanding = "below998" | "below95" | "within" | "above95" | "above998" | "too_few";

export function funnelStanding(mean: number | null, n: number, target: number | null, sd: number | null, minN: number): FunnelStanding {
  if (mean === null || target === null || sd === null || n < Math.max(1, minN)) return "too_few";
  const l = funnelLimits(target, sd, n);
  if (mean < l.low998) return "below998";
  if (mean < l.low95) return "below95";
  if (mean > l.high998) return "above998";
  if (mean > l.high95) return "above95";
  return "within";
}

/** The limit lines to draw from n = from to n = to, at about `steps` points spaced evenly in 1/√n. */
export function funnelCurve(target: number, sd: number, from: number, to: number, steps = 40): ({ n: number } & FunnelLimits)[] {
  const start = Math.max(1, Math.floor(from));
  const end = Math.max(start + 1, Math.ceil(to));
  const ns = new Set<number>();
  // Even steps in 1/√n put the points where the curve bends (small n), not along its flat tail.
  const a = 1 / Math.sqrt(start);
  const b = 1 / Math.sqrt(end);
  for (let i = 0; i <= steps; i++) ns.add(Math.round(1 / (a + ((b - a) * i) / steps) ** 2));
  return [...ns].sort((x, y) => x - y).map((n) => ({ n, ...funnelLimits(target, sd, n) }));
}
