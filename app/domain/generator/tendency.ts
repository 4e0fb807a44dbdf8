/**
 * How likely an item is to be passed. On the logit scale:
 *
 *   baseline + item difficulty + department bias + employee bias
 *   + department trend × time − dip around one month + channel effect
 *   (+ a large penalty on the department's recurring broken rules)
 *
 * so that every department and employee has its own level, some rules are broken far more
 * often than others, scores improve over time with a dip, and the phone is weaker on
 * "answer by the 3rd ring". Critical items are almost always passed: a critical failure
 * is a rare event, as in real audits.
 */
import { normal, sigmoid, unitHash, type Rng } from "./prng";

export type DepartmentTendency = {
  /** Level (logit); 0 is an average department. */
  bias: number;
  /** Gain (logit) from the first month to the last: > 0 improves. */
  trend: number;
  /** Depth (logit) of a temporary dip, and where it is (0 first month … 1 last month). */
  dip: number;
  dipAt: number;
  /** Item keys this department breaks again and again. */
  brokenItems: string[];
  /** Share of other items (by hash) that this department also breaks often. */
  brokenShare: number;
  /** Picks which items those are (differs per department). */
  salt: number;
};

export type EmployeeTendency = { bias: number };

export const BASELINE = 2.3;
const CRITICAL_LEVEL = 6.5;
const HARD_SHARE = 0.15;
const BROKEN_PENALTY = 4;

export function randomDepartmentTendency(rng: Rng): DepartmentTendency {
  return {
    bias: 0.35 * normal(rng),
    trend: 0.25 + 0.5 * rng(),
    dip: 0.6 * rng(),
    dipAt: 0.45 + 0.3 * rng(),
    brokenItems: [],
    brokenShare: rng() < 0.35 ? 0.04 : 0,
    salt: Math.floor(rng() * 2 ** 31),
  };
}

export function randomEmployeeTendency(rng: Rng): EmployeeTendency {
  return { bias: 0.55 * normal(rng) };
}

const PHONE_RINGS = /\.rings$/;

/**
 * A rule's difficulty (logit), fixed per item key and seed: about one item in seven is
 * "hard" (passed only about half the time), the rest easy. The ring count has a fixed,
 * middling difficulty so that the phone's weakness on it (channelEffect) shows the same way
 * for every seed.
 */
export function itemDifficulty(key: string, seed: number): number {
  const memo = `${seed}|${key}`;
  let d = difficulties.get(memo);
  if (d === undefined) difficulties.set(memo, (d = computeDifficulty(key, seed)));
  return d;
}
// Asked for ~28 times per audit: a memo keeps a million audits from hashing 28 million keys.
const difficulties = new Map<string, number>();

function computeDifficulty(key: string, seed: number): number {
  if (PHONE_RINGS.test(key)) return 0.8;
  const u = unitHash(key, seed);
  if (u < HARD_SHARE) return -2.6 + 1.4 * (u / HARD_SHARE);
  return 0.2 + 1.6 * ((u - HARD_SHARE) / (1 - HARD_SHARE));
}

/** Answering by the 3rd ring is the phone's weak spot; e-mail replies are often late. */
export function channelEffect(channel: string, key: string): number {
  if (channel === "phone" && PHONE_RINGS.test(key)) return -2.6;
  if (channel === "phone" && /phone_in\.(introduction|busy_message|call_back)/.test(key)) return -0.6;
  if (channel === "phone") return -0.15;
  if (channel === "email" && /response_hours/.test(key)) return -0.8;
  return 0;
}

/** Time effect at t ∈ [0, 1] (first … last month): steady improvement and one dip. */
export function timeEffect(dept: DepartmentTendency, t: number): number {
  const d = (t - dept.dipAt) / 0.09;
  return dept.trend * (t - 0.5) - dept.dip * Math.exp(-d * d);
}

export type PassContext = {
  seed: number;
  channel: string;
  department: DepartmentTendency;
  employee: EmployeeTendency | null;
  /** Position in time: 0 = first month, 1 = last month. */
  t: number;
};

export function isBrokenBy(dept: DepartmentTendency, key: string, seed: number): boolean {
  if (dept.brokenItems.length && dept.brokenItems.includes(key)) return true;
  return dept.brokenShare > 0 && unitHash(`broken:${key}`, (seed ^ dept.salt) >>> 0) < dept.brokenShare;
}

/** Probability that an item is passed (resolves to yes). */
export function passProbability(key: string, critical: boolean, ctx: PassContext): number {
  if (critical) return sigmoid(CRITICAL_LEVEL + (ctx.employee?.bias ?? 0) + ctx.department.bias);
  let x =
    BASELINE +
    itemDifficulty(key, ctx.seed) +
    ctx.department.bias +
    (ctx.employee?.bias ?? 0) +
    timeEffect(ctx.department, ctx.t) +
    channelEffect(ctx.channel, key);
  if (isBrokenBy(ctx.department, key, ctx.seed)) x -= BROKEN_PENALTY;
  return sigmoid(x);
}
