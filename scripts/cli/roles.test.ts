import { describe, expect, it } from "vitest";
import { parseRole } from "./roles";

describe("parseRole", () => {
  it.each([
    ["admin", "admin"],
    ["Administratorius", "admin"],
    ["leadership", "leadership"],
    ["vadovybė", "leadership"],
    ["VADOVYBE", "leadership"],
    ["supervisor", "supervisor"],
    ["vadovas", "supervisor"],
    ["skyriaus vadovas", "supervisor"],
    ["mystery_shopper", "mystery_shopper"],
    ["mystery-shopper", "mystery_shopper"],
    ["klientas", "mystery_shopper"],
    ["slaptasis klientas", "mystery_shopper"],
    ["employee", "employee"],
    [" darbuotojas ", "employee"],
  ])("reads %j as %s", (text, role) => {
    expect(parseRole(text)).toBe(role);
  });

  it.each(["", "boss", "adminas", "vadove", "super visor"])("refuses %j", (text) => {
    expect(parseRole(text)).toBeNull();
  });
});
