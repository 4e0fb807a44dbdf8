// Posting a Remix form while the connection is gone would replace the page with the error
// page. Forms that must survive that (the inspection) check that the server answers first and
// post only then; otherwise the form stays with a message and the answers stay on the device.
import { useSubmit } from "@remix-run/react";
import { useCallback, useState, type FormEvent } from "react";

async function serverReachable() {
  try {
    return (await fetch("/healthz", { cache: "no-store" })).ok;
  } catch {
    return false;
  }
}

/** `onPost` runs just before a post that is going ahead. */
export function useSafeSubmit(onPost?: () => void) {
  const submit = useSubmit();
  const [offline, setOffline] = useState(false);
  const onSubmit = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
      const target = submitter ?? event.currentTarget;
      void serverReachable().then((ok) => {
        setOffline(!ok);
        if (!ok) return;
        onPost?.();
        submit(target, { method: "post" });
      });
    },
    [submit, onPost],
  );
  return { onSubmit, offline };
}
