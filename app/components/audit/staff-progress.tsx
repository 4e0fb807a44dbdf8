// Where the supervisor is in the inspection: every employee with their status, and the
// workplace checklist; each links to its form so an answer can be changed before submitting.
import { Link } from "@remix-run/react";
import { inspectionProgress } from "~/domain/inspections/progress";
import type { MessageKey } from "~/i18n";
import { useI18n } from "~/lib/use-i18n";

type Staff = { employeeId: number; firstName: string; lastName: string; status: string; auditId: number | null };
type Current = { kind: "employee"; employee: { employeeId: number } } | { kind: "workplace" } | null;

export function StaffProgress({
  inspectionId,
  staff,
  workplace,
  current,
  open,
}: {
  inspectionId: number;
  staff: Staff[];
  workplace: { title: string; done: boolean } | null;
  current: Current;
  open: boolean;
}) {
  const { t } = useI18n();
  const progress = inspectionProgress(staff);
  return (
    <nav className="card staff-progress" aria-label={t("inspections.staff")}>
      {staff.length ? (
        <>
          <h2>{t("inspections.staff")}</h2>
          <p data-testid="staff-progress">
            {t("inspections.progress", { done: progress.inspected, total: progress.total })}
            {progress.absent ? ` · ${t("inspections.progressAbsent", { absent: progress.absent })}` : null}
          </p>
          {open && current ? (
            <p className="muted">
              {t("inspections.saveHint", { next: t(current.kind === "employee" ? "inspections.next" : "inspections.saveWorkplace") })}
            </p>
          ) : null}
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
