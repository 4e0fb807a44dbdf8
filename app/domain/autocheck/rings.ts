/**
 * The number of rings before the phone was answered, as shoppers note it: „atsiliepė po 2
 * signalų“, „po trečio signalo“, "answered after 4 rings". Null when the notes do not say.
 */
import { fold } from "./text";

const NUMBERS: Record<string, number> = {
  vieno: 1,
  pirmo: 1,
  dvieju: 2,
  antro: 2,
  triju: 3,
  trecio: 3,
  keturiu: 4,
  ketvirto: 4,
  penkiu: 5,
  penkto: 5,
  sesiu: 6,
  sesto: 6,
  septyniu: 7,
  septinto: 7,
  astuoniu: 8,
  astunto: 8,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
};
const RINGS = /\b(?:po|after)\s+(\d{1,2}|[a-z]+)(?:-?(?:o|ojo|ju|iu))?\s+(?:signal\w*|skambu\w*|pypteli\w*|rings?)\b/;
const COUNT = /\b(\d{1,2})\s+(?:signal\w*|rings?)\b/;

export function ringsFromText(text: string): { value: number; evidence: string } | null {
  for (const line of text.split(/\n/)) {
    const f = fold(line);
    const m = RINGS.exec(f) ?? COUNT.exec(f);
    if (!m) continue;
    const value = /^\d+$/.test(m[1]) ? Number(m[1]) : NUMBERS[m[1]];
    if (value !== undefined && value > 0) return { value, evidence: line.trim() };
  }
  return null;
}
