import { loadServiceSettings, nameSetting, ServiceSettingsOf } from '@salw/platform';
import { z } from 'zod';

export const SERVICE_NAME = 'trust-fund';
export const CONTEXT = 'trustfund';
/** What `@EventPattern` binds each projector to; the settings say which topic each is (consumerOf in app.module). */
export const CONSUMED = { fund: 'fund' } as const;

/** Settings of the trust fund besides the platform's (tests isolate themselves with a topic and group of their own). */
export const trustFundSettingsSchema = z.object({
  /** The fund's topic: this service publishes it and projects it. */
  FUND_TOPIC: nameSetting('trustfund.fund.v1'),
  /** The consumer group (a test's own process must not join the platform's group). */
  TRUST_FUND_GROUP: nameSetting('trust-fund'),
});
export type TrustFundSettings = ServiceSettingsOf<z.infer<typeof trustFundSettingsSchema>>;

export function loadTrustFundSettings(env: NodeJS.ProcessEnv = process.env): TrustFundSettings {
  return loadServiceSettings(
    { PORT: 3004, MONGO_DB: 'trust_fund', OIDC_AUDIENCE: 'trust-fund' },
    trustFundSettingsSchema,
    env,
  );
}
