import { loadSettings, PlatformSettings } from '@salw/platform';

export const SERVICE_NAME = 'trust-fund';
export const CONTEXT = 'trustfund';
/** TRUST_FUND_GROUP overrides it (a test's own process must not join the platform's group). */
export const CONSUMER_GROUP = process.env.TRUST_FUND_GROUP?.trim() || 'trust-fund';
export const DEFAULT_FUND_TOPIC = 'trustfund.fund.v1';

/** The fund's topic; FUND_TOPIC overrides it (tests isolate themselves with a topic of their own). */
export function fundTopic(env: NodeJS.ProcessEnv = process.env): string {
  const topic = env.FUND_TOPIC?.trim() || DEFAULT_FUND_TOPIC;
  if (!/^[A-Za-z0-9._-]{1,200}$/.test(topic))
    throw new Error(`Invalid configuration:\n  FUND_TOPIC: "${topic}" is not a topic name`);
  return topic;
}

export function loadTrustFundSettings(env: NodeJS.ProcessEnv = process.env): PlatformSettings {
  return loadSettings({ PORT: 3004, MONGO_DB: 'trust_fund', OIDC_AUDIENCE: 'trust-fund' }, env);
}
