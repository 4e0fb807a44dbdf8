// A "changed by a dispute decision" entry of an audit's history: per item the old answer,
// the new one and the decision's reasons (who decided is the entry's actor).
import { AnswerText } from "~/components/audit/answer-text";
import type { ChecklistItem } from "~/domain/checklists/schema";
import type { RawAnswer } from "~/domain/scoring";
import { useI18n } from "~/lib/use-i18n";

type Details = { items?: { itemKey: string; before: RawAnswer | null; after: RawAnswer; reason: string }[] };

export function HistoryCorrection({ details, items }: { details: unknown; items: Map<string, ChecklistItem> }) {
  const { locale } = useI18n();
  const list = (details as Details | null)?.items ?? [];
  return (
    <ul className="history-correction" data-testid="history-correction">
      {list.map((c) => {
        const item = items.get(c.itemKey);
        if (!item) return null;
        return (
          <li key={c.itemKey}>
            {item.text[locale]}: <AnswerText item={item} answer={c.before ?? undefined} /> → <AnswerText item={item} answer={c.after} />
            <br />
            <span className="muted">{c.reason}</span>
          </li>
        );
      })}
    </ul>
  );
}
