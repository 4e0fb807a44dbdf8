// Who served the shopper: the department's roster as a select (works without JavaScript),
// with a name filter once JavaScript runs, or "unknown" with a description for the reviewer.
import type { FieldMetadata } from "@conform-to/react";
import { getSelectProps, getTextareaProps } from "@conform-to/react";
import { useEffect, useState } from "react";
import { useErrorText } from "~/components/form";
import { useI18n } from "~/lib/use-i18n";

type Employee = { id: number; firstName: string; lastName: string; position: string };

const fold = (s: string) => s.toLocaleLowerCase("lt").normalize("NFD").replace(/\p{M}/gu, "");

export function EmployeePicker({
  employeeField,
  descriptionField,
  roster,
}: {
  employeeField: FieldMetadata<string>;
  descriptionField: FieldMetadata<string | undefined>;
  roster: Employee[];
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [hydrated, setHydrated] = useState(false);
  const [query, setQuery] = useState("");
  const [value, setValue] = useState(employeeField.initialValue ?? "");
  useEffect(() => setHydrated(true), []);
  // Controlled here (the filter must keep the choice), so conform's defaultValue/key go.
  const {
    defaultValue: _default,
    key: _key,
    ...selectProps
  } = getSelectProps(employeeField, {
    ariaDescribedBy: employeeField.errors?.length ? employeeField.errorId : undefined,
  });
  const shown = query ? roster.filter((e) => fold(`${e.firstName} ${e.lastName}`).includes(fold(query)) || String(e.id) === value) : roster;
  const errors = (f: FieldMetadata<unknown>) =>
    f.errors?.length ? (
      <p className="field__error" id={f.errorId}>
        {f.errors.map(errorText).join(" ")}
      </p>
    ) : null;
  return (
    <>
      <div className="field">
        <label htmlFor={employeeField.id}>{t("audits.field.employee")}</label>
        {hydrated ? (
          <input
            type="search"
            aria-label={t("audits.field.employeeSearch")}
            placeholder={t("audits.field.employeeSearch")}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            data-testid="employee-search"
          />
        ) : null}
        <select {...selectProps} value={value} onChange={(e) => setValue(e.target.value)} data-testid="employee-select">
          <option value="">—</option>
          {shown.map((e) => (
            <option key={e.id} value={e.id}>
              {e.lastName}, {e.firstName} – {e.position}
            </option>
          ))}
          <option value="unknown">{t("audits.field.unknownEmployee")}</option>
        </select>
        {errors(employeeField)}
      </div>
      {value === "unknown" || !hydrated || descriptionField.errors?.length ? (
        <div className="field">
          <label htmlFor={descriptionField.id}>{t("audits.field.unknownDescription")}</label>
          <p className="field__hint" id={descriptionField.descriptionId}>
            {t("audits.field.unknownDescriptionHint")}
          </p>
          <textarea
            {...getTextareaProps(descriptionField, { ariaDescribedBy: descriptionField.descriptionId })}
            data-testid="unknown-description"
          />
          {errors(descriptionField)}
        </div>
      ) : null}
    </>
  );
}
