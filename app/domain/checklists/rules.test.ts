// Rules every committed checklist follows, from the review against both standards (issue 13):
// each correction has a check here so it cannot quietly come back.
import { describe, expect, it } from "vitest";
import { loadChecklistFiles, loadClauseCatalogue } from "./load.server";
import type { Checklist, ChecklistItem, Standard } from "./schema";
import { CRITICAL_KINDS, KIND_BANDS } from "./weighting";

const checklists = loadChecklistFiles("checklists").map((l) => l.checklist);
const entries = checklists.flatMap((c) => c.sections.flatMap((s) => s.items.map((item) => ({ c, s, item }))));
const itemOf = (key: string): ChecklistItem => {
  const found = entries.find((e) => e.item.key === key);
  if (!found) throw new Error(`no item ${key}`);
  return found.item;
};
const words = (i: ChecklistItem) => `${i.text.lt} ${i.guidance.lt} ${i.text.en} ${i.guidance.en}`.toLowerCase();

/**
 * Words that occur in only one column of the appearance tables (VMB 2.3, KMSA Priedas 1),
 * Lithuanian and English. "ryškiai dažyti" is a women-only ban in KMSA but in both of VMB's columns.
 */
const COLUMN_ONLY: Record<Standard, Record<"women" | "men", { lt: string[]; en: string[] }>> = {
  VMB: {
    women: {
      lt: ["iškirpt", "sijon", "pėdkelnės", "nuogos kojos", "permatom", "palaidin", "suknel", "sarafan", "masyvūs", "platform", "šlepečių stiliaus", "iššaukiančios", "apkramtyt", "odelės", "lakas", "nagų dail", "makiaž", "blakstien"],
      en: ["neckline", "skirt", "tights", "bare legs", "see-through", "blouse", "platform", "provocative", "bitten", "cuticle", "polish", "nail art", "make-up", "mascara", "lashes"],
    },
    men: {
      lt: ["odinės kelnės", "itin margas", "humoristin", "ketvirčių ilgio kelnės", "sportiniai batai", "futbolo", "krepšinio", "barzd", "ūsai", "nuskust", "kaklaraišt", "pakaltomis"],
      en: ["leather trousers", "loud suit", "joke", "three-quarter trousers", "athletic shoes", "football", "beard", "moustache", "shaven", "suit and tie"],
    },
  },
  KMSA: {
    women: {
      lt: ["iškirpt", "sijon", "pėdkelnės", "permatom", "palaidin", "masyvūs", "platform", "šlepečių stiliaus", "iššaukiančios", "ryškiai dažyti", "natūralios spalvos", "odelės", "lakas", "makiaž"],
      en: ["neckline", "skirt", "tights", "see-through", "blouse", "platform", "provocative", "brightly dyed", "natural colour", "cuticle", "polish", "make-up"],
    },
    men: {
      lt: ["odinės kelnės", "itin margas", "humoristin", "ketvirčių ilgio kelnės", "sportiniai batai", "ilgi nesurišti", "barzd", "ūsai", "nuskust", "kaklaraišt", "pakaltomis"],
      en: ["leather trousers", "loud suit", "joke", "three-quarter trousers", "athletic shoes", "worn loose", "beard", "moustache", "shaven", "suit and tie"],
    },
  },
};

