/**
 * HTML e-mail bodies to plain text, without the quoted original: <blockquote>, Gmail's
 * gmail_quote, Outlook's divRplyFwdMsg (and everything after it), Thunderbird's
 * moz-cite-prefix. Regular expressions are enough here: the output only feeds the checks.
 */

const ENTITIES: Record<string, string> = {
  nbsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  bdquo: "„",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  copy: "©",
  laquo: "«",
  raquo: "»",
  scaron: "š",
  Scaron: "Š",
  zcaron: "ž",
  Zcaron: "Ž",
  shy: "",
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

/** Removes every <tag …>…</tag> (nesting of the same tag counted). */
function removeElements(html: string, tag: string, attr?: RegExp): string {
  const open = new RegExp(`<${tag}\\b[^>]*>`, "gi");
  let out = html;
  for (let guard = 0; guard < 100; guard++) {
    open.lastIndex = 0;
    let m: RegExpExecArray | null;
    let found: RegExpExecArray | null = null;
    while ((m = open.exec(out)))
      if (!attr || attr.test(m[0])) {
        found = m;
        break;
      }
    if (!found) return out;
    const tagRe = new RegExp(`<(/?)${tag}\\b[^>]*>`, "gi");
    tagRe.lastIndex = found.index;
    let depth = 0;
    let end = out.length;
    while ((m = tagRe.exec(out))) {
      depth += m[1] ? -1 : 1;
      if (depth === 0) {
        end = m.index + m[0].length;
        break;
      }
    }
    out = out.slice(0, found.index) + "\n" + out.slice(end);
  }
  return out;
}

/** Outlook and others mark where the quoted original starts; everything after it goes. */
const CUT_MARKERS = [
  /<div[^>]+id=["']?divRplyFwdMsg/i,
  /<div[^>]+id=["']?appendonsend/i,
  /<div[^>]+class=["']?moz-cite-prefix/i,
  /<div[^>]+class=["']?(gmail_quote|yahoo_quoted)/i,
];

export function htmlToText(html: string): string {
  let s = html;
  for (const marker of CUT_MARKERS) {
    const m = marker.exec(s);
    if (m) s = s.slice(0, m.index);
  }
  s = s.replace(/<!--[\s\S]*?-->/g, "");
  for (const tag of ["head", "style", "script", "title", "blockquote"]) s = removeElements(s, tag);
  s = s
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|div|tr|li|h[1-6]|table|ul|ol)>/gi, "\n")
    .replace(/<(p|div|tr|li|h[1-6]|table|hr)\b[^>]*>/gi, "\n")
    .replace(/<\/t[dh]>/gi, " ")
    .replace(/<[^>]+>/g, "");
  return decodeEntities(s)
    .replace(/\u00a0/g, " ")
    .replace(/[ \t]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
