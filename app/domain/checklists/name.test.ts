import { describe, expect, it } from "vitest";
import { checklistName, checklistStandard } from "./name";

describe("checklistName", () => {
  const phone = (id: string) => ({ id, title: { lt: "Aptarnavimas telefonu", en: "Phone service" } });

  it("tells same-titled checklists of the two standards apart", () => {
    expect(checklistName(phone("vmb-phone"), "lt")).toBe("VMB · Aptarnavimas telefonu");
    expect(checklistName(phone("kmsa-phone"), "lt")).toBe("KMSA · Aptarnavimas telefonu");
    expect(checklistName(phone("kmsa-phone"), "en")).toBe("KMSA · Phone service");
  });

  it("falls back to the id without a title, and to the bare title without a known standard", () => {
    expect(checklistName({ id: "kmsa-gone", title: null }, "lt")).toBe("KMSA · kmsa-gone");
    expect(checklistName({ id: "other-x", title: { lt: "X", en: "X" } }, "lt")).toBe("X");
    expect(checklistStandard("vmb-in-person")).toBe("VMB");
    expect(checklistStandard("nera")).toBeNull();
  });
});
