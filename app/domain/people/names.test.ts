import { describe, expect, it } from "vitest";
import { employeeFullName } from "./names";

describe("employeeFullName", () => {
  it("puts the first name before the last name", () => {
    expect(employeeFullName({ firstName: "Eglė", lastName: "Petraitienė" })).toBe("Eglė Petraitienė");
  });
});
