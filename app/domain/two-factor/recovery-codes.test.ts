import { describe, expect, it } from "vitest";
import { newRecoveryCode, newRecoveryCodes, normaliseRecoveryCode, RECOVERY_CODE_COUNT } from "./recovery-codes";

describe("recovery codes", () => {
  it("are ten different codes of four groups of four, without look-alike characters", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[2-9a-hjkmnp-z]{4}(-[2-9a-hjkmnp-z]{4}){3}$/);
  });

  it("are read however they are typed: case, spaces and hyphens do not matter", () => {
    const code = newRecoveryCode();
    const plain = code.replace(/-/g, "");
    expect(normaliseRecoveryCode(code)).toBe(plain);
    expect(normaliseRecoveryCode(` ${code.toUpperCase().replace(/-/g, " ")} `)).toBe(plain);
  });

  it("refuse what cannot be a code (a TOTP code, too short, look-alikes)", () => {
    expect(normaliseRecoveryCode("123456")).toBeNull();
    expect(normaliseRecoveryCode("abcd-efgh-jkmn-pqr")).toBeNull();
    expect(normaliseRecoveryCode("abcd-efgh-jkmn-pqr0")).toBeNull();
    expect(normaliseRecoveryCode("abcd-efgh-jkmn-pqrl")).toBeNull();
  });
});
