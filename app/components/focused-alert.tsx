// The error of a one-field form (sign-in, its second step, password confirmation): announced
// and focused each time the action answers, so that keyboard and screen-reader users land on it.
import { useEffect, useRef, type ReactNode } from "react";

export function FocusedAlert({ id, answer, children }: { id: string; answer: unknown; children: ReactNode }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [answer]);
  return (
    <p className="alert" role="alert" id={id} tabIndex={-1} ref={ref}>
      {children}
    </p>
  );
}
