// Reading answers out of the fill-in form's uncontrolled inputs and putting values back into
// them (a restored or merged answer), through the field names of domain/audit-form.
import { answerEntries, answerOfValue, OVERALL_COMMENT, valuesOfEntries } from "~/domain/audit-form/answer-values";
import { ANSWER_FIELD } from "~/domain/audit-form/fields";
import type { Checklist } from "~/domain/checklists/schema";
import type { Values } from "~/domain/field-sync/merge";

const synced = (name: string) => ANSWER_FIELD.test(name) || name === OVERALL_COMMENT;

export function entriesOf(form: HTMLFormElement): [string, string][] {
  return [...new FormData(form).entries()]
    .filter(([name, v]) => typeof v === "string" && synced(name))
    .map(([name, v]) => [name, v as string]);
}

export const formValues = (form: HTMLFormElement, checklist: Checklist) => valuesOfEntries(checklist, entriesOf(form));

/** The fields of the given values, as sent to the server. */
export function entriesOfValues(values: Values, decimal: "," | "."): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(values)) {
    if (key === OVERALL_COMMENT) out.push([OVERALL_COMMENT, value]);
    else out.push(...answerEntries(key, answerOfValue(key, value), decimal));
  }
  return out;
}

const itemKeyOf = (name: string) => (name === OVERALL_COMMENT ? OVERALL_COMMENT : name.slice(name.indexOf(":") + 1));

/** Shows `values` in the form for the given item keys (others are left as the user has them). */
export function applyValues(form: HTMLFormElement, values: Values, keys: Iterable<string>, decimal: "," | ".") {
  const wanted = new Set(keys);
  if (!wanted.size) return;
  const given = new Map<string, string[]>();
  for (const [n, v] of entriesOfValues(
    Object.fromEntries([...wanted].filter((k) => values[k] !== undefined).map((k) => [k, values[k]])),
    decimal,
  ))
    given.set(n, [...(given.get(n) ?? []), v]);
  for (const el of Array.from(form.elements)) {
    const input = el as HTMLInputElement;
    if (!input.name || !synced(input.name) || !wanted.has(itemKeyOf(input.name))) continue;
    const list = given.get(input.name) ?? [];
    if (input.type === "checkbox" || input.type === "radio") input.checked = list.includes(input.value);
    else input.value = list[0] ?? "";
  }
}
