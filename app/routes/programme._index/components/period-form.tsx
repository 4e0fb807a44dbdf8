import { PeriodFilterForm } from "~/components/dashboards/filter-form";
import type { MessageKey, Params } from "~/i18n";
import { useI18n } from "~/lib/use-i18n";

type Notice = { key: MessageKey; params: Params };

/** The period as a GET form, the dashboards' filter form without their other filters (the URL can be shared). */
export function PeriodForm({ filters, notices }: { filters: { from: string; to: string }; notices: Notice[] }) {
  const { t } = useI18n();
  return <PeriodFilterForm testId="programme-period" title={t("programme.period.title")} period={filters} notices={notices} />;
}
