// The programme view (issue 16): only programme viewers and platform administrators.
import type { AccessArea } from "./types";
import { only } from "./types";

export const programme: AccessArea = {
  rows: [{ route: "routes/programme._index", path: "/programme", expect: only(["programme_viewer", "platform_admin"]) }],
};
