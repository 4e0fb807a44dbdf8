import { describe, expect, it } from "vitest";
import { detectSeparator } from "./separator";

describe("detectSeparator", () => {
  it("picks the separator of the header row", () => {
    expect(detectSeparator("a;b;c\n1,5;2;3")).toBe(";");
    expect(detectSeparator("a,b,c\n1;2;3;4;5;6")).toBe(",");
  });
  it("ignores separators inside quoted header cells", () => {
    expect(detectSeparator('"a,b,c";d;e\n')).toBe(";");
    expect(detectSeparator('"a;b;c",d,e\r\n')).toBe(",");
  });
  it("defaults to ';' for a one-column file and skips a BOM", () => {
    expect(detectSeparator("\uFEFFexternal_ref\nx")).toBe(";");
    expect(detectSeparator("")).toBe(";");
  });
});
