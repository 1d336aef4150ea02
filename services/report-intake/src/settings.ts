import { loadSettings, PlatformSettings } from '@salw/platform';
import { z } from 'zod';

/** Settings of report-intake besides the platform's. */
export const serviceSettingsSchema = z.object({
  /** The reporting events topic (tests use a unique one). */
  REPORTS_TOPIC: z
    .string()
    .regex(/^[A-Za-z0-9._-]+$/)
    .default('reporting.reports.v1'),
  /** Imports with more rows than this run as a background job (202 + polling). */
  IMPORT_JOB_THRESHOLD: z.coerce.number().int().positive().default(500),
});
export type ServiceSettings = z.infer<typeof serviceSettingsSchema>;

export interface ReportIntakeSettings {
  platform: PlatformSettings;
  service: ServiceSettings;
}

export function loadReportIntakeSettings(env: NodeJS.ProcessEnv = process.env): ReportIntakeSettings {
  const platform = loadSettings({ PORT: 3001, MONGO_DB: 'report_intake', OIDC_AUDIENCE: 'report-intake' }, env);
  const parsed = serviceSettingsSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    throw new Error(
      `Invalid configuration:\n  ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n  ')}`,
    );
  }
  return { platform, service: parsed.data };
}

export const SERVICE_SETTINGS = Symbol('SERVICE_SETTINGS');
