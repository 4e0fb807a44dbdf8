import { getInputProps, type FieldMetadata } from "@conform-to/react";
import { useErrorText } from "~/components/form";
import { useI18n } from "~/lib/use-i18n";

/** The "active" checkbox with its warning (deactivating ends sessions) tied to it for screen readers. */
export function ActiveField({ field }: { field: FieldMetadata<unknown> }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const invalid = Boolean(field.errors?.length);
  return (
    <div className="field">
      <label className="checkbox">
        <input {...getInputProps(field, { type: "checkbox", ariaDescribedBy: field.descriptionId })} />
        {t("admin.user.activeLabel")}
      </label>
      <p className="field__hint" id={field.descriptionId}>
        {t("admin.user.activeHint")}
      </p>
      {invalid ? (
        <p className="field__error" id={field.errorId}>
          {field.errors!.map(errorText).join(" ")}
        </p>
      ) : null}
    </div>
  );
}
