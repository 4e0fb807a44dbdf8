import { describe, expect, it } from "vitest";
import { autoHeader, classifyMessage } from "./message-kind";
import type { ParsedEmail } from "./mime";

const email = (ownText: string, headers: Record<string, string> = {}, subject = "RE: Klausimas"): ParsedEmail => ({
  subject,
  date: new Date("2026-11-20T10:00:00Z"),
  from: "ona@kaunas.lt",
  headers: new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v])),
  fullText: ownText,
  ownText,
});

describe("automatic messages", () => {
  it("reads the automatic headers", () => {
    expect(autoHeader(email("x", { "Auto-Submitted": "auto-replied" }))).toBe("Auto-Submitted: auto-replied");
    expect(autoHeader(email("x", { "Auto-Submitted": "no" }))).toBeNull();
    expect(autoHeader(email("x", { "X-Autoreply": "yes" }))).toBe("X-Autoreply: yes");
    expect(autoHeader(email("x", { Precedence: "auto_reply" }))).toBe("Precedence: auto_reply");
    expect(autoHeader(email("x", { Precedence: "bulk" }))).toBeNull();
    expect(autoHeader(email("x", {}, "Automatinis atsakymas: Dėl pažymos"))).toMatch(/^Subject/);
    expect(autoHeader(email("x", {}, "Automatic reply: Dėl pažymos"))).toMatch(/^Subject/);
  });

  it("takes the standard's wording as an acknowledgement without headers", () => {
    const ack = classifyMessage(email("Laba diena, Jūsų elektroninę užklausą gavome. Atsakysime artimiausiu metu."));
    expect(ack.kind).toBe("acknowledgement");
    expect(ack.evidence).toEqual(["Laba diena, Jūsų elektroninę užklausą gavome."]);
  });

  it("does not take a real answer that mentions receiving the letter for an acknowledgement", () => {
    expect(classifyMessage(email("Laba diena, Jūsų laišką gavome. Pažymą galite gauti seniūnijoje, ji išduodama nemokamai.")).kind).toBe(
      "reply",
    );
  });

  it("reads vacation notices with period and contact", () => {
    const both = classifyMessage(
      email("Atostogauju nuo 2026-11-16 iki 2026-11-27. Kreipkitės į rūta@kaunas.lt.", { "Auto-Submitted": "auto-replied" }),
    );
    expect(both).toMatchObject({ kind: "vacation", contact: "rūta@kaunas.lt" });
    expect(both.period).toContain("2026-11-16");
    const periodOnly = classifyMessage(email("Esu atostogose iki lapkričio 30 d.", { "Auto-Submitted": "auto-replied" }));
    expect(periodOnly).toMatchObject({ kind: "vacation", contact: null });
    expect(periodOnly.period).not.toBeNull();
    const contactOnly = classifyMessage(email("Šiuo metu atostogauju, skambinkite tel. +370 37 42 00 00."));
    expect(contactOnly).toMatchObject({ kind: "vacation", period: null });
    expect(contactOnly.contact).toContain("+370");
  });

  it("does not count the sender's own address as the substitute's contact", () => {
    expect(classifyMessage(email("Atostogauju. Rašykite ona@kaunas.lt", { "X-Autoreply": "yes" })).contact).toBeNull();
  });
});
