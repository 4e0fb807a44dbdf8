// Accessible form fields for conform forms: a visible label, hint, errors tied with
// aria-describedby, aria-invalid, and focus on the first invalid field after a failed
// submission (conform does it with JavaScript; autoFocus does it without).
import type { FieldMetadata } from "@conform-to/react";
import { getCollectionProps, getInputProps, getSelectProps, getTextareaProps } from "@conform-to/react";
import type { ReactNode } from "react";
import type { MessageKey, Params } from "~/i18n";
import { useI18n } from "~/lib/use-i18n";

/** Zod messages are message keys, optionally with JSON params: "form.tooLong|{\"max\":80}". */
export function useErrorText() {
  const { t } = useI18n();
  return (error: string) => {
    const [key, json] = error.split("|");
    const params = json ? (JSON.parse(json) as Params) : undefined;
    return t(key as MessageKey, params);
  };
}

type FieldProps = {
  field: FieldMetadata<unknown>;
  label: string;
  hint?: string;
  autoFocus?: boolean;
};

function FieldErrors({ field }: { field: FieldMetadata<unknown> }) {
  const errorText = useErrorText();
  if (!field.errors?.length) return null;
  return (
    <p className="field__error" id={field.errorId}>
      {field.errors.map(errorText).join(" ")}
    </p>
  );
}

function describedBy(field: FieldMetadata<unknown>, hint?: string) {
  const ids = [hint ? field.descriptionId : null, field.errors?.length ? field.errorId : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function FieldFrame({ field, label, hint, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      {hint ? (
        <p className="field__hint" id={field.descriptionId}>
          {hint}
        </p>
      ) : null}
      {children}
      <FieldErrors field={field} />
    </div>
  );
}

export function TextField(props: FieldProps & { type?: "text" | "email" | "password" | "number" | "date"; autoComplete?: string }) {
  const { field, hint, type = "text", autoComplete, autoFocus } = props;
  return (
    <FieldFrame {...props}>
      <input
        {...getInputProps(field, { type, ariaDescribedBy: describedBy(field, hint) })}
        autoComplete={autoComplete}
        autoFocus={autoFocus}
      />
    </FieldFrame>
  );
}

export function TextAreaField(props: FieldProps) {
  const { field, hint, autoFocus } = props;
  return (
    <FieldFrame {...props}>
      <textarea {...getTextareaProps(field, { ariaDescribedBy: describedBy(field, hint) })} autoFocus={autoFocus} />
    </FieldFrame>
  );
}

export function SelectField(props: FieldProps & { options: { value: string; label: string }[]; placeholder?: string }) {
  const { field, hint, options, placeholder, autoFocus } = props;
  return (
    <FieldFrame {...props}>
      <select {...getSelectProps(field, { ariaDescribedBy: describedBy(field, hint) })} autoFocus={autoFocus}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function CheckboxField({ field, label }: { field: FieldMetadata<unknown>; label: string }) {
  return (
    <div className="field">
      <label className="checkbox">
        <input {...getInputProps(field, { type: "checkbox" })} />
        {label}
      </label>
      <FieldErrors field={field} />
    </div>
  );
}

/** A group of checkboxes for one list-valued field (departments of a supervisor, standards of an organisation). */
export function CheckboxGroupField({
  field,
  legend,
  hint,
  options,
  autoFocus,
}: {
  field: FieldMetadata<unknown>;
  legend: string;
  hint: string;
  options: { value: string; label: string }[];
  autoFocus?: boolean;
}) {
  const errorText = useErrorText();
  const labels = new Map(options.map((o) => [o.value, o.label]));
  const boxes = getCollectionProps(field, {
    type: "checkbox",
    options: options.map((o) => o.value),
    ariaDescribedBy: field.descriptionId,
  });
  return (
    <fieldset className="field" aria-describedby={field.errors?.length ? field.errorId : undefined}>
      <legend>{legend}</legend>
      <p className="field__hint" id={field.descriptionId}>
        {hint}
      </p>
      <div className="checkbox-group">
        {boxes.map(({ key, ...props }, i) => (
          <label className="checkbox" key={key}>
            <input {...props} autoFocus={autoFocus && i === 0} />
            {labels.get(props.value)}
          </label>
        ))}
      </div>
      {field.errors?.length ? (
        <p className="field__error" id={field.errorId}>
          {field.errors.map(errorText).join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}

/** The name of the first field with an error, for autoFocus without JavaScript. */
export function firstErrorName(order: string[], errors: Record<string, string[] | null> | undefined) {
  if (!errors) return undefined;
  return order.find((name) => (errors[name]?.length ?? 0) > 0);
}

export function FormErrorSummary({ errors }: { errors?: string[] }) {
  const errorText = useErrorText();
  const { t } = useI18n();
  if (!errors?.length) return null;
  return (
    <div className="alert" role="alert">
      <p>{t("form.errorSummary")}</p>
      <ul>
        {errors.map((e) => (
          <li key={e}>{errorText(e)}</li>
        ))}
      </ul>
    </div>
  );
}
