// How large a form may be. The server refuses a larger body with 413 before reading it
// (server/request-body.ts); forms that take files check the size in the browser first, so
// that the user gets the reason on the form in their language instead of a bare refusal.
export const MiB = 1024 * 1024;

/** Every form of the app; the largest, an audit with a comment on each item, is ~0.5 MB. */
export const FORM_BODY_LIMIT = 2 * MiB;

/** What files attached to an ordinary form may add up to: the limit less room for the other fields. */
export const FORM_FILES_LIMIT = 1.5 * MiB;
