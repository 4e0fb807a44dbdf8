// A token bucket per key (a client address), in memory: `capacity` requests at once, then
// `perSecond` more each second. Bounded: at most `maxKeys` buckets; when full, buckets that
// have refilled (idle addresses) go first, then the oldest.

export type BucketConfig = { capacity: number; perSecond: number; maxKeys: number };
export type Take = { ok: true } | { ok: false; retryAfterS: number };

export function tokenBuckets({ capacity, perSecond, maxKeys }: BucketConfig) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refilled = (b: { tokens: number; at: number }, now: number) => Math.min(capacity, b.tokens + ((now - b.at) / 1000) * perSecond);

  function makeRoom(now: number) {
    for (const [key, b] of buckets) if (refilled(b, now) >= capacity) buckets.delete(key);
    for (const key of buckets.keys()) {
      if (buckets.size < maxKeys) break;
      buckets.delete(key);
    }
  }

  return {
    take(key: string, now = Date.now()): Take {
      let bucket = buckets.get(key);
      if (bucket) {
        bucket.tokens = refilled(bucket, now);
        bucket.at = now;
      } else {
        if (buckets.size >= maxKeys) makeRoom(now);
        bucket = { tokens: capacity, at: now };
        buckets.set(key, bucket);
      }
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterS: Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond)) };
    },
    size: () => buckets.size,
  };
}
