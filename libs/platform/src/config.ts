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
    .transform((value) => value.split(',').map((broker) => broker.trim()).filter(Boolean)),
  MONGO_URL: z.string().startsWith('mongodb').default('mongodb://127.0.0.1:27017'),
  MONGO_DB: z.string().regex(/^[A-Za-z0-9_-]+$/),
  JWT_SECRET: z.string().min(16).default('dev-only-secret-change-me-in-production'),
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

export type PlatformSettings = z.infer<typeof platformSettings>;

/** Validates the environment once at start; lists every bad variable instead of failing on the first. */
export function loadSettings(defaults: { PORT: number | string; MONGO_DB: string }, env = process.env): PlatformSettings {
  const parsed = platformSettings.safeParse({ ...defaults, ...stripEmpty(env) });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  if (parsed.data.NODE_ENV === 'production' && parsed.data.JWT_SECRET.startsWith('dev-only')) {
    throw new Error('Invalid configuration:\n  JWT_SECRET: must be set in production');
  }
  return parsed.data;
}

function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => !!entry[1]));
}
