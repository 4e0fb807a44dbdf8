import { describe, expect, it } from "vitest";
import { fromVilniusInput } from "../time";
import { EARLIEST_INTERACTION_INPUT, EARLIEST_INTERACTION_MS, interactionTimeProblem } from "./interaction-time";

const now = Date.UTC(2026, 10, 21, 12);

describe("interactionTimeProblem", () => {
  it("accepts the past back to 2000-01-01 in Vilnius", () => {
    expect(interactionTimeProblem(now - 3600_000, now)).toBeNull();
    expect(interactionTimeProblem(now + 60_000, now)).toBeNull();
    expect(fromVilniusInput(EARLIEST_INTERACTION_INPUT)).toBe(EARLIEST_INTERACTION_MS);
    expect(interactionTimeProblem(EARLIEST_INTERACTION_MS, now)).toBeNull();
  });

  it("refuses the future and dates before 2000", () => {
    expect(interactionTimeProblem(now + 10 * 60_000, now)).toBe("future");
    expect(interactionTimeProblem(fromVilniusInput("1900-05-01T10:00")!, now)).toBe("too_early");
    expect(interactionTimeProblem(EARLIEST_INTERACTION_MS - 1, now)).toBe("too_early");
  });
});
