// Plain name formatting, shared by loaders and components (a component must not import a
// .server module: the client bundle does not have it, and hydration fails).

export function employeeFullName(e: { firstName: string; lastName: string }) {
  return `${e.firstName} ${e.lastName}`;
}
