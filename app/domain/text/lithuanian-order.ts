// Lithuanian alphabetical order as a plain string key, so that SQLite (whose BINARY collation
// puts "Š" after "Z", and better-sqlite3 cannot add a collation) can sort and page lists in
// SQL. The key is registered as the SQL function lt_order (app/db.server.ts). It follows
// Intl.Collator("lt") (CLDR): č, š, ž are letters of their own after c, s, z; y sorts with i;
// ą ę ė į ų ū differ from their base letter only when everything else is equal; then case.

const CARON = "\u030c";
/** Secondary weights: how a letter differs from its base when the words are otherwise equal. */
const MARK_WEIGHT: Record<string, string> = { "": "0", "\u0328": "1", "\u0307": "2", "\u0304": "3", y: "4" };

/** A key whose binary order is the Lithuanian alphabetical order of the texts. */
export function lithuanianOrderKey(text: string): string {
  let primary = "";
  let secondary = "";
  let tertiary = "";
  // Each letter with the combining marks that follow it.
  for (const [letter] of text.normalize("NFD").matchAll(/\P{M}\p{M}*/gu)) {
    const base = letter[0];
    const marks = letter.slice(1);
    const lower = base.toLocaleLowerCase("lt");
    tertiary += lower === base ? "0" : "1";
    if ("csz".includes(lower) && marks.includes(CARON)) {
      // Just after the base letter and before anything that follows it ("cz" < "č").
      primary += `${lower}\u007f`;
      secondary += "0";
    } else if (lower === "y") {
      primary += "i";
      secondary += MARK_WEIGHT.y;
    } else {
      primary += lower;
      secondary += MARK_WEIGHT[marks] ?? (marks ? "5" : "0");
    }
  }
  return `${primary}\u0001${secondary}\u0001${tertiary}`;
}

/** Lower case without diacritics, so "simkus" finds "Šimkus" (SQLite's LIKE folds ASCII only). */
export function searchKey(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("lt").replace(/\s+/g, " ").trim();
}
