// Password length limits (OWASP: at least 12, allow at least 64, no composition rules).
// Not a .server module: forms show the limits in the browser too.
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;
