// With JavaScript: unsent changes are kept in localStorage and autosaved to the server
// (debounced) to the resource route /audits/<id>/autosave. A plain fetch rather than a
// Remix fetcher: a fetcher's network error would replace the page with the error boundary,
// which is exactly when the shopper must keep the form.
// After a reload or a lost connection the browser's copy is put back into the form; it is
// cleared once the server confirms a save of the same content.
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { ANSWER_FIELD } from "~/domain/audit-form/fields";

type Backup = { savedAt: number; entries: [string, string][] };
export type AutosaveState = "idle" | "saving" | "saved" | "offline" | "restored";

const DEBOUNCE_MS = 1500;
const storageKey = (id: string) => `etalonas:audit-draft:${id}`;

function entriesOf(form: HTMLFormElement): [string, string][] {
  return [...new FormData(form).entries()]
    .filter(([name, v]) => typeof v === "string" && (ANSWER_FIELD.test(name) || name === "overallComment"))
    .map(([name, v]) => [name, v as string]);
}

function read(id: string): Backup | null {
  try {
    const raw = window.localStorage.getItem(storageKey(id));
    return raw ? (JSON.parse(raw) as Backup) : null;
  } catch {
    return null;
  }
}

/** Puts saved entries back into the form's uncontrolled inputs. */
function apply(form: HTMLFormElement, entries: [string, string][]) {
  const values = new Map<string, string[]>();
  for (const [n, v] of entries) values.set(n, [...(values.get(n) ?? []), v]);
  for (const el of Array.from(form.elements)) {
    const input = el as HTMLInputElement;
    if (!input.name || !(ANSWER_FIELD.test(input.name) || input.name === "overallComment")) continue;
    const given = values.get(input.name) ?? [];
    if (input.type === "checkbox" || input.type === "radio") input.checked = given.includes(input.value);
    else input.value = given[0] ?? "";
  }
}

export function useDraftBackup(formRef: RefObject<HTMLFormElement>, id: string, serverUpdatedAt: number, url: string) {
  const [state, setState] = useState<AutosaveState>("idle");
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();

  useEffect(() => {
    const form = formRef.current;
    const backup = read(id);
    const differs = form && backup && JSON.stringify(entriesOf(form)) !== JSON.stringify(backup.entries);
    if (form && backup && differs && backup.savedAt > serverUpdatedAt) {
      apply(form, backup.entries);
      setState("restored");
    } else if (backup) window.localStorage.removeItem(storageKey(id));
  }, [formRef, id, serverUpdatedAt]);

  const send = useCallback(async () => {
    const form = formRef.current;
    if (!form) return;
    const entries = entriesOf(form);
    const body = new FormData();
    for (const [n, v] of entries) body.append(n, v);
    setState("saving");
    try {
      const response = await fetch(url, { method: "POST", body, headers: { Accept: "application/json" }, credentials: "same-origin" });
      const data = response.ok ? ((await response.json()) as { savedAt?: number }) : null;
      if (!data?.savedAt) throw new Error(`autosave ${response.status}`);
      // Cleared only if nothing changed while the save was on its way.
      if (JSON.stringify(entriesOf(form)) === JSON.stringify(entries)) window.localStorage.removeItem(storageKey(id));
      setSavedAt(data.savedAt);
      setState("saved");
    } catch {
      setState("offline");
    }
  }, [formRef, id, url]);

  const onChange = useCallback(() => {
    const form = formRef.current;
    if (!form) return;
    try {
      window.localStorage.setItem(storageKey(id), JSON.stringify({ savedAt: Date.now(), entries: entriesOf(form) } satisfies Backup));
    } catch {
      // Storage full or disabled: the server autosave still runs.
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(send, DEBOUNCE_MS);
  }, [formRef, id, send]);

  useEffect(() => () => clearTimeout(timer.current), []);

  /** The real submit carries everything: no autosave may run after it. */
  const onSubmit = useCallback(() => clearTimeout(timer.current), []);
  return { onChange, onSubmit, state, savedAt };
}
