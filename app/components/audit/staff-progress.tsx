// Where the supervisor is in the inspection: every employee with their status, and the
// workplace checklist; each links to its form so an answer can be changed before submitting.
import { Link } from "@remix-run/react";
import type { MessageKey } from "~/i18n";
import { useI18n } from "~/lib/use-i18n";

type Staff = { employeeId: number; firstName: string; lastName: string; status: string; auditId: number | null };
type Current = { kind: "employee"; employee: { employeeId: number } } | { kind: "workplace" } | null;

export function StaffProgress({ inspectionId, staff, workplace, current, open }: { inspectionId: number; staff: Staff[]; workplace: { title: string; done: boolean } | null; current: Current; open: boolean }) {
  const { t } = useI18n();
  const done = staff.filter((s) => s.status !== "pending").length;
  return (
    <nav className="card staff-progress" aria-label={t("inspections.staff")}>
      {staff.length ? (
        <>
          <h2>{t("inspections.staff")}</h2>
          <p>{t("inspections.progress", { done, total: staff.length })}</p>
          <ul className="staff-list" data-testid="staff-list">
            {staff.map((s) => {
              const here = current?.kind === "employee" && current.employee.employeeId === s.employeeId;
              const name = `${s.firstName} ${s.lastName}`;
              return (
                <li key={s.employeeId} data-status={s.status} data-testid={`staff-${s.employeeId}`}>
                  {open ? (
                    <Link to={`/inspections/${inspectionId}?employee=${s.employeeId}`} aria-current={here ? "step" : undefined}>
                      {name}
                    </Link>
                  ) : s.auditId ? (
                    <Link to={`/audits/${s.auditId}`}>{name}</Link>
                  ) : (
                    name
                  )}{" "}
                  <span className={`badge status-${s.status}`}>{t(`inspections.status.${s.status}` as MessageKey)}</span>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {workplace ? (
        <p>
          {open ? (
            <Link to={`/inspections/${inspectionId}?part=workplace`} aria-current={current?.kind === "workplace" ? "step" : undefined}>
              {workplace.title}
            </Link>
          ) : (
            workplace.title
          )}{" "}
          <span className="badge">{t(workplace.done ? "inspections.status.present" : "inspections.status.pending")}</span>
        </p>
      ) : null}
    </nav>
  );
}