describe("appearance columns", () => {
  it("no item mixes the women's and men's columns of the standards' tables", () => {
    const mixed = entries.flatMap(({ c, item }) => {
      const text = { lt: `${item.text.lt} ${item.guidance.lt}`.toLowerCase(), en: `${item.text.en} ${item.guidance.en}`.toLowerCase() };
      // A term matches at the start of a word ("skirt", not "outskirts"), in its own language.
      const used = ({ lt, en }: { lt: string[]; en: string[] }) => [
        ...lt.filter((t) => new RegExp(`(^|[^\\p{L}])${t}`, "u").test(text.lt)),
        ...en.filter((t) => new RegExp(`(^|[^\\p{L}])${t}`, "u").test(text.en)),
      ];
      const { women, men } = COLUMN_ONLY[c.standard];
      const wrong = [
        ...(item.column !== "women" ? used(women).map((w) => `women's "${w}"`) : []),
        ...(item.column !== "men" ? used(men).map((w) => `men's "${w}"`) : []),
      ];
      return wrong.length ? [`${item.key} (${item.column ?? "no column"}): ${wrong.join(", ")}`] : [];
    });
    expect(mixed).toEqual([]);
  });

  it("each appearance checklist has the same details in both columns, all N/A-able", () => {
    for (const id of ["vmb-appearance", "kmsa-appearance"]) {
      const c = checklists.find((x) => x.id === id)!;
      const details = (col: string) => c.sections.flatMap((s) => s.items).filter((i) => i.column === col).map((i) => i.key.replace(`_${col}`, ""));
      expect(details("women")).toEqual(details("men"));
      expect(details("women")).toHaveLength(5);
      expect(c.sections.flatMap((s) => s.items).filter((i) => i.column).every((i) => i.na_allowed)).toBe(true);
    }
  });

  it("keep VMB's exceptions (summer tights, Fridays, inspections) and KMSA's only men's hair ban", () => {
    expect(itemOf("vmb.look.clothing_women").guidance.lt).toContain("išskyrus vasarą ir tik kūno spalvos bei mažo tinklo pėdkelnes");
    for (const key of ["vmb.look.clothing_women", "vmb.look.clothing_men"]) expect(itemOf(key).guidance.lt).toMatch(/penktadienį.*patikrinimus/);
    for (const key of ["vmb.look.footwear_women", "vmb.look.footwear_men"]) expect(itemOf(key).guidance.lt).toMatch(/penktadienį.*patikrinimus.*patogi avalynė/);
    expect(itemOf("vmb.look.inspection_outfit").text.lt).toContain("logotipu");
    expect(itemOf("kmsa.look.hair_men").guidance.lt).toMatch(/Neleistina: ilgi nesurišti plaukai\./);
  });

  it("translate „išbyrėjusios blakstienos“ as flaking mascara / shedding lashes", () => {
    const items = entries.filter(({ item }) => item.guidance.lt.includes("išbyrėjusios blakstienos")).map(({ item }) => item);
    expect(items.length).toBeGreaterThan(0);
    for (const i of items) expect(i.guidance.en).toMatch(/flaking mascara|shedding lashes/);
    expect(entries.filter(({ item }) => words(item).includes("smudged"))).toEqual([]);
  });
});

