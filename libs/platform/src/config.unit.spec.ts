import { z } from 'zod';
import { loadServiceSettings, nameSetting } from './config';

const schema = z.object({ EVENTS_TOPIC: nameSetting('spec.events.v1'), SPEC_GROUP: nameSetting('spec') });
const defaults = { PORT: 0, MONGO_DB: 'spec', OIDC_AUDIENCE: 'spec' };

describe('loadServiceSettings', () => {
  it("reads the platform's settings and the service's own from one environment, defaults where unset", () => {
    const settings = loadServiceSettings(defaults, schema, { EVENTS_TOPIC: 'test.events.v1-1', MONGO_DB: 'other' });
    expect(settings.service).toEqual({ EVENTS_TOPIC: 'test.events.v1-1', SPEC_GROUP: 'spec' });
    expect(settings.platform.MONGO_DB).toBe('other');
  });

  it('refuses a topic or group that is not a name, naming each', () => {
    expect(() => loadServiceSettings(defaults, schema, { EVENTS_TOPIC: 'a topic', SPEC_GROUP: '$x' })).toThrow(
      /EVENTS_TOPIC: is not a topic or group name\n {2}SPEC_GROUP: is not a topic or group name/,
    );
  });
});
