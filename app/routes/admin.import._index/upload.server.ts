// Streams the uploaded file to a temporary folder (never into memory) and reads the other fields.
import {
  MaxPartSizeExceededError,
  NodeOnDiskFile,
  unstable_composeUploadHandlers,
  unstable_createFileUploadHandler,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";
import { randomUUID } from "node:crypto";
import { uploadDirectory } from "~/models/imports/jobs.server";
import { MAX_UPLOAD_MB } from "./schema";

export type Upload =
  | { ok: true; form: FormData; file: NodeOnDiskFile | null; fileName: string }
  | { ok: false; error: "tooBig" };

export async function receiveUpload(request: Request): Promise<Upload> {
  let fileName = "";
  const handler = unstable_composeUploadHandlers(
    unstable_createFileUploadHandler({
      directory: uploadDirectory(),
      maxPartSize: MAX_UPLOAD_MB * 1024 * 1024,
      filter: ({ name }) => name === "file",
      file: ({ filename }) => {
        fileName = filename.slice(0, 200);
        return `${randomUUID()}.csv`;
      },
    }),
    unstable_createMemoryUploadHandler({ maxPartSize: 10_000 }),
  );
  try {
    const form = await unstable_parseMultipartFormData(request, handler);
    const file = form.get("file");
    return { ok: true, form, file: file instanceof NodeOnDiskFile ? file : null, fileName };
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return { ok: false, error: "tooBig" };
    throw error;
  }
}
