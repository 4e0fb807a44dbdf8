import type { FieldMetadata } from "@conform-to/react";
import { CheckboxGroupField, SelectField, TextField } from "~/components/form";
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
  return (
    <CheckboxGroupField
      field={field}
      legend={t("admin.user.departments")}
      hint={departments.length ? t("admin.user.departmentsHint") : t("admin.user.noDepartments")}
      options={departments.map((d) => ({ value: String(d.id), label: `${d.name} (${d.code})` }))}
      autoFocus={autoFocus}
    />
  );
}
