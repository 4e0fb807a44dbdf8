import type { Unit } from "~/domain/checklists/schema";
import { useI18n } from "~/lib/use-i18n";
import type { Threshold } from "./localize";

/** "≤ 3 signalai" with the sentence form for screen readers and the curious. */
export function ThresholdText({ unit, threshold }: { unit: Unit; threshold: Threshold }) {
  const { t } = useI18n();
  const amount = t(`checklists.unit.${unit}`, { count: threshold.value });
  const words = t(threshold.kind === "max" ? "checklists.threshold.maxWords" : "checklists.threshold.minWords", { amount });
  return (
    <>
      <span aria-hidden="true">{t(`checklists.threshold.${threshold.kind}`, { amount })}</span>
      <span className="visually-hidden">{words}</span>
    </>
  );
}
