import type { Flash } from "~/lib/flash.server";
import { useI18n } from "~/lib/use-i18n";

export function FlashMessage({ flash }: { flash: Flash }) {
  const { t } = useI18n();
  return (
    <p className="flash" role="status">
      {t(flash.key, flash.params)}
    </p>
  );
}
