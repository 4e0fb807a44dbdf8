import { describe, expect, it } from "vitest";
import { checkTotp, normaliseCode, totpCode, totpUri } from "./totp";

// RFC 6238, appendix B: the SHA-1 secret "12345678901234567890" (base32 below) gives
// 94287082 at T = 59 s; the 6-digit code is its last six digits.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

describe("TOTP codes", () => {
  it("match RFC 6238's worked examples", () => {
    expect(totpCode(RFC_SECRET, 59_000)).toBe("287082");
    expect(totpCode(RFC_SECRET, 1_111_111_109_000)).toBe("081804");
    expect(totpCode(RFC_SECRET, 1_234_567_890_000)).toBe("005924");
  });

  it("accept the current step and one either side, nothing further", () => {
    const now = 1_800_000_015_000;
    const code = totpCode(RFC_SECRET, now);
    expect(checkTotp(RFC_SECRET, code, now, null)).toEqual({ ok: true, timeStep: 60_000_000 });
    expect(checkTotp(RFC_SECRET, code, now + 30_000, null).ok).toBe(true);
    expect(checkTotp(RFC_SECRET, code, now - 30_000, null).ok).toBe(true);
    expect(checkTotp(RFC_SECRET, code, now + 60_000, null).ok).toBe(false);
    expect(checkTotp(RFC_SECRET, code, now - 60_000, null).ok).toBe(false);
  });

  it("refuse a code of a step already used, or older", () => {
    const now = 1_800_000_015_000;
    const code = totpCode(RFC_SECRET, now);
    expect(checkTotp(RFC_SECRET, code, now, 60_000_000).ok).toBe(false);
    expect(checkTotp(RFC_SECRET, code, now, 59_999_999).ok).toBe(true);
    const previous = totpCode(RFC_SECRET, now - 30_000);
    expect(checkTotp(RFC_SECRET, previous, now, 60_000_000).ok).toBe(false);
  });

  it("read codes typed with spaces, refuse anything else", () => {
    const now = 1_800_000_015_000;
    const code = totpCode(RFC_SECRET, now);
    expect(checkTotp(RFC_SECRET, `${code.slice(0, 3)} ${code.slice(3)}`, now, null).ok).toBe(true);
    expect(normaliseCode(" 123-456 ")).toBe("123456");
    for (const wrong of ["", "12345", "1234567", "abcdef", String((Number(code) + 1) % 1_000_000).padStart(6, "0")])
      expect(checkTotp(RFC_SECRET, wrong, now, null).ok, wrong).toBe(false);
  });

  it("name the account and the issuer in the QR code's address", () => {
    expect(totpUri(RFC_SECRET, "ona@vmb.lt")).toBe(`otpauth://totp/Etalonas:ona%40vmb.lt?secret=${RFC_SECRET}&issuer=Etalonas`);
  });
});
