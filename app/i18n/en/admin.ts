import type { admin as lt } from "../lt/admin";
import type { PluralForms } from "../types";

export const admin: Record<keyof typeof lt, string | PluralForms> = {
  "admin.departments.title": "Departments",
  "admin.departments.new": "New department",
  "admin.departments.empty": "No departments yet.",
  "admin.department.code": "Code",
  "admin.department.codeHint": "A short unique code, e.g. KAS. Used when importing files.",
  "admin.department.codeFormat": "The code may contain only letters, digits, dot, hyphen and underscore.",
  "admin.department.codeTaken": "A department with this code already exists.",
  "admin.department.name": "Name",
  "admin.department.editTitle": "Department: {name}",
  "admin.department.saved": "Department “{name}” saved.",
};
