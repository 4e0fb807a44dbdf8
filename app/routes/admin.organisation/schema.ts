import { z } from "zod";
import { OrganisationDetailsSchema } from "../platform.organisations.$id/schema";

const optionalWhole = (min: number, max: number, message: string) =>
  z.preprocess(
    (v) => (v === "" || v === undefined ? null : v),
    z.coerce.number({ error: message }).int(message).min(min, message).max(max, message).nullable(),
  );

/** What an organisation's administrator may change: the lines on printed reports and the scoring settings. */
export const OrganisationSettingsSchema = OrganisationDetailsSchema.pick({
  name: true,
  legalCode: true,
  address: true,
  contact: true,
}).extend({
  passMark: optionalWhole(0, 100, "org.settings.percent"),
  rankingMinimum: z.coerce
    .number({ error: "org.settings.minimum" })
    .int("org.settings.minimum")
    .min(1, "org.settings.minimum")
    .max(50, "org.settings.minimum"),
  scoreTarget: optionalWhole(0, 100, "org.settings.percent"),
  twoFactorRequired: z.boolean().default(false),
  disputeWindowDays: z.coerce
    .number({ error: "org.settings.disputeWindowRange" })
    .int("org.settings.disputeWindowRange")
    .min(1, "org.settings.disputeWindowRange")
    .max(60, "org.settings.disputeWindowRange"),
});

const months = (min: number, max: number, message: string) =>
  z.coerce.number({ error: message }).int(message).min(min, message).max(max, message);

/** The retention periods (app/domain/retention/policy.ts: RETENTION_LIMITS); audits empty: kept for ever. */
export const RetentionSchema = z.object({
  intent: z.literal("retention"),
  auditsMonths: optionalWhole(6, 600, "privacy.retention.auditsRange"),
  accessLogMonths: months(6, 120, "privacy.retention.accessLogRange"),
  leaversMonths: months(1, 120, "privacy.retention.leaversRange"),
});
