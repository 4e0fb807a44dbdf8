/**
 * Citation grammar for clauses of the two standards. The grammar only says
 * what a citation *looks like*; whether the clause exists is checked against
 * the clause catalogue (checklists/clauses/*.json) by the coverage test.
 *
 *   VMB 3.1.2.2        numbered clause of the VMB standard (1 … 5.7.7)
 *   VMB Aprašas        the unnumbered "Standarto aprašas" introduction
 *   KMSA IV.1          chapter (roman) or one of the numbered parts of chapter IV
 *   KMSA Priedas 1     annex
 *   KMSA Priedas 2 p. 13   row 13 of annex 2
 *   KMSA konfliktų algoritmas 3   step 3 of the conflict algorithm (annex 2)
 */
export const VMB_CITATION = /^VMB (?:Aprašas|[1-9]\d*(?:\.[1-9]\d*){0,3})$/u;
export const KMSA_CITATION =
  /^KMSA (?:[IVX]+(?:\.[1-9]\d*)?|Priedas [1-9]\d*(?: p\. [1-9]\d*)?|konfliktų algoritmas [1-9]\d*)$/u;

export const STANDARDS = ["VMB", "KMSA"] as const;
export type Standard = (typeof STANDARDS)[number];

export function isCitation(value: string): boolean {
  return VMB_CITATION.test(value) || KMSA_CITATION.test(value);
}

/** The standard a citation belongs to, or null when it is not a citation. */
export function citationStandard(value: string): Standard | null {
  if (VMB_CITATION.test(value)) return "VMB";
  if (KMSA_CITATION.test(value)) return "KMSA";
  return null;
}