describe("weighting policy (checklists/README.md)", () => {
  it("weights are 1, 2 or 3", () => {
    expect(entries.filter(({ item }) => ![1, 2, 3].includes(item.weight)).map(({ item }) => item.key)).toEqual([]);
  });

  it("critical only for personal data, dignity and safety, always yes/no with a comment", () => {
    const wrong = entries
      .filter(({ item }) => item.critical !== (item.kind !== undefined && CRITICAL_KINDS.includes(item.kind)) || (item.critical && item.type !== "yes_no"))
      .map(({ item }) => `${item.key} (critical ${item.critical}, kind ${item.kind})`);
    expect(wrong).toEqual([]);
  });

  it("every item of a kind has the kind's weight and critical flag", () => {
    const wrong = entries
      .filter(({ item }) => item.kind && (KIND_BANDS[item.kind].weight !== item.weight || KIND_BANDS[item.kind].critical !== item.critical))
      .map(({ item }) => `${item.key} (${item.kind}: weight ${item.weight})`);
    expect(wrong).toEqual([]);
  });

  it("the same rule weighs the same in both standards (same key after the standard's prefix)", () => {
    const bySuffix = new Map<string, ChecklistItem[]>();
    for (const { item } of entries) {
      const suffix = item.key.slice(item.key.indexOf(".") + 1);
      bySuffix.set(suffix, [...(bySuffix.get(suffix) ?? []), item]);
    }
    const differ = [...bySuffix.values()]
      .filter((items) => new Set(items.map((i) => `${i.weight}/${i.critical}`)).size > 1)
      .map((items) => items.map((i) => `${i.key} w${i.weight}${i.critical ? " critical" : ""} ${i.kind ?? ""}`).join(" vs "));
    expect(differ).toEqual([]);
  });

  it("advisory rules („patartina“) weigh 1 and are never critical", () => {
    expect(itemOf("kmsa.phone_talk.checks_clear").kind).toBe("advisory");
    const advisory = entries.filter(({ item }) => item.kind === "advisory");
    for (const { item } of advisory) expect([item.weight, item.critical]).toEqual([1, false]);
  });

  it("a moment of irritation is not critical; insults and discrimination are", () => {
    expect(itemOf("vmb.comm.no_negative_emotions")).toMatchObject({ critical: false, kind: "emotions", weight: 2 });
    expect(itemOf("vmb.comm.dignity")).toMatchObject({ critical: true, kind: "dignity" });
    expect(itemOf("kmsa.comm.equal_treatment")).toMatchObject({ critical: true, kind: "dignity" });
    for (const key of ["vmb.conf.no_visible_data", "kmsa.conf.no_visible_data", "vmb.conf.data_protected", "kmsa.conf.data_protected"])
      expect(itemOf(key)).toMatchObject({ critical: true, kind: "personal_data" });
  });

  it("a conflict checklist scores the apology and the cause question once each", () => {
    for (const c of checklists.filter((x) => x.id.endsWith("-conflict"))) {
      const judged = c.sections.flatMap((s) => s.items).filter((i) => i.type !== "phrase");
      expect(judged.filter((i) => /atsiprašė/.test(i.text.lt)).map((i) => i.key)).toHaveLength(1);
      expect(judged.filter((i) => /(^|\s)(išsiaiškino|pasitikslino)\s[^.;]*priežast/.test(i.text.lt)).map((i) => i.key)).toHaveLength(1);
      // Phrase items only record the wording of an apology; they do not fail a missing one again.
      for (const i of c.sections.flatMap((s) => s.items))
        if (i.type === "phrase" && i.source.some((s) => s === "KMSA Priedas 2 p. 9")) expect(i.phrases.require_recommended).toBe(false);
    }
  });
});

describe("comments and partial credit", () => {
  it("every item requires a comment on no and partial", () => {
    expect(entries.filter(({ item }) => !item.comment_required_on_fail).map(({ item }) => item.key)).toEqual([]);
  });

  it("partial is defined at most once, only on yes/partial/no items, and never contradicts a single-lapse no", () => {
    const STOCK = "Iš dalies – taisyklės laikytasi ne visada arba ne visiškai.";
    const problems = entries.flatMap(({ item }) => {
      const lt = item.guidance.lt.match(/iš dalies –/gi)?.length ?? 0;
      const en = item.guidance.en.match(/partial –/gi)?.length ?? 0;
      const out: string[] = [];
      if (item.type !== "yes_partial_no" && (lt || en)) out.push("defines partial but takes no partial");
      if (lt > 1 || en > 1) out.push("defines partial twice");
      if (lt !== en) out.push("Lithuanian and English disagree on partial");
      if (item.guidance.lt.includes(STOCK) && /Ne – (bent kartą|ne kartą|bent vien)/.test(item.guidance.lt))
        out.push("says a single lapse is no, while the stock text makes a lapse partial");
      return out.map((p) => `${item.key}: ${p}`);
    });
    expect(problems).toEqual([]);
  });
});

