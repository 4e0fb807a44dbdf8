// With JavaScript, the fill-in form is local first: every change goes to the device's record
// (field-store.ts) at once and then to the server through the queue (domain/field-sync/queue.ts),
// retried with backoff on a timer, when the browser says it is online again and when the page
// becomes visible. Saves and submits are plain fetches answered with JSON: a network error is a
// failed attempt that waits in the queue, never an error page. Each write carries the revision it
// started from; a stale one is merged per answer (conflicts go to the user). No clock is compared.
import { useCallback, useEffect, useRef, useState, type FormEvent, type RefObject } from "react";
import { valuesOfAnswers } from "~/domain/audit-form/answer-values";
import type { Checklist } from "~/domain/checklists/schema";
import { changedKeys } from "~/domain/field-sync/merge";
import * as queue from "~/domain/field-sync/queue";
import type { AnswerError, RawAnswer } from "~/domain/scoring";
import { deleteRecord, randomKey, readRecords, tabId, writeRecord } from "./field-store";
import { applyValues, entriesOfValues, formValues } from "./form-values";

export type SyncPhase = "loading" | "idle" | "sending" | "offline";

type Options = {
  storeKey: string;
  url: string;
  checklist: Checklist;
  revision: number;
  answers: RawAnswer[];
  overallComment: string | null;
  decimal: "," | ".";
};

type Reply =
  | { status: "saved"; revision: number; confirmedAt: number }
  | { status: "stale"; revision: number; answers: RawAnswer[]; overallComment: string | null }
  | { status: "submitted" | "already_submitted" | "closed"; to: string }
  | { status: "invalid"; errors: AnswerError[] };

const DEBOUNCE_MS = 800;
const TICK_MS = 4000;

