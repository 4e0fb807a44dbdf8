// "Mano rezultatai": the signed-in person's own employee dashboard, when their account is
// linked to an employee record.
import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { forbidden, notFound, requireUser } from "~/lib/auth.server";

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request);
  // Platform roles belong to no organisation and have no employee record.
  if (user.role === "mystery_shopper" || user.orgId === null) throw forbidden();
  if (!user.employeeId) throw notFound();
  return redirect(`/dashboards/employees/${user.employeeId}${new URL(request.url).search}`);
}
