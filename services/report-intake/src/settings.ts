import { loadServiceSettings, nameSetting, ServiceSettingsOf } from '@salw/platform';
import { z } from 'zod';

/** Settings of report-intake besides the platform's. */
export const reportIntakeSettingsSchema = z.object({
  /** The reporting events topic (tests use a unique one). */
  REPORTS_TOPIC: nameSetting('reporting.reports.v1'),
  /** Imports with more rows than this run as a background job (202 + polling). */
  IMPORT_JOB_THRESHOLD: z.coerce.number().int().positive().default(500),
});
export type ServiceSettings = z.infer<typeof reportIntakeSettingsSchema>;

export type ReportIntakeSettings = ServiceSettingsOf<ServiceSettings>;

export function loadReportIntakeSettings(env: NodeJS.ProcessEnv = process.env): ReportIntakeSettings {
  return loadServiceSettings(
    { PORT: 3001, MONGO_DB: 'report_intake', OIDC_AUDIENCE: 'report-intake' },
    reportIntakeSettingsSchema,
    env,
  );
}

export const SERVICE_SETTINGS = Symbol('SERVICE_SETTINGS');