export function useFieldSync(formRef: RefObject<HTMLFormElement>, o: Options) {
  const [record, setRecord] = useState<queue.SyncRecord | null>(null);
  const [phase, setPhase] = useState<SyncPhase>("loading");
  const [errors, setErrors] = useState<AnswerError[] | null>(null);
  // Unsent answers were put back from the device's copy (shown until they are all sent).
  const [restored, setRestored] = useState(false);
  const rec = useRef<queue.SyncRecord | null>(null);
  const inFlight = useRef(false);
  const notBefore = useRef(0);
  const debounce = useRef<ReturnType<typeof setTimeout>>();
  const opts = useRef(o);
  opts.current = o;
  // This tab's record of the draft: "<storeKey>:<tab>" (see tabId).
  const ownKey = useRef("");

  const commit = useCallback((next: queue.SyncRecord) => {
    rec.current = next;
    setRecord(next);
    void writeRecord(ownKey.current, next);
  }, []);

  /** Shows the record's local answers in the form where the form differs. */
  const showLocal = useCallback(
    (r: queue.SyncRecord) => {
      const form = formRef.current;
      if (!form) return;
      const { checklist, decimal } = opts.current;
      applyValues(form, r.local, changedKeys(formValues(form, checklist), r.local), decimal);
    },
    [formRef],
  );

  const pump = useCallback(
    async (force = false) => {
      const r = rec.current;
      const op = r && queue.nextOp(r);
      if (!r || !op || inFlight.current) return;
      if (!force && Date.now() < notBefore.current) return;
      inFlight.current = true;
      setPhase("sending");
      const body = new FormData();
      for (const [n, v] of entriesOfValues(op.values, opts.current.decimal)) body.append(n, v);
      if (!("overallComment" in op.values)) body.append("overallComment", "");
      body.append("intent", op.kind);
      body.append("baseRevision", String(op.baseRevision));
      if (op.kind === "submit") body.append("submitKey", op.key);
      let reply: Reply | null = null;
      try {
        const response = await fetch(opts.current.url, {
          method: "POST",
          body,
          headers: { Accept: "application/json" },
          credentials: "same-origin",
        });
        if (response.headers.get("content-type")?.includes("application/json")) reply = (await response.json()) as Reply;
      } catch {
        reply = null;
      }
      inFlight.current = false;
      const now = rec.current!;
      if (!reply) {
        const failed = queue.failed(now);
        notBefore.current = Date.now() + queue.retryDelay(failed.failures);
        commit(failed);
        setPhase("offline");
        return;
      }
      if (reply.status === "saved") commit(queue.saved(now, op.values, reply.revision, reply.confirmedAt));
      else if (reply.status === "stale") {
        const merged = queue.stale(now, valuesOfAnswers(reply.answers, reply.overallComment), reply.revision);
        commit(merged);
        showLocal(merged);
      } else if (reply.status === "invalid") {
        commit(queue.submitDone(now));
        setErrors(reply.errors);
      } else {
        // Submitted (now or by the first of these requests), or closed elsewhere: the record is done.
        rec.current = null;
        await deleteRecord(ownKey.current);
        window.location.assign(reply.to);
        return;
      }
      notBefore.current = 0;
      setPhase("idle");
      void pump();
    },
    [commit, showLocal],
  );

  // The device's record, restored into the form; merged when the server moved on meanwhile.
  useEffect(() => {
    let live = true;
    const server = valuesOfAnswers(o.answers, o.overallComment);
    ownKey.current = `${o.storeKey}:${tabId()}`;
    void readRecords(`${o.storeKey}:`).then((records) => {
      if (!live) return;
      const stored = records.find(([k]) => k === ownKey.current)?.[1];
      let r: queue.SyncRecord;
      // A record at the server's revision or newer (a page served from the device's cache) is the freshest copy.
      if (stored && stored.revision >= o.revision) r = stored;
      else if (stored) r = queue.stale(stored, server, o.revision);
      else {
        // A new tab takes over what closed tabs left unsent (answers changed there and not since on the server).
        r = queue.newRecord(o.revision, server);
        for (const [key, other] of records) {
          if (!queue.waitingCount(other)) continue;
          r = queue.adopt(r, other);
          void deleteRecord(key);
        }
      }
      commit(r);
      showLocal(r);
      setRestored(queue.waitingCount(r) > 0);
      setPhase("idle");
      void pump(true);
    });
    return () => {
      live = false;
    };
    // The record is read once per draft and revision the page was rendered with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [o.storeKey, o.revision]);

  useEffect(() => {
    const now = () => void pump(true);
    const visible = () => document.visibilityState === "visible" && now();
    const tick = setInterval(() => void pump(), TICK_MS);
    window.addEventListener("online", now);
    document.addEventListener("visibilitychange", visible);
    return () => {
      clearInterval(tick);
      clearTimeout(debounce.current);
      window.removeEventListener("online", now);
      document.removeEventListener("visibilitychange", visible);
    };
  }, [pump]);

  const onChange = useCallback(() => {
    const form = formRef.current;
    if (!form || !rec.current) return;
    commit(queue.edited(rec.current, formValues(form, opts.current.checklist)));
    clearTimeout(debounce.current);
    debounce.current = setTimeout(() => void pump(), DEBOUNCE_MS);
  }, [commit, formRef, pump]);

  /** Both buttons go through the queue: "save" sends now, "submit" queues the submit with its key. */
  const onSubmit = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      const form = formRef.current;
      if (!form || !rec.current) return; // not restored yet: the plain form post does the job
      event.preventDefault();
      clearTimeout(debounce.current);
      const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
      let next = queue.edited(rec.current, formValues(form, opts.current.checklist));
      if (submitter?.value === "submit") next = queue.queueSubmit(next, randomKey);
      setErrors(null);
      commit(next);
      void pump(true);
    },
    [commit, formRef, pump],
  );

  const resolve = useCallback(
    (key: string, take: "local" | "server") => {
      if (!rec.current) return;
      const next = queue.resolve(rec.current, key, take);
      commit(next);
      showLocal(next);
      void pump(true);
    },
    [commit, pump, showLocal],
  );

  const shownRestored = restored && record !== null && queue.waitingCount(record) > 0;
  return { onChange, onSubmit, resolve, record, phase, errors, restored: shownRestored };
}
