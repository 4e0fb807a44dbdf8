// The inspection forms' device copy (one per employee and one for the workplace): every change
// is kept in IndexedDB at once, so moving to another employee, a reload or a lost connection
// never drops answers; coming back puts them into the form again. The copy is dropped once the
// server holds the same answers. (The inspection saves complete answers per employee, so there
// is no draft autosave to queue: the supervisor's "next" sends them.)
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { valuesOfAnswers } from "~/domain/audit-form/answer-values";
import type { Checklist } from "~/domain/checklists/schema";
import { changedKeys } from "~/domain/field-sync/merge";
import type { RawAnswer } from "~/domain/scoring";
import { deleteRecord, readRecord, writeRecord } from "./field-store";
import { applyValues, formValues } from "./form-values";

type Copy = { values: Record<string, string> };

export function useLocalCopy(
  formRef: RefObject<HTMLFormElement>,
  key: string | null,
  checklist: Checklist | null,
  serverAnswers: RawAnswer[],
  decimal: "," | ".",
) {
  const [restored, setRestored] = useState(false);
  const server = useRef(serverAnswers);
  server.current = serverAnswers;

  useEffect(() => {
    setRestored(false);
    if (!key || !checklist) return;
    let live = true;
    void readRecord<Copy>(key).then((copy) => {
      const form = formRef.current;
      if (!live || !copy || !form) return;
      if (!changedKeys(copy.values, valuesOfAnswers(server.current, null)).length) {
        void deleteRecord(key); // the server has these answers
        return;
      }
      const differ = changedKeys(formValues(form, checklist), copy.values);
      applyValues(form, copy.values, differ, decimal);
      setRestored(differ.length > 0);
    });
    return () => {
      live = false;
    };
  }, [key, checklist, decimal, formRef]);

  const onChange = useCallback(() => {
    const form = formRef.current;
    if (!key || !checklist || !form) return;
    void writeRecord<Copy>(key, { values: formValues(form, checklist) });
  }, [key, checklist, formRef]);

  return { onChange, restored };
}
