import type { Checklist } from "~/domain/checklists/schema";
import { useI18n } from "~/lib/use-i18n";

type Props = {
  channels: Checklist["channels"];
  auditTypes: Checklist["audit_types"];
  passMark: number;
  itemCount: number;
  sectionCount: number;
};

/** Channels, audit types, pass mark and size of a checklist, as a description list. */
export function ChecklistFacts({ channels, auditTypes, passMark, itemCount, sectionCount }: Props) {
  const { t } = useI18n();
  return (
    <dl className="checklist-facts">
      <div>
        <dt>{t("checklists.channels")}</dt>
        <dd>{channels.map((c) => t(`checklists.channel.${c}`)).join(", ")}</dd>
      </div>
      <div>
        <dt>{t("checklists.auditTypes")}</dt>
        <dd>{auditTypes.map((a) => t(`checklists.auditType.${a}`)).join(", ")}</dd>
      </div>
      <div>
        <dt>{t("checklists.passMark")}</dt>
        <dd>{t("checklists.passMarkValue", { value: passMark })}</dd>
      </div>
      <div>
        <dt>{t("checklists.size")}</dt>
        <dd>
          {t("checklists.itemCount", { count: itemCount })}, {t("checklists.sectionCount", { count: sectionCount })}
        </dd>
      </div>
    </dl>
  );
}
