import type { ReactNode } from "react";

/**
 * A wide table's sideways-scrolling box. Keyboard users must be able to reach and scroll
 * it (axe scrollable-region-focusable), so it is a focusable, labelled region.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
