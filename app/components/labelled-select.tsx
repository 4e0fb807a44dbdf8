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
};

export function LabelledSelect({ id, name = id, label, value, options, emptyLabel, required, testId }: LabelledSelectProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value} required={required} data-testid={testId}>
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
