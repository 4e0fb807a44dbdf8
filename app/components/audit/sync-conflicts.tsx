// Answers changed differently on this device and on the server (another tab, another
// device): each is shown with both values for the user to choose. Nothing is decided by
// which write came last.
import { answerOfValue, OVERALL_COMMENT } from "~/domain/audit-form/answer-values";
import type { Checklist } from "~/domain/checklists/schema";
import type { Conflict } from "~/domain/field-sync/merge";
import { formatDecimal } from "~/domain/decimal";
import { useI18n } from "~/lib/use-i18n";

type Props = { conflicts: Conflict[]; checklist: Checklist; onResolve: (key: string, take: "local" | "server") => void };

export function SyncConflicts({ conflicts, checklist, onResolve }: Props) {
  const { t, locale } = useI18n();
  if (!conflicts.length) return null;
  const items = new Map(checklist.sections.flatMap((s) => s.items.map((i) => [i.key, i.text[locale]])));
  const describe = (key: string, value: string) => {
    if (!value) return t("field.unanswered");
    if (key === OVERALL_COMMENT) return value;
    const a = answerOfValue(key, value)!;
    const parts = [
      a.choice ? t(`audits.choice.${a.choice}`) : null,
      typeof a.number === "number" ? formatDecimal(a.number, locale === "lt" ? "," : ".") : null,
      ...(a.phrases ?? []).map((p) => `„${p}“`),
      a.other_phrase ? `„${a.other_phrase}“` : null,
      a.comment ? `(${a.comment})` : null,
    ];
    return parts.filter(Boolean).join(", ");
  };
  return (
    <section className="notice sync-conflicts" aria-labelledby="sync-conflicts-title" data-testid="sync-conflicts">
      <h2 id="sync-conflicts-title">{t("field.conflicts.title")}</h2>
      <p>{t("field.conflicts.intro")}</p>
      <ul>
        {conflicts.map((c) => (
          <li key={c.key} data-testid={`conflict-${c.key}`}>
            <p>
              <strong>{c.key === OVERALL_COMMENT ? t("field.overallComment") : (items.get(c.key) ?? c.key)}</strong>
            </p>
            <p>{t("field.conflicts.mine", { value: describe(c.key, c.local) })}</p>
            <p>{t("field.conflicts.theirs", { value: describe(c.key, c.server) })}</p>
            <div className="button-row">
              <button type="button" onClick={() => onResolve(c.key, "local")}>
                {t("field.conflicts.keepMine")}
              </button>
              <button type="button" className="secondary" onClick={() => onResolve(c.key, "server")}>
                {t("field.conflicts.takeTheirs")}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
