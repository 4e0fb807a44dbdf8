// Keeps answers typed into a form from being dropped without warning: once the form has
// changed, leaving the page (a link in the app, reload, closing the tab) asks first. The
// form's own submit is not a departure. Without JavaScript the page says in words when
// answers are saved (see StaffProgress).
import { useBeforeUnload, useBlocker } from "@remix-run/react";
import { useCallback, useEffect, useRef } from "react";
import { useI18n } from "~/lib/use-i18n";

/**
 * Props to spread on the guarded <Form>, and the guard element to render beside it.
 * `unsaved`: answers the server sent back unsaved (a failed submit), else null.
 */
export function useLeaveGuard(unsaved: unknown = null) {
  const dirty = useRef(unsaved !== null);
  useEffect(() => {
    dirty.current = unsaved !== null;
  }, [unsaved]);
  const blocker = useBlocker(useCallback(() => dirty.current, []));
  useBeforeUnload(
    useCallback((event: BeforeUnloadEvent) => {
      if (dirty.current) event.preventDefault();
    }, []),
  );
  const formProps = {
    onChange: () => {
      dirty.current = true;
    },
    onSubmit: () => {
      dirty.current = false;
    },
  };
  const guard =
    blocker.state === "blocked" ? (
      <LeaveDialog
        onStay={() => blocker.reset()}
        onLeave={() => {
          dirty.current = false;
          blocker.proceed();
        }}
      />
    ) : null;
  return { formProps, guard };
}

function LeaveDialog({ onStay, onLeave }: { onStay: () => void; onLeave: () => void }) {
  const { t } = useI18n();
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => stay.current?.focus(), []);
  return (
    <div className="leave-guard" role="alertdialog" aria-labelledby="leave-guard-text" data-testid="leave-guard">
      <p id="leave-guard-text">{t("audits.form.unsavedLeave")}</p>
      <div className="button-row">
        <button type="button" ref={stay} onClick={onStay}>
          {t("audits.form.unsavedStay")}
        </button>
        <button type="button" className="secondary" onClick={onLeave}>
          {t("audits.form.unsavedDiscard")}
        </button>
      </div>
    </div>
  );
}
