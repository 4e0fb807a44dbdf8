// The device's copy of every draft the user works on: one field-sync record per draft (or per
// employee of an inspection) in IndexedDB, written before anything goes to the server, so a
// reload, a lost connection or a closed tab loses nothing. Where IndexedDB is unavailable
// (private modes of some browsers) the records live in memory for the page's lifetime.
import { openDB, type IDBPDatabase } from "idb";
import type { SyncRecord } from "~/domain/field-sync/queue";

const DB_NAME = "etalonas-field";
const STORE = "records";

let opening: Promise<IDBPDatabase | null> | null = null;
const memory = new Map<string, unknown>();

function database() {
  opening ??= openDB(DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore(STORE);
    },
  }).catch(() => null);
  return opening;
}

export async function readRecord<T = SyncRecord>(key: string): Promise<T | undefined> {
  const db = await database();
  if (!db) return memory.get(key) as T | undefined;
  try {
    return (await db.get(STORE, key)) as T | undefined;
  } catch {
    return memory.get(key) as T | undefined;
  }
}

export async function writeRecord<T = SyncRecord>(key: string, record: T): Promise<void> {
  memory.set(key, record);
  const db = await database();
  try {
    await db?.put(STORE, record, key);
  } catch {
    // Quota or a closing database: the in-memory copy still feeds the queue on this page.
  }
}

export async function deleteRecord(key: string): Promise<void> {
  memory.delete(key);
  const db = await database();
  try {
    await db?.delete(STORE, key);
  } catch {
    // Nothing to do: a record left behind is dropped when its draft is no longer editable.
  }
}

/** A random idempotency key (crypto.randomUUID needs a secure context; getRandomValues does not). */
export function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Deletes every record whose key starts with `prefix` (a finished inspection's employees). */
export async function deleteRecords(prefix: string): Promise<void> {
  for (const key of [...memory.keys()]) if (key.startsWith(prefix)) memory.delete(key);
  const db = await database();
  try {
    await db?.delete(STORE, IDBKeyRange.bound(prefix, `${prefix}\uffff`));
  } catch {
    // Left behind: harmless, and tried again the next time the finished inspection is opened.
  }
}

/** Every record whose key starts with `prefix`, with its key. */
export async function readRecords<T = SyncRecord>(prefix: string): Promise<[string, T][]> {
  const db = await database();
  if (!db) return [...memory.entries()].filter(([k]) => k.startsWith(prefix)) as [string, T][];
  try {
    const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
    const [keys, values] = await Promise.all([db.getAllKeys(STORE, range), db.getAll(STORE, range)]);
    return keys.map((k, i) => [String(k), values[i] as T]);
  } catch {
    return [];
  }
}

/**
 * This tab's id, kept in sessionStorage (it survives a reload of the tab, and each tab has
 * its own): two tabs on one draft keep separate records, so neither overwrites the other's
 * unsent answers.
 */
export function tabId(): string {
  try {
    const existing = window.sessionStorage.getItem("etalonas:tab");
    if (existing) return existing;
    const id = randomKey().slice(0, 12);
    window.sessionStorage.setItem("etalonas:tab", id);
    return id;
  } catch {
    return "tab";
  }
}
