// A labelled select for plain GET/POST forms (filters, start forms); conform forms use
// SelectField from ./form instead.
type LabelledSelectProps = {
  id: string;
  name?: string;
  label: string;
  value?: string | number;
  options: { value: string | number; label: string }[];
  /** Text of a first, empty choice ("all", "—"); none when undefined. */
  emptyLabel?: string;
  required?: boolean;
  testId?: string;
  hint?: string;
};

export function LabelledSelect({ id, name = id, label, value, options, emptyLabel, required, testId, hint }: LabelledSelectProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <select
        id={id}
        name={name}
        defaultValue={value}
        required={required}
        data-testid={testId}
        aria-describedby={hint ? `${id}-hint` : undefined}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
