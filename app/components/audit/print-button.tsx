import { useEffect, useState } from "react";
import { useI18n } from "~/lib/use-i18n";

/** Shown once JavaScript runs (window.print needs it); browsers' own print works anyway. */
export function PrintButton() {
  const { t } = useI18n();
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return null;
  return (
    <button type="button" className="secondary" onClick={() => window.print()} data-testid="print-audit">
      {t("audits.record.print")}
    </button>
  );
}
