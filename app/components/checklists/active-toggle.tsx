import { Form } from "@remix-run/react";
import { useI18n } from "~/lib/use-i18n";

/** The admin's activate / deactivate button: a plain POST to /checklists, works without JavaScript. */
export function ActiveToggle({ id, active, title }: { id: string; active: boolean; title: string }) {
  const { t } = useI18n();
  return (
    <Form method="post" action="/checklists?index" className="active-toggle">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      {/* The checklist's name is in the button's text, hidden from sight, rather than in an
          aria-label: speech users say what they see, and the name then always contains it. */}
      <button type="submit" className={active ? "secondary" : "primary"}>
        {t(active ? "checklists.deactivate" : "checklists.activate")}
        <span className="visually-hidden"> „{title}“</span>
      </button>
    </Form>
  );
}
