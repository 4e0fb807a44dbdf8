// What happened to the user's changes: how many wait to be sent, whether the connection
// failed (with the promise to retry), a submit waiting for the connection, and when the
// server last confirmed (the server's time: the device's clock is never trusted).
import type { SyncRecord } from "~/domain/field-sync/queue";
import { waitingCount } from "~/domain/field-sync/queue";
import { useI18n } from "~/lib/use-i18n";
import type { SyncPhase } from "./use-field-sync";

type Props = { record: SyncRecord | null; phase: SyncPhase; restored: boolean };

export function SyncStatus({ record, phase, restored }: Props) {
  const { t, dateTime } = useI18n();
  const waiting = record ? waitingCount(record) : 0;
  return (
    <div className={`autosave autosave--${phase}`} role="status" aria-live="polite" data-testid="autosave-status">
      {restored ? <p>{t("audits.form.restored")}</p> : null}
      {phase === "offline" ? (
        <p className="autosave__problem">
          {t(record?.submit ? "field.submitWaiting" : "audits.form.offline")} {t("field.retry")}
        </p>
      ) : null}
      {record ? (
        <p data-testid="sync-waiting" data-count={waiting}>
          {phase === "sending" ? `${t("field.sending")} ` : ""}
          {waiting ? t("field.waiting", { count: waiting }) : t("field.allSent")}
        </p>
      ) : null}
      {record?.confirmedAt ? (
        <p data-testid="sync-confirmed">{t("field.confirmed", { time: dateTime(record.confirmedAt).slice(11) })}</p>
      ) : null}
    </div>
  );
}
