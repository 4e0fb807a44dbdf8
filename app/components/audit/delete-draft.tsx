// Deleting one's own draft: behind a disclosure, so a tap cannot do it by accident; posted only
// when the server answers (no error page offline). The device's copies of the draft go with it.
import { Form } from "@remix-run/react";
import { useI18n } from "~/lib/use-i18n";
import { deleteRecords } from "./field-store";
import { useSafeSubmit } from "./use-safe-submit";

export function DeleteDraft({ storeKey }: { storeKey: string }) {
  const { t } = useI18n();
  // The device's copies go only when the deletion is actually sent.
  const safe = useSafeSubmit(() => void deleteRecords(`${storeKey}:`));
  return (
    <details className="card delete-draft" data-testid="delete-draft">
      <summary>{t("field.delete.summary")}</summary>
      <p>{t("field.delete.text")}</p>
      {safe.offline ? (
        <p className="alert" role="alert">
          {t("field.offlinePost")}
        </p>
      ) : null}
      <Form method="post" onSubmit={safe.onSubmit}>
        <button type="submit" name="intent" value="delete" className="danger" data-testid="delete-draft-confirm">
          {t("field.delete.confirm")}
        </button>
      </Form>
    </details>
  );
}
