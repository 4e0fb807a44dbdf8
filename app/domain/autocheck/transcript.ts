/**
 * Reads a call or visit transcript: speaker lines („Darbuotojas: …“ / „Klientas: …“, with
 * or without timestamps) or typed notes, where the employee's words are the quoted ones
 * („Darbuotoja atsiliepė: „Laba diena…“). Only the employee's words are ever checked.
 */
import { fold } from "./text";

export type Speaker = "employee" | "client";
/** `continues`: an unlabelled line that goes on with the previous speaker's turn. */
export type Turn = { speaker: Speaker; text: string; line: number; continues?: boolean };

const TIMESTAMP = /^\s*[[(]?\d{1,2}:\d{2}(:\d{2})?[\])]?\s*[-–—]?\s*/;
const EMPLOYEE_LABEL =
  /^(darbuotoj\w*|specialist\w*|operator\w*|konsultant\w*|administrator\w*|vadyb\w*|referent\w*|sekretor\w*|vedėj\w*|inspektor\w*|registrator\w*|budėtoj\w*|tarnautoj\w*|meistr\w*|employee|staff|agent|operator|d)\b([^:–—\n]{0,40})[:–—]\s*/i;
const CLIENT_LABEL =
  /^(klient\w*|piliet\w*|gyventoj\w*|lankytoj\w*|skambintoj\w*|slapt\w*|pirkėj\w*|aš|as|customer|client|caller|shopper|sk|k)\b([^:–—\n]{0,40})[:–—]\s*/i;
/** Any other short label ("Ona:", "Registratūra:"): the employee, when the client is labelled too. */
const OTHER_LABEL = /^(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)\s*(\([^)]*\))?:\s+/u;

function stripQuotes(text: string): string {
  return text
    .trim()
    .replace(/^[„"“”']+|[“”"']+$/g, "")
    .trim();
}

/** "Darbuotoja:" or "Darbuotoja (Ona):" is a speaker label; "Darbuotoja pasisveikino:" is a note. */
function labelled(line: string, others = false): { speaker: Speaker; text: string; pure: boolean } | null {
  const bare = line.replace(TIMESTAMP, "");
  for (const [re, speaker] of [
    [EMPLOYEE_LABEL, "employee"],
    [CLIENT_LABEL, "client"],
  ] as const) {
    const m = re.exec(bare);
    if (!m || m[2].split(/\s+/).filter(Boolean).length > 3) continue;
    const pure = m[2].trim() === "" || /^\(.*\)$/.test(m[2].trim());
    return { speaker, text: stripQuotes(bare.slice(m[0].length)), pure };
  }
  const o = others ? OTHER_LABEL.exec(bare) : null;
  return o ? { speaker: "employee", text: stripQuotes(bare.slice(o[0].length)), pure: true } : null;
}

const QUOTED = /[„“"]([^“”"„]{1,400})[“”"]/g;
const CLIENT_NOTE = /\b(paklausiau|klausiau|pasakiau|paprasiau|atsakiau|paaiskinau|pasisveikinau|klientas|kliente|as)\b/;
const EMPLOYEE_NOTE =
  /\b(darbuotoj\w*|specialist\w*|konsultant\w*|operator\w*|atsiliepe|pasake|atsake|pasisveikino|atsisveikino|paklause|pasiule|paaiskino|prisistate|ji|jis)\b/;

function fromNotes(rows: string[]): Turn[] {
  const turns: Turn[] = [];
  rows.forEach((row, i) => {
    const quotes = [...row.matchAll(QUOTED)].map((m) => m[1].trim()).filter(Boolean);
    if (quotes.length === 0) return;
    const f = fold(row.slice(0, row.search(/[„“"]/)));
    const client = CLIENT_NOTE.test(f) && !EMPLOYEE_NOTE.test(f);
    for (const q of quotes) turns.push({ speaker: client ? "client" : "employee", text: q, line: i + 1 });
  });
  return turns;
}

export function parseTranscript(text: string): Turn[] {
  const rows = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n");
  const turns: Turn[] = [];
  let current: Turn | null = null;
  // Dialogue when at least one line starts with a bare speaker label; notes otherwise.
  const dialogue = rows.some((row) => labelled(row.trim())?.pure);
  if (!dialogue) return fromNotes(rows);
  const clientLabelled = rows.some((row) => labelled(row.trim())?.speaker === "client");
  const employeeLabelled = rows.some((row) => labelled(row.trim())?.speaker === "employee");
  const others = clientLabelled && !employeeLabelled;
  rows.forEach((row, i) => {
    if (!row.trim()) return;
    const l = labelled(row.trim(), others);
    if (l) {
      current = { speaker: l.speaker, text: l.text, line: i + 1 };
      turns.push(current);
    } else if (current && !/^[[(].*[\])]$/.test(row.trim())) {
      // A continuation line of the same speaker keeps its own line number.
      current = { speaker: current.speaker, text: stripQuotes(row), line: i + 1, continues: true };
      turns.push(current);
    }
  });
  return turns.filter((t) => t.text !== "");
}
