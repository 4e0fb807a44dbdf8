import { z } from "zod";

const text = z.string().max(5000, "privacy.notice.tooLong").optional();

/** The administrator's texts of the staff notice; an empty one means the default. */
export const NoticeSchema = z.object({ purpose: text, contact: text });
