// How one stored answer reads on the record: the choice, or the number with its unit, or
// the phrases ticked, plus what it resolved to.
import { phraseLabel } from "~/domain/checklists/phrases";
import type { ChecklistItem } from "~/domain/checklists/schema";
import { resolveAnswer, type RawAnswer } from "~/domain/scoring";
import type { MessageKey } from "~/i18n";
import { useI18n } from "~/lib/use-i18n";

export function AnswerText({ item, answer }: { item: ChecklistItem; answer?: RawAnswer }) {
  const { t, number } = useI18n();
  if (!answer) return <span className="muted">{t("audits.record.notAnswered")}</span>;
  let resolved: string | null = null;
  try {
    resolved = resolveAnswer(item, answer).choice;
  } catch {
    resolved = null;
  }
  const parts: string[] = [];
  if (item.type === "measure" && answer.number !== undefined)
    parts.push(`${number(answer.number)} ${t(`audits.form.unit.${item.unit}` as MessageKey, { count: answer.number })}`);
  if (item.type === "phrase" && answer.phrases?.length)
    parts.push(t("audits.record.phrasesHeard", { phrases: answer.phrases.map((p) => `„${phraseLabel(item, p)}“`).join(", ") }));
  if (answer.other_phrase)
    parts.push(
      answer.other_phrase_as
        ? t(`audits.record.otherPhraseAs.${answer.other_phrase_as}`, { text: answer.other_phrase })
        : t("audits.record.otherPhrase", { text: answer.other_phrase }),
    );
  return (
    <>
      {resolved ? <strong className={`answer answer--${resolved}`}>{t(`audits.choice.${resolved}` as MessageKey)}</strong> : null}
      {parts.length ? <span> · {parts.join(" · ")}</span> : null}
    </>
  );
}
