/**
 * The transcript checker: the standard's phrases in the employee's lines (greeting,
 * opening, farewell, conflict phrases…), the introduction (greeting, organisation or
 * department, own name) and diminutives, mapped to the checklist's items.
 */
import type { Checklist, PhraseItem } from "../checklists/schema";
import type { AutocheckConfig, ItemCheckConfig } from "./config";
import { isDiminutive, notDiminutiveSet } from "./diminutives";
import { ORGANISATION_MARKERS } from "./lexicon";
import { compilePhrases, findPhrases, type PhraseDef, type PhraseHit } from "./phrases";
import { allItems, itemResults, type ItemResult } from "./result";
import type { Speller } from "./speller";
import { clip, fold, words } from "./text";
import { ringsFromText } from "./rings";
import { parseTranscript, type Turn } from "./transcript";
import type { CheckResult } from "./writing";

export type PhraseReport = { phrase: string; kind: "recommended" | "forbidden"; item: string; line: number };
export type TranscriptCheckResult = { checklist: string; items: Record<string, ItemResult>; phrases: PhraseReport[]; turns: number };
export type TranscriptOptions = { speller: Speller; config: AutocheckConfig };

const LAST_TURNS = 2;

/** The employee's turns: a turn's continuation lines belong to it for the scopes. */
function scoped(turns: Turn[], scope: "first_turn" | "last_turns" | "all"): Turn[] {
  const blocks: Turn[][] = [];
  turns.forEach((t) => {
    if (t.speaker !== "employee") return;
    if (t.continues && blocks.length > 0) blocks[blocks.length - 1].push(t);
    else blocks.push([t]);
  });
  if (scope === "first_turn") return blocks.slice(0, 1).flat();
  if (scope === "last_turns") return blocks.slice(-LAST_TURNS).flat();
  return blocks.flat();
}

function phraseDefs(item: PhraseItem, rule: ItemCheckConfig, config: AutocheckConfig): (PhraseDef & { equivalent_to?: string })[] {
  const extras = rule.check === "phrases" ? rule.extra.flatMap((name) => config.extra_phrases[name] ?? []) : [];
  return [
    ...item.phrases.recommended.map((phrase) => ({ phrase, kind: "recommended" as const })),
    ...item.phrases.forbidden.map((phrase) => ({ phrase, kind: "forbidden" as const })),
    ...extras,
  ];
}

type TurnHit = PhraseHit & { turn: Turn };

const norm = (phrase: string) =>
  fold(phrase)
    .replace(/[^\p{L}]+/gu, " ")
    .trim();

/** A found equivalent („Gero vakaro“) reported as the checklist's phrase it stands for. */
function asWritten(
  item: PhraseItem,
  phrase: string,
  kind: "recommended" | "forbidden",
  defs: (PhraseDef & { equivalent_to?: string })[],
): string {
  const listed = kind === "recommended" ? item.phrases.recommended : item.phrases.forbidden;
  if (listed.includes(phrase)) return phrase;
  const target = defs.find((d) => d.phrase === phrase)?.equivalent_to;
  return listed.find((p) => target !== undefined && norm(p) === norm(target)) ?? listed[0] ?? phrase;
}

const GREETING = /\b(laba diena|laba dien|labas rytas|labas vakaras|laba ryta|laba vakara|sveiki)\b/;
const NAME_INTRO = /\b(mano vardas|cia|kalba|jus aptarnauja|su jumis kalba|skambina)\b/;

/** Greeting, organisation or unit, first name and surname in the employee's first turn. */
function introduction(turn: Turn | undefined, organisations: string[], speller: Speller) {
  // "turn" is the employee's first turn, its lines joined.
  if (!turn) return { greeting: false, organisation: false, name: false, surname: false, evidence: [] as string[] };
  const f = fold(turn.text);
  const orgs = organisations.map(fold);
  const clauses = turn.text
    .split(/[,.!?;:–—]+/)
    .map((c) => c.trim())
    .filter(Boolean);
  const isOrgClause = (c: string) => ORGANISATION_MARKERS.test(fold(c)) || orgs.some((o) => fold(c).includes(o));
  let nameWords = 0;
  for (const clause of clauses) {
    if (isOrgClause(clause) || GREETING.test(fold(clause))) continue;
    const rest = fold(clause).replace(NAME_INTRO, "").trim();
    const ws = words(clause).filter((w) => !NAME_INTRO.test(fold(w.text)));
    if (!rest || ws.length < 1 || ws.length > 3 || !ws.every((w) => /^\p{Lu}/u.test(w.text))) continue;
    // One capitalised word alone is a name only when it is not a common word („Klausau.“, „Taip?“).
    if (ws.length === 1 && speller.correct(ws[0].text.toLowerCase())) continue;
    nameWords = Math.max(nameWords, ws.length);
  }
  return {
    greeting: GREETING.test(f),
    organisation: clauses.some(isOrgClause),
    name: nameWords >= 1,
    surname: nameWords >= 2,
    evidence: [clip(turn.text)],
  };
}

