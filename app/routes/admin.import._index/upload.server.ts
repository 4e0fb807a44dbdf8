// Streams the uploaded file to the private upload folder (never into memory) and reads the
// other fields. The file is made readable by this account only; an upload that fails half
// way leaves no file behind.
import {
  MaxPartSizeExceededError,
  NodeOnDiskFile,
  unstable_composeUploadHandlers,
  unstable_createFileUploadHandler,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { uploadDirectory } from "~/models/imports/jobs.server";
import { MAX_UPLOAD_MB } from "./schema";

export type Upload = { ok: true; form: FormData; file: NodeOnDiskFile | null; fileName: string } | { ok: false; error: "tooBig" };

export async function receiveUpload(request: Request): Promise<Upload> {
  let fileName = "";
  let stored: string | null = null;
  const directory = uploadDirectory();
  const handler = unstable_composeUploadHandlers(
    unstable_createFileUploadHandler({
      directory,
      maxPartSize: MAX_UPLOAD_MB * 1024 * 1024,
      filter: ({ name }) => name === "file",
      file: ({ filename }) => {
        fileName = filename.slice(0, 200);
        stored = `${randomUUID()}.csv`;
        return stored;
      },
    }),
    unstable_createMemoryUploadHandler({ maxPartSize: 10_000 }),
  );
  try {
    const form = await unstable_parseMultipartFormData(request, handler);
    const file = form.get("file");
    if (file instanceof NodeOnDiskFile) fs.chmodSync(file.getFilePath(), 0o600);
    return { ok: true, form, file: file instanceof NodeOnDiskFile ? file : null, fileName };
  } catch (error) {
    if (stored) fs.rmSync(path.join(directory, stored), { force: true });
    if (error instanceof MaxPartSizeExceededError) return { ok: false, error: "tooBig" };
    throw error;
  }
}
