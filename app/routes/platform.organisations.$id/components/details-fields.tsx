import type { FieldMetadata } from "@conform-to/react";
import { CheckboxGroupField, TextField } from "~/components/form";
import { useI18n } from "~/lib/use-i18n";

type Fields = Record<"code" | "name" | "legalCode" | "address" | "contact" | "standards", FieldMetadata<unknown>>;

/** An organisation's details: shared by the new and edit forms. */
export function DetailsFields({ fields, standards, focus }: { fields: Fields; standards: string[]; focus?: string }) {
  const { t } = useI18n();
  return (
    <>
      <TextField field={fields.code} label={t("platform.org.code")} hint={t("platform.org.codeHint")} autoFocus={focus === "code"} />
      <TextField field={fields.name} label={t("platform.org.name")} autoFocus={focus === "name"} />
      <TextField field={fields.legalCode} label={t("platform.org.legalCode")} autoFocus={focus === "legalCode"} />
      <TextField field={fields.address} label={t("platform.org.address")} autoFocus={focus === "address"} />
      <TextField field={fields.contact} label={t("platform.org.contact")} autoFocus={focus === "contact"} />
      <CheckboxGroupField
        field={fields.standards}
        legend={t("platform.org.standards")}
        hint={t("platform.org.standardsHint")}
        options={standards.map((s) => ({ value: s, label: s }))}
        autoFocus={focus === "standards"}
      />
    </>
  );
}
