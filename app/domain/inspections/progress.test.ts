import { describe, expect, it } from "vitest";
import { inspectionProgress } from "./progress";

describe("inspectionProgress", () => {
  it("counts absent employees apart from the inspected ones", () => {
    const staff = [{ status: "present" }, { status: "absent" }, { status: "absent" }, { status: "present" }];
    expect(inspectionProgress(staff)).toEqual({ inspected: 2, absent: 2, pending: 0, total: 4 });
  });

  it("counts the employees still to do", () => {
    expect(inspectionProgress([{ status: "pending" }, { status: "present" }])).toEqual({ inspected: 1, absent: 0, pending: 1, total: 2 });
    expect(inspectionProgress([])).toEqual({ inspected: 0, absent: 0, pending: 0, total: 0 });
  });
});
