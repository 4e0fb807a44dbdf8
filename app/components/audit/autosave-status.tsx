import type { MessageKey } from "~/i18n";
import { useI18n } from "~/lib/use-i18n";
import type { AutosaveState } from "./use-draft-backup";

const TEXT: Record<AutosaveState, MessageKey | null> = {
  idle: null,
  saving: "audits.form.saving",
  saved: "audits.form.autosaved",
  offline: "audits.form.offline",
  restored: "audits.form.restored",
};

/** A polite live region telling what happened to the unsent changes. */
export function AutosaveStatus({ state, savedAt }: { state: AutosaveState; savedAt: number | null }) {
  const { t, dateTime } = useI18n();
  const key = TEXT[state];
  return (
    <p className={`autosave autosave--${state}`} role="status" aria-live="polite" data-testid="autosave-status">
      {key ? t(key, { time: savedAt ? dateTime(savedAt).slice(11) : "" }) : null}
    </p>
  );
}
