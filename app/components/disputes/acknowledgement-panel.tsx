// Above a published audit: whether the employee has read it („Susipažinau“), the button for
// the employee, and the way to dispute it (within the window) or to its dispute.
import { Form, Link } from "@remix-run/react";
import { useI18n } from "~/lib/use-i18n";

type Props = {
  auditId: number;
  acknowledgement: { at: number | null; aboutMe: boolean } | null;
  dispute: { id: number; decided: boolean } | null;
  window: { lastDay: string; open: boolean } | null;
};

export function AcknowledgementPanel({ auditId, acknowledgement, dispute, window }: Props) {
  const { t, dateTime } = useI18n();
  return (
    <section className="card no-print" aria-labelledby="ack-h" data-testid="acknowledgement">
      <h2 id="ack-h">{t("ack.title")}</h2>
      {acknowledgement ? (
        acknowledgement.at !== null ? (
          <p data-testid="ack-done">{t("ack.done", { date: dateTime(acknowledgement.at) })}</p>
        ) : acknowledgement.aboutMe ? (
          <Form method="post">
            <p>{t("ack.intro")}</p>
            <button type="submit" name="intent" value="acknowledge" data-testid="ack-button">
              {t("ack.button")}
            </button>
          </Form>
        ) : (
          <p>
            <span className="badge" data-testid="ack-missing">
              {t("ack.missing")}
            </span>
          </p>
        )
      ) : null}
      {dispute ? (
        <p>
          <Link to={`/disputes/${dispute.id}`} data-testid="dispute-link">
            {t("disputes.view")}
          </Link>{" "}
          <span className="badge">{t(dispute.decided ? "disputes.state.decided" : "disputes.state.open")}</span>
        </p>
      ) : window ? (
        window.open ? (
          <p>
            <Link className="button secondary" to={`/audits/${auditId}/dispute`} data-testid="dispute-start">
              {t("disputes.start")}
            </Link>{" "}
            <span className="muted">{t("disputes.window", { date: window.lastDay })}</span>
          </p>
        ) : (
          <p className="muted">{t("disputes.windowClosed", { date: window.lastDay })}</p>
        )
      ) : null}
    </section>
  );
}
