import { describe, expect, it } from "vitest";
import { ringsFromText } from "./rings";

describe("rings from the shopper's notes", () => {
  it("reads numbers and ordinals, with or without diacritics", () => {
    expect(ringsFromText("Atsiliepė po 2 signalų.")?.value).toBe(2);
    expect(ringsFromText("Skambinau 10:05.\nAtsiliepė po trečio signalo.")).toEqual({ value: 3, evidence: "Atsiliepė po trečio signalo." });
    expect(ringsFromText("atsiliepe po penkiu signalu")?.value).toBe(5);
    expect(ringsFromText("Answered after 4 rings")?.value).toBe(4);
    expect(ringsFromText("Nuskambėjo 6 signalai, tada atsiliepė")?.value).toBe(6);
  });
  it("is null when the notes do not say", () => {
    expect(ringsFromText("Darbuotoja atsiliepė greitai.")).toBeNull();
    expect(ringsFromText("Skambinau 8 5 212 3456")).toBeNull();
  });
});
