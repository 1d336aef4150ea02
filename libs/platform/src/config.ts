import { z } from 'zod';

/** Settings every service reads from the environment; local infra is the default. */
export const platformSettings = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535),
  /** Loopback by default; containers set 0.0.0.0. */
  HOST: z.string().default('127.0.0.1'),
  KAFKA_BROKERS: z
    .string()
    .default('127.0.0.1:9092')
    .transform((value) =>
      value
        .split(',')
        .map((broker) => broker.trim())
        .filter(Boolean),
    ),
  MONGO_URL: z.string().startsWith('mongodb').default('mongodb://127.0.0.1:27017'),
  MONGO_DB: z.string().regex(/^[A-Za-z0-9_-]+$/),
  /**
   * The OpenID Connect issuer whose tokens this service accepts (its discovery document names
   * the signing keys). Defaults to the local Keycloak's realm outside production.
   */
  OIDC_ISSUER: z.string().url().optional(),
  /** This service's audience: an access token must name it in `aud`. */
  OIDC_AUDIENCE: z.string().min(1),
  BODY_LIMIT: z.string().default('1mb'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  RELAY_ENABLED: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  /**
   * The largest message one event (or one produce batch) may be on the broker: below the broker's
   * message.max.bytes (Kafka's default 1,048,588; infra/kafka/server.properties.template), with headroom.
   * Larger commits are refused with 413; the relay and the dead-letter producer stay within it.
   */
  KAFKA_MAX_MESSAGE_BYTES: z.coerce.number().int().min(10_000).default(1_000_000),
  /** Requests per minute per client address. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
});

/** The local Keycloak's development realm (infra/local/keycloak.sh). */
export const LOCAL_OIDC_ISSUER = 'http://127.0.0.1:8180/realms/salw';

export type PlatformSettings = Omit<z.infer<typeof platformSettings>, 'OIDC_ISSUER'> & { OIDC_ISSUER: string };

/** Validates the environment once at start; lists every bad variable instead of failing on the first. */
export function loadSettings(
  defaults: { PORT: number | string; MONGO_DB: string; OIDC_AUDIENCE: string },
  env = process.env,
): PlatformSettings {
  const parsed = platformSettings.safeParse({ ...defaults, ...stripEmpty(env) });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const { OIDC_ISSUER, ...settings } = parsed.data;
  if (!OIDC_ISSUER && settings.NODE_ENV === 'production') {
    throw new Error('Invalid configuration:\n  OIDC_ISSUER: must be set in production');
  }
  return { ...settings, OIDC_ISSUER: OIDC_ISSUER ?? LOCAL_OIDC_ISSUER };
}

/** A topic or consumer group a service reads from its settings (the environment variable of the same name). */
export const nameSetting = (fallback: string) =>
  z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._-]{1,200}$/, 'is not a topic or group name')
    .default(fallback);

/** A service's settings: the platform's, and its own (topics, consumer group, limits) from the same environment. */
export interface ServiceSettingsOf<Own> {
  platform: PlatformSettings;
  service: Own;
}

/** Loads the platform's settings, then the service's own with `schema` (each error names every problem it found). */
export function loadServiceSettings<Schema extends z.ZodType>(
  defaults: { PORT: number | string; MONGO_DB: string; OIDC_AUDIENCE: string },
  schema: Schema,
  env = process.env,
): ServiceSettingsOf<z.infer<Schema>> {
  const platform = loadSettings(defaults, env);
  const parsed = schema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return { platform, service: parsed.data };
}

function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => !!entry[1]));
}
