import { describe, expect, it } from "vitest";
import { hashString, mulberry32, normal, subRng, unitHash, weightedPicker } from "./prng";

describe("seeded random numbers", () => {
  it("repeats the same sequence for the same seed and differs for another", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const seqA = Array.from({ length: 20 }, a);
    expect(Array.from({ length: 20 }, b)).toEqual(seqA);
    expect(Array.from({ length: 20 }, c)).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("is roughly uniform", () => {
    const rng = mulberry32(7);
    const buckets = new Array(10).fill(0);
    for (let i = 0; i < 100_000; i++) buckets[Math.floor(rng() * 10)]++;
    for (const b of buckets) expect(Math.abs(b - 10_000)).toBeLessThan(500);
  });

  it("gives independent named streams", () => {
    expect(subRng(1, "audits")()).not.toBe(subRng(1, "organisation")());
    expect(subRng(1, "audits")()).toBe(subRng(1, "audits")());
  });

  it("hashes keys to stable, spread numbers", () => {
    expect(hashString("vmb.greet.phrase", 3)).toBe(hashString("vmb.greet.phrase", 3));
    expect(hashString("vmb.greet.phrase", 3)).not.toBe(hashString("vmb.greet.phrase", 4));
    const values = Array.from({ length: 1000 }, (_, i) => unitHash(`item.${i}`));
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });

  it("draws weighted indexes in proportion", () => {
    const pickIndex = weightedPicker([1, 0, 3]);
    const rng = mulberry32(9);
    const counts = [0, 0, 0];
    for (let i = 0; i < 40_000; i++) counts[pickIndex(rng)]++;
    expect(counts[1]).toBe(0);
    expect(counts[2] / counts[0]).toBeGreaterThan(2.8);
    expect(counts[2] / counts[0]).toBeLessThan(3.2);
    expect(() => weightedPicker([0, 0])).toThrow();
  });

  it("draws standard normal numbers", () => {
    const rng = mulberry32(5);
    const xs = Array.from({ length: 50_000 }, () => normal(rng));
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(Math.abs(sd - 1)).toBeLessThan(0.02);
  });
});
