// Drafts for the submit benchmark, written straight into the database (as createDraft
// would), and the form bodies that complete them: generated answers in the audit form's
// field names (app/domain/audit-form/fields.ts).
import type { Db } from "../app/db.server";
import { field } from "../app/domain/audit-form/fields";
import type { Checklist } from "../app/domain/checklists/schema";
import { generateAnswers, mulberry32, randomDepartmentTendency, randomEmployeeTendency } from "../app/domain/generator";
import type { RawAnswer } from "../app/domain/scoring";

const CHECKLISTS = ["vmb-in-person", "kmsa-phone", "vmb-email"];
const BODIES_PER_CHECKLIST = 40;

export function formBody(answers: RawAnswer[]): string {
  const p = new URLSearchParams({ intent: "submit", overallComment: "Bendras įspūdis geras." });
  for (const a of answers) {
    if (a.choice) p.append(field.choice(a.key), a.choice);
    if (a.number !== undefined) p.append(field.number(a.key), String(a.number).replace(".", ","));
    if (a.phrases) {
      for (const phrase of a.phrases) p.append(field.phrase(a.key), phrase);
      if (!a.phrases.length) p.append(field.noPhrase(a.key), "1");
    }
    if (a.other_phrase) p.append(field.other(a.key), a.other_phrase);
    if (a.other_phrase_as) p.append(field.otherAs(a.key), a.other_phrase_as);
    if (a.comment) p.append(field.comment(a.key), a.comment);
  }
  return p.toString();
}

export function draftBodies(db: Db, shopperIds: number[], perShopper: number) {
  const client = db.$client;
  const rng = mulberry32(77);
  const lists = CHECKLISTS.map((id) => {
    const row = client
      .prepare(
        "SELECT c.current_version_id AS v, cv.content FROM checklists c JOIN checklist_versions cv ON cv.id = c.current_version_id WHERE c.id = ?",
      )
      .get(id) as { v: string; content: string };
    return { id, versionId: row.v, checklist: JSON.parse(row.content) as Checklist };
  });
  const bodies: string[] = [];
  const bodyRange = lists.map((l) => {
    const start = bodies.length;
    for (let i = 0; i < BODIES_PER_CHECKLIST; i++) {
      const answers = generateAnswers({
        checklist: l.checklist,
        channel: l.checklist.channels[0],
        seed: 1,
        department: randomDepartmentTendency(rng),
        employee: randomEmployeeTendency(rng),
        t: rng(),
        rng,
      });
      bodies.push(formBody(answers));
    }
    return start;
  });
  const staff = client.prepare("SELECT id, department_id AS d FROM employees WHERE active = 1 ORDER BY id").all() as {
    id: number;
    d: number;
  }[];
  const insert = client.prepare(`INSERT INTO audits (checklist_id, checklist_version_id, audit_type, channel, department_id, employee_id,
    employee_resolution, auditor_id, state, interaction_at, location, scenario, client_key, org_id)
    VALUES (?, ?, 'mystery_shopper', ?, ?, ?, 'roster', ?, 'draft', ?, 'Vilnius', 'Bendras klausimas', ?,
      (SELECT org_id FROM departments WHERE id = ?))`);
  const history = client.prepare(
    "INSERT INTO audit_history (audit_id, at, actor_id, action, to_state) VALUES (?, ?, ?, 'created', 'draft')",
  );
  const drafts: { id: number; auditorId: number; body: number }[] = [];
  const now = Date.now();
  client.transaction(() => {
    for (const auditorId of shopperIds)
      for (let k = 0; k < perShopper; k++) {
        const li = Math.floor(rng() * lists.length);
        const l = lists[li];
        const e = staff[Math.floor(rng() * staff.length)];
        const id = Number(
          insert.run(l.id, l.versionId, l.checklist.channels[0], e.d, e.id, auditorId, now - 3_600_000, `bench-${auditorId}-${k}`, e.d)
            .lastInsertRowid,
        );
        history.run(id, now, auditorId);
        drafts.push({ id, auditorId, body: bodyRange[li] + Math.floor(rng() * BODIES_PER_CHECKLIST) });
      }
  })();
  return { drafts, bodies };
}
