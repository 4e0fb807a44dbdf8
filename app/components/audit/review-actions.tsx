// The reviewer's three actions as plain forms (no JavaScript needed). Send back and reject
// need a comment; publishing an audit whose employee is unknown needs a resolution.
import type { SubmissionResult } from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
import { useErrorText } from "~/components/form";
import type { MessageKey } from "~/i18n";
import { useI18n } from "~/lib/use-i18n";

type Props = {
  audit: { id: number; employeeResolution: string; employeeId: number | null };
  roster: { id: number; firstName: string; lastName: string; position: string }[];
  result?: (SubmissionResult<string[]> & { actionError: MessageKey | null }) | undefined;
};

export function ReviewActions({ audit, roster, result }: Props) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const busy = useNavigation().state === "submitting";
  const intent = (result?.initialValue as { intent?: string } | undefined)?.intent;
  const fieldError = (name: string, forIntent: string) =>
    intent === forIntent && result?.error?.[name]?.length ? result.error[name]!.map(errorText).join(" ") : null;
  const unknown = audit.employeeResolution === "unknown";
  const commentBox = (forIntent: "return" | "reject", name: "comment" | "reason", label: MessageKey) => {
    const error = fieldError(name, forIntent);
    return (
      <div className="field">
        <label htmlFor={`${forIntent}-${name}`}>{t(label)}</label>
        <textarea
          id={`${forIntent}-${name}`}
          name={name}
          required
          maxLength={2000}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${forIntent}-${name}-error` : undefined}
          data-testid={`${forIntent}-comment`}
        />
        {error ? (
          <p className="field__error" id={`${forIntent}-${name}-error`}>
            {error}
          </p>
        ) : null}
      </div>
    );
  };
  return (
    // After the answers, so that the reviewer reads before deciding (a link at the top jumps here).
    <section className="review-actions no-print" id="decision" aria-labelledby="decision-h" tabIndex={-1} data-testid="review-decision">
      <h2 id="decision-h">{t("review.decision")}</h2>
      <Form method="post" className="card" data-testid="publish-form" preventScrollReset>
        {unknown ? (
          <div className="field">
            <label htmlFor="resolution">{t("review.resolveEmployee")}</label>
            <p className="field__hint" id="resolution-hint">
              {t("review.resolveHint")}
            </p>
            <select id="resolution" name="resolution" required aria-describedby="resolution-hint" data-testid="resolution">
              <option value="">—</option>
              {roster.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.lastName}, {e.firstName} – {e.position}
                </option>
              ))}
              <option value="department_only">{t("review.departmentOnly")}</option>
            </select>
          </div>
        ) : null}
        <button type="submit" name="intent" value="publish" className="primary" disabled={busy} data-testid="publish">
          {t("review.publish")}
        </button>
      </Form>
      <details className="card" open={intent === "return"}>
        <summary>{t("review.return")}</summary>
        <Form method="post" data-testid="return-form" preventScrollReset>
          {commentBox("return", "comment", "review.returnComment")}
          <button type="submit" name="intent" value="return" className="secondary" disabled={busy} data-testid="return">
            {t("review.return")}
          </button>
        </Form>
      </details>
      <details className="card" open={intent === "reject"}>
        <summary>{t("review.reject")}</summary>
        <Form method="post" data-testid="reject-form" preventScrollReset>
          {commentBox("reject", "reason", "review.rejectReason")}
          <button type="submit" name="intent" value="reject" className="danger" disabled={busy} data-testid="reject">
            {t("review.reject")}
          </button>
        </Form>
      </details>
    </section>
  );
}