describe("conditions of the standards and N/A", () => {
  it("items whose situation may not arise, or cannot be verified, allow N/A", () => {
    const keys = [
      "vmb.greet.greets_first", "vmb.greet.offer_seat", "vmb.phone_in.busy_message", "kmsa.phone_in.opening_phrase",
      "vmb.conflict.checks_satisfaction", "kmsa.conflict.checks_satisfaction", "vmb.premises.opened_early",
      "vmb.conf.leaving_workplace", "kmsa.conf.leaving_workplace", "vmb.phone_talk.handover_email",
      "vmb.info.written_answer_on_time", "kmsa.info.written_answer_on_time", "vmb.attitude.solution_or_help_minutes",
    ];
    expect(keys.filter((k) => !itemOf(k).na_allowed)).toEqual([]);
  });

  it("home and field visits can be scored honestly when the door is not opened", () => {
    const doorDependent = (c: Checklist, sections: string[]) => c.sections.filter((s) => sections.includes(s.key)).flatMap((s) => s.items);
    const home = doorDependent(checklists.find((c) => c.id === "vmb-home-visit")!, ["at_the_door", "work"]);
    const field = doorDependent(checklists.find((c) => c.id === "kmsa-field-visit")!, ["greeting", "needs", "information", "closing", "conduct"]);
    expect(home.length + field.length).toBeGreaterThan(15);
    expect([...home, ...field].filter((i) => !i.na_allowed).map((i) => i.key)).toEqual([]);
  });

  it("KMSA field visits check greeting, needs, information and closing (IV.1–IV.4)", () => {
    const field = checklists.find((c) => c.id === "kmsa-field-visit")!;
    const cited = new Set(field.sections.flatMap((s) => s.items.flatMap((i) => i.source)));
    for (const clause of ["KMSA IV.1", "KMSA IV.2", "KMSA IV.3", "KMSA IV.4"]) expect(cited).toContain(clause);
  });

  it("opening early takes a late opening (negative minutes); e-mail counts the acknowledgement and says what to enter without a reply", () => {
    const opened = itemOf("vmb.premises.opened_early");
    expect(opened.type === "measure" && opened.negative_allowed).toBe(true);
    for (const key of ["vmb.email.response_hours", "kmsa.email.response_hours"]) {
      expect(itemOf(key).guidance.lt).toMatch(/automatinis.*laikomas atsakymu laiku/);
      expect(itemOf(key).guidance.lt).toContain("Atsakymo negavus");
    }
  });

  it("no deadline the standard does not state; the 20 minutes are met by asking colleagues", () => {
    expect(itemOf("vmb.phone_in.call_back").guidance.lt).not.toMatch(/tą pačią/);
    expect(itemOf("vmb.attitude.solution_or_help_minutes").text.lt).toContain("kreipėsi pagalbos į kolegas");
    expect(itemOf("vmb.greet.offer_seat").text.lt).toContain("administratorius");
  });

  it("cover the rules the review found missing", () => {
    for (const key of [
      "vmb.email.immediate_answer", "vmb.phone_talk.handover_email", "vmb.info.written_answer_on_time", "kmsa.info.written_answer_on_time",
      "vmb.phone_talk.written_answer_on_time", "kmsa.phone_talk.written_answer_on_time", "vmb.comm.positive_about_company",
      "vmb.close.thanks_client", "vmb.premises.privacy_policy_online", "vmb.conflict.resolves_claim",
    ])
      expect(itemOf(key).key).toBe(key);
    const court = checklists.find((c) => c.id === "vmb-court")!;
    expect(court.audit_types).toEqual(["supervisor"]);
    expect(court.sections.flatMap((s) => s.items).every((i) => i.source.includes("VMB 2.5.3"))).toBe(true);
  });

  it("the clauses that defer to the Vilnius city standard say so", () => {
    const vmb = loadClauseCatalogue("checklists").find((c) => c.standard === "VMB")!;
    for (const id of ["VMB 2.4.3", "VMB 2.5.4", "VMB 3.1.1"])
      expect(vmb.clauses.find((c) => c.id === id)?.not_auditable).toMatch(/defers to the Vilnius city municipality customer-service standard/);
  });
});
