import { getCollectionProps, type FieldMetadata } from "@conform-to/react";
import { SelectField, TextField, useErrorText } from "~/components/form";
import { useI18n } from "~/lib/use-i18n";
import { ROLE_OPTIONS } from "../schema";

type Fields = {
  email: FieldMetadata<unknown>;
  name: FieldMetadata<unknown>;
  role: FieldMetadata<unknown>;
  departmentIds: FieldMetadata<unknown>;
};
type Department = { id: number; name: string; code: string };

/** E-mail, name, role and (for supervisors) departments: shared by the new and edit forms. */
export function UserFields({ fields, departments, focus }: { fields: Fields; departments: Department[]; focus?: string }) {
  const { t } = useI18n();
  const roleOptions = ROLE_OPTIONS.map((role) => ({ value: role, label: t(`role.${role}`) }));
  return (
    <>
      <TextField
        field={fields.email}
        type="email"
        label={t("admin.user.email")}
        hint={t("admin.user.emailHint")}
        autoComplete="off"
        autoFocus={focus === "email"}
      />
      <TextField field={fields.name} label={t("admin.user.name")} autoComplete="off" autoFocus={focus === "name"} />
      <SelectField
        field={fields.role}
        label={t("admin.user.role")}
        options={roleOptions}
        placeholder={t("admin.user.chooseRole")}
        autoFocus={focus === "role"}
      />
      <DepartmentCheckboxes field={fields.departmentIds} departments={departments} autoFocus={focus === "departmentIds"} />
    </>
  );
}

function DepartmentCheckboxes({
  field,
  departments,
  autoFocus,
}: {
  field: FieldMetadata<unknown>;
  departments: Department[];
  autoFocus: boolean;
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const names = new Map(departments.map((d) => [String(d.id), `${d.name} (${d.code})`]));
  const boxes = getCollectionProps(field, {
    type: "checkbox",
    options: departments.map((d) => String(d.id)),
    ariaDescribedBy: field.descriptionId,
  });
  return (
    <fieldset className="field" aria-describedby={field.errors?.length ? field.errorId : undefined}>
      <legend>{t("admin.user.departments")}</legend>
      <p className="field__hint" id={field.descriptionId}>
        {departments.length ? t("admin.user.departmentsHint") : t("admin.user.noDepartments")}
      </p>
      <div className="checkbox-group">
        {boxes.map(({ key, ...props }, i) => (
          <label className="checkbox" key={key}>
            <input {...props} autoFocus={autoFocus && i === 0} />
            {names.get(props.value)}
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