export function checkTranscript(text: string, checklist: Checklist, options: TranscriptOptions): TranscriptCheckResult {
  const { config, speller } = options;
  const turns = parseTranscript(text);
  const items = allItems(checklist);
  const phraseItems = items.filter((i): i is PhraseItem => i.type === "phrase");
  const allDefs = phraseItems.flatMap((item) =>
    phraseDefs(item, config.items[item.key] ?? { check: "phrases", scope: "all", extra: [] }, config),
  );
  const patterns = compilePhrases(allDefs.filter((d, i) => allDefs.findIndex((x) => x.phrase === d.phrase && x.kind === d.kind) === i));
  const hits: TurnHit[] = turns
    .filter((t) => t.speaker === "employee")
    .flatMap((turn) => findPhrases(turn.text, patterns).map((h) => ({ ...h, turn })));

  const results = new Map<string, CheckResult>();
  const phrases: PhraseReport[] = [];
  const organisations = config.organisations[checklist.standard] ?? [];
  const firstLines = scoped(turns, "first_turn");
  const first: Turn | undefined = firstLines[0] && { ...firstLines[0], text: firstLines.map((t) => t.text).join(" ") };
  const inFirstTurn = new Set(firstLines);

  for (const item of items) {
    const rule = config.items[item.key];
    if (!rule) continue;
    if (rule.check === "phrases" && item.type === "phrase") {
      const defs = phraseDefs(item, rule, config);
      const inScope = new Set(scoped(turns, rule.scope));
      const mine = hits.filter((h) => inScope.has(h.turn) && defs.some((d) => d.phrase === h.phrase && d.kind === h.kind));
      for (const h of mine)
        if (h.kind !== "unsure")
          phrases.push({ phrase: asWritten(item, h.phrase, h.kind, defs), kind: h.kind, item: item.key, line: h.turn.line });
      const evidence = mine.map((h) => clip(h.turn.text.slice(h.start, h.end)));
      const kinds = new Set(mine.map((h) => h.kind));
      const nothing = !item.phrases.require_recommended && !item.na_allowed && inScope.size > 0 ? "yes" : null;
      const answer = kinds.has("forbidden") ? "no" : kinds.has("recommended") ? "yes" : kinds.has("unsure") ? null : nothing;
      results.set(item.key, { answer, evidence });
    } else if (rule.check === "introduction") {
      const intro = introduction(first, organisations, speller);
      const present = rule.requires.filter((part) => intro[part]).length;
      const complete = present === rule.requires.length;
      if (rule.phrase_item && item.type === "phrase") {
        // The standard's phrases are templates ("…, Vardenis Pavardenis"): said literally, or
        // every part of the introduction said, passes; a forbidden answer („Klausau“) fails.
        const inFirst = hits.filter((h) => inFirstTurn.has(h.turn));
        const literal = inFirst.find((h) => h.kind === "recommended" && item.phrases.recommended.includes(h.phrase));
        const forbidden = inFirst.filter((h) => h.kind === "forbidden" && item.phrases.forbidden.includes(h.phrase));
        const template = literal?.phrase ?? item.phrases.recommended.find((p) => /vardeni/i.test(p)) ?? item.phrases.recommended[0];
        const passes = (complete || literal !== undefined) && first !== undefined;
        if (passes) phrases.push({ phrase: template, kind: "recommended", item: item.key, line: first.line });
        else for (const h of forbidden) phrases.push({ phrase: h.phrase, kind: "forbidden", item: item.key, line: h.turn.line });
        results.set(item.key, { answer: passes ? "yes" : forbidden.length > 0 ? "no" : null, evidence: intro.evidence });
      } else if (first) {
        results.set(item.key, { answer: complete ? "yes" : present > 0 ? "partial" : "no", evidence: intro.evidence });
      }
    } else if (rule.check === "rings" && item.type === "measure") {
      // Only the shopper's notes say this: lines that are not the employee's words.
      const employeeLines = new Set(turns.filter((t) => t.speaker === "employee").map((t) => t.line));
      const notes = text
        .split(/\r?\n/)
        .filter((_, i) => !employeeLines.has(i + 1))
        .join("\n");
      const rings = ringsFromText(notes);
      const max = item.threshold.max;
      if (rings && max !== undefined)
        results.set(item.key, { answer: rings.value <= max ? "yes" : "no", value: rings.value, evidence: [rings.evidence] });
    } else if (rule.check === "diminutives") {
      const notDim = notDiminutiveSet(config.not_diminutives);
      const found = turns
        .filter((t) => t.speaker === "employee")
        .flatMap((t) =>
          words(t.text)
            .filter((w, i) => (i === 0 || !/^\p{Lu}/u.test(w.text)) && isDiminutive(w.text, speller, notDim))
            .map((w) => `${w.text} (${t.line})`),
        );
      if (turns.some((t) => t.speaker === "employee")) results.set(item.key, { answer: found.length > 0 ? "no" : "yes", evidence: found });
    }
  }
  phrases.sort((a, b) => a.line - b.line);
  return { checklist: checklist.id, items: itemResults(checklist, results), phrases, turns: turns.length };
}
