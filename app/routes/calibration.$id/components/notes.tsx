// Discussion notes after closing: everyone involved reads them, the coordinator adds them.
import { Form } from "@remix-run/react";
import type { Checklist } from "~/domain/checklists/schema";
import type { MessageKey } from "~/i18n";
import { useI18n } from "~/lib/use-i18n";

type Note = { id: number; itemKey: string | null; text: string; createdAt: number; author: string };

export function Notes({ notes, checklist, canAdd, error }: { notes: Note[]; checklist: Checklist; canAdd: boolean; error?: MessageKey }) {
  const { t, locale, dateTime } = useI18n();
  const items = new Map(checklist.sections.flatMap((s) => s.items.map((i) => [i.key, i.text[locale]])));
  return (
    <section aria-labelledby="notes-title">
      <h2 id="notes-title">{t("calibration.notes.title")}</h2>
      {notes.length === 0 ? <p>{t("calibration.notes.empty")}</p> : null}
      <ul className="notes" data-testid="notes">
        {notes.map((n) => (
          <li key={n.id}>
            <p className="muted">
              {dateTime(n.createdAt)} · {n.author}
              {n.itemKey ? ` · ${items.get(n.itemKey) ?? n.itemKey}` : ""}
            </p>
            <p>{n.text}</p>
          </li>
        ))}
      </ul>
      {canAdd ? (
        <Form method="post" className="card" data-testid="note-form">
          {error ? (
            <p className="alert" role="alert">
              {t(error)}
            </p>
          ) : null}
          <div className="field">
            <label htmlFor="note-item">{t("calibration.notes.item")}</label>
            <select id="note-item" name="itemKey" defaultValue="">
              <option value="">{t("calibration.notes.itemNone")}</option>
              {[...items].map(([key, text]) => (
                <option key={key} value={key}>
                  {text}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="note-text">{t("calibration.notes.text")}</label>
            <textarea id="note-text" name="text" maxLength={4000} required />
          </div>
          <button type="submit" name="intent" value="note" className="secondary">
            {t("calibration.notes.add")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
