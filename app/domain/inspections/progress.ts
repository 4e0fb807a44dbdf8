// How far an inspection is: employees inspected, absent and still to do. Absent employees
// are not "evaluated": they get no audit.

export type AttendanceStatus = "pending" | "present" | "absent";

export function inspectionProgress(staff: readonly { status: string }[]) {
  const count = (status: AttendanceStatus) => staff.filter((s) => s.status === status).length;
  return { inspected: count("present"), absent: count("absent"), pending: count("pending"), total: staff.length };
}
