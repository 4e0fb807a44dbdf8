/**
 * Cuts the quoted original and forwarded parts out of a plain-text reply, so that only the
 * employee's own words are checked (the shopper's „Labas“ in the quote never counts).
 */

/** A line that introduces a quote, in the clients seen in Lithuania (lt and en). */
const ATTRIBUTION_END = /(wrote|rašė|parašė|a écrit|schrieb|написал[аи]?)\s*:\s*$/i;
const SEPARATORS = [
  /^-{2,}\s*(original message|originalus laiškas|pradinis laiškas|forwarded message|persiųstas laiškas|persiunčiamas laiškas|perduotas laiškas|pirminis laiškas)\s*-{2,}/i,
  /^_{10,}\s*$/,
  /^-{5,}\s*$/,
  /^(begin forwarded message|pradžia persiųsto laiško)\s*:/i,
];
const HEADER_FROM = /^\**(from|nuo|siuntėjas|kam siųsta nuo)\s*:\**\s/i;
const HEADER_OTHER = /^\**(sent|date|data|išsiųsta|išsiuntimo data|to|kam|subject|tema|cc|kopija)\s*:\**/i;

export function stripQuoted(text: string): string {
  const rows = text.replace(/\r\n?/g, "\n").split("\n");
  let cut = rows.length;
  for (let i = 0; i < rows.length; i++) {
    const line = rows[i].trim();
    if (SEPARATORS.some((re) => re.test(line))) {
      cut = i;
      break;
    }
    if (ATTRIBUTION_END.test(line)) {
      // "On Fri, 20 Nov 2026 at 09:00, Jonas\n<jonas@x.lt> wrote:" spans two lines.
      const prev = i > 0 ? rows[i - 1].trim() : "";
      cut = prev && !/[.!?]$/.test(prev) && /^(on|\d|20\d\d|\w{2,3},)/i.test(prev) && !/^>/.test(prev) ? i - 1 : i;
      break;
    }
    if (HEADER_FROM.test(line) && rows.slice(i + 1, i + 5).some((r) => HEADER_OTHER.test(r.trim()))) {
      cut = i;
      break;
    }
    if (/^>/.test(line)) {
      // A block of quoted lines: the quote starts here (inline answers are rare in replies to the public).
      cut = i;
      break;
    }
  }
  return rows.slice(0, cut).join("\n").trim();
}
