import { loadSettings, PlatformSettings } from '@salw/platform';
import { join } from 'node:path';
import { z } from 'zod';

const url = z
  .string()
  .url()
  .transform((value) => value.replace(/\/+$/, ''));

/** Settings of the console's backend-for-frontend besides the platform's. */
export const consoleSettingsSchema = z.object({
  /** Where browsers reach the console: the OIDC redirect URI and the cookie's Secure flag derive from it. */
  CONSOLE_PUBLIC_URL: url.default('http://127.0.0.1:8080'),
  OIDC_ISSUER: url.default('http://127.0.0.1:8180/realms/salw'),
  /** The identity provider's public client for the console (authorization code + PKCE). */
  OIDC_CLIENT_ID: z.string().min(1).default('console'),
  REPORT_INTAKE_URL: url.default('http://127.0.0.1:3001'),
  KPI_AGGREGATION_URL: url.default('http://127.0.0.1:3002'),
  MEETING_COORDINATION_URL: url.default('http://127.0.0.1:3003'),
  TRUST_FUND_URL: url.default('http://127.0.0.1:3004'),
  /** A session unused this long ends. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  /** A session ends this long after login, used or not. */
  SESSION_MAX_HOURS: z.coerce.number().int().positive().default(10),
  /** The built app (vite build output). */
  CONSOLE_APP_DIR: z.string().default(join(__dirname, '..', 'app', 'dist')),
});
export type ConsoleServiceSettings = z.infer<typeof consoleSettingsSchema>;

export interface ConsoleSettings {
  platform: PlatformSettings;
  service: ConsoleServiceSettings;
}

export function loadConsoleSettings(env: NodeJS.ProcessEnv = process.env): ConsoleSettings {
  const platform = loadSettings({ PORT: 8080, MONGO_DB: 'console', OIDC_AUDIENCE: 'console' }, env);
  const parsed = consoleSettingsSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    throw new Error(
      `Invalid configuration:\n  ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n  ')}`,
    );
  }
  return { platform, service: parsed.data };
}

export const CONSOLE_SETTINGS = Symbol('CONSOLE_SETTINGS');

/** The services the console proxies to under /api/<name>/…, by name. */
export function serviceUrls(settings: ConsoleServiceSettings): Record<string, string> {
  return {
    'report-intake': settings.REPORT_INTAKE_URL,
    'kpi-aggregation': settings.KPI_AGGREGATION_URL,
    'meeting-coordination': settings.MEETING_COORDINATION_URL,
    'trust-fund': settings.TRUST_FUND_URL,
  };
}
