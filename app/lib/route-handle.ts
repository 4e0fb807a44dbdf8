// What a route module may declare in its Remix `handle` export for the server layer.

/**
 * How a route's requests take turns with CSV imports (app/lib/write-gate.server.ts), read
 * by server/write-policy.ts:
 * - "action" (the default): its action takes a write turn; its loader does not (a page is
 *   served while an import writes; writes made while serving it go through
 *   writeAfterImport / writeUnlessImport).
 * - "none": its action writes nothing to the database either (an upload that goes to disk,
 *   starting an import that then takes its own turn), so it must not hold imports back.
 */
export type WriteGate = "action" | "none";

export type RouteHandle = { writeGate?: WriteGate };
