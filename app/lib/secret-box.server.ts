// The installation's own key, for what must be kept secret even from someone who has the
// database (a copied backup, a leaked file): TOTP secrets are encrypted with it
// (AES-256-GCM) and recovery codes hashed with it (HMAC-SHA-256). It lives in
// `secret.key` beside the database, 0600, made at first use; losing it means users enrol
// their second factor again (their recovery codes stop working too).
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databasePath } from "~/db.server";

const keys = new Map<string, Buffer>();

function masterKey(): Buffer {
  const file = path.join(path.dirname(path.resolve(databasePath())), "secret.key");
  const known = keys.get(file);
  if (known) return known;
  try {
    // "wx": only one process creates it; a second one reads what the first wrote.
    fs.writeFileSync(file, randomBytes(32).toString("base64"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const key = Buffer.from(fs.readFileSync(file, "utf8").trim(), "base64");
  if (key.length !== 32) throw new Error(`${file} is not a 32-byte key`);
  keys.set(file, key);
  return key;
}

/** A key for one purpose, so that the encryption key is never the hashing key. */
const purposeKey = (purpose: string) => Buffer.from(hkdfSync("sha256", masterKey(), Buffer.alloc(0), `etalonas ${purpose}`, 32));

export function seal(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", purposeKey("seal"), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), body].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

/** The sealed text, or null when it was sealed with another key or altered. */
export function unseal(sealed: string): string | null {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || body === undefined) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", purposeKey("seal"), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

/** A keyed hash: without the key file, the hashes in the database cannot be checked against guesses. */
export const keyedHash = (value: string): string => createHmac("sha256", purposeKey("hash")).update(value).digest("hex");
