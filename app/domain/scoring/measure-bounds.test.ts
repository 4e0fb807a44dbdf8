import { describe, expect, it } from "vitest";
import { loadChecklistFiles } from "../checklists/load.server";
import { checklist } from "./fixtures";
import { MEASURE_BOUNDS } from "./measure-bounds";
import { validateAnswers } from "./validate";

const list = checklist({
  s: [
    { key: "vmb.s.rings", type: "measure", unit: "rings", threshold: { max: 3 }, comment_required_on_fail: true },
    { key: "vmb.s.minutes", type: "measure", unit: "minutes", threshold: { max: 20 } },
    { key: "vmb.s.early", type: "measure", unit: "minutes", threshold: { min: 5 }, comment_required_on_fail: true },
    { key: "vmb.s.hours", type: "measure", unit: "hours", threshold: { max: 24 } },
  ],
});

const errorsOf = (key: string, number: number, comment?: string) =>
  validateAnswers(list, [{ key, number, comment }], { requireComplete: false });

describe("measure bounds", () => {
  it("counts rings in whole numbers", () => {
    expect(errorsOf("vmb.s.rings", 2)).toEqual([]);
    const [error] = errorsOf("vmb.s.rings", 2.5);
    expect(error.code).toBe("not_whole_number");
    expect(error.message.lt).toBe("„vmb.s.rings“: įveskite sveikąjį skaičių (įvesta 2,5)");
  });

  it("refuses implausible values with the limit in the message", () => {
    const [error] = errorsOf("vmb.s.minutes", 1e23);
    expect(error.code).toBe("number_too_large");
    expect(error.message.lt).toBe("„vmb.s.minutes“: reikšmė 1e+23 neįtikima: daugiausia 1440 minučių");
    expect(error.message.en).toContain("at most 1440 minutes");
    expect(errorsOf("vmb.s.minutes", 1440)).toEqual([]);
    expect(errorsOf("vmb.s.hours", 365 * 24)).toEqual([]);
    expect(errorsOf("vmb.s.hours", 365 * 24 + 0.5)[0].code).toBe("number_too_large");
    expect(errorsOf("vmb.s.rings", 101)[0].code).toBe("number_too_large");
  });

  it("says why a comment is required: the number and the limit it broke", () => {
    const [over] = errorsOf("vmb.s.rings", 5);
    expect(over.code).toBe("comment_required");
    expect(over.message.lt).toBe("„vmb.s.rings“: įvesta 5, o leidžiama ne daugiau kaip 3: parašykite komentarą");
    const [under] = errorsOf("vmb.s.early", 2.5);
    expect(under.message.lt).toBe("„vmb.s.early“: įvesta 2,5, o reikalaujama ne mažiau kaip 5: parašykite komentarą");
    expect(errorsOf("vmb.s.rings", 5, "Niekas neatsiliepė")).toEqual([]);
  });

  it("leaves every real checklist's threshold inside the bounds", () => {
    for (const c of loadChecklistFiles())
      for (const item of c.checklist.sections.flatMap((s) => s.items))
        if (item.type === "measure") expect(item.threshold.max ?? item.threshold.min!).toBeLessThanOrEqual(MEASURE_BOUNDS[item.unit].max);
  });
});
