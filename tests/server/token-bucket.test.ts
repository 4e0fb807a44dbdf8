import { describe, expect, it } from "vitest";
import { tokenBuckets } from "../../server/token-bucket";

describe("token buckets", () => {
  it("allow a burst of `capacity`, then one request per refill, and say how long to wait", () => {
    const limit = tokenBuckets({ capacity: 3, perSecond: 0.5, maxKeys: 10 });
    const t = 1_000_000;
    expect([1, 2, 3].map(() => limit.take("a", t).ok)).toEqual([true, true, true]);
    expect(limit.take("a", t)).toEqual({ ok: false, retryAfterS: 2 });
    expect(limit.take("a", t + 1000)).toEqual({ ok: false, retryAfterS: 1 });
    expect(limit.take("a", t + 2000).ok).toBe(true);
    expect(limit.take("a", t + 2000).ok).toBe(false);
    // Another address has its own bucket.
    expect(limit.take("b", t + 2000).ok).toBe(true);
    // An idle bucket fills up to the capacity, not beyond.
    const later = t + 3_600_000;
    expect([1, 2, 3, 4].map(() => limit.take("a", later).ok)).toEqual([true, true, true, false]);
  });

  it("keep at most maxKeys buckets: idle ones go first, then the oldest", () => {
    const limit = tokenBuckets({ capacity: 2, perSecond: 1, maxKeys: 3 });
    const t = 5_000_000;
    limit.take("busy", t);
    limit.take("busy", t);
    limit.take("idle1", t);
    limit.take("idle2", t);
    expect(limit.size()).toBe(3);
    // A second later idle1 and idle2 have refilled; busy has not (one token of two).
    limit.take("new", t + 1000);
    expect(limit.size()).toBe(2);
    expect(limit.take("busy", t + 1000).ok).toBe(true);
    expect(limit.take("busy", t + 1000).ok).toBe(false);
    for (let i = 0; i < 10; i += 1) limit.take(`spray${i}`, t + 1000);
    expect(limit.size()).toBeLessThanOrEqual(3);
  });
});
