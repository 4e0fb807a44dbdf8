import { describe, expect, it } from "vitest";
import { fittedScoreDomain, scoreTicks } from "./axis";

describe("fittedScoreDomain", () => {
  it("fits lines between 78 and 98 with padding on round numbers", () => {
    expect(fittedScoreDomain([78, 85.2, 98, null])).toEqual([75, 100]);
    expect(fittedScoreDomain([81, 88, 90])).toEqual([80, 95]);
  });

  it("keeps the pass mark and the target in view", () => {
    expect(fittedScoreDomain([88, 93], [80, 95])).toEqual([75, 100]);
    expect(fittedScoreDomain([40, 55], [80])).toEqual([35, 85]);
  });

  it("never leaves the 0–100 scale and shows at least ten points", () => {
    expect(fittedScoreDomain([1, 99])).toEqual([0, 100]);
    const [low, high] = fittedScoreDomain([90, 90.5]);
    expect(high - low).toBeGreaterThanOrEqual(10);
    expect(low).toBeLessThanOrEqual(90);
    expect(high).toBeGreaterThanOrEqual(90.5);
  });

  it("shows the whole scale when there is nothing to fit", () => {
    expect(fittedScoreDomain([null, null])).toEqual([0, 100]);
    expect(fittedScoreDomain([])).toEqual([0, 100]);
  });
});

describe("scoreTicks", () => {
  it("puts ticks on round numbers", () => {
    expect(scoreTicks([70, 100])).toEqual([70, 75, 80, 85, 90, 95, 100]);
    expect(scoreTicks([35, 85])).toEqual([40, 50, 60, 70, 80]);
    expect(scoreTicks([0, 100])).toEqual([0, 20, 40, 60, 80, 100]);
  });
});
