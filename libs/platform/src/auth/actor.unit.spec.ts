import { NotAllowed } from '@salw/decider';
import { assertActsFor, AuthenticatedActor, REGION_REPORTER } from './actor';

const seesac: AuthenticatedActor = { subject: 's', name: 'Sara Officer', role: 'seesac' };
const ministry = (jurisdiction: string): AuthenticatedActor => ({
  subject: 'm',
  name: 'Ministry',
  role: 'ministry',
  jurisdiction,
});

describe("who acts for the region's data (SEESAC's KPI 5, KPI 14, AVMP)", () => {
  it('is SEESAC alone, even for a ministry token claiming the region', () => {
    expect(() => assertActsFor(seesac, REGION_REPORTER)).not.toThrow();
    expect(() => assertActsFor(ministry(REGION_REPORTER), REGION_REPORTER)).toThrow(NotAllowed);
    expect(() => assertActsFor(ministry('pristina'), REGION_REPORTER)).toThrow(
      "Only SEESAC reports the region's data (a pristina ministry token)",
    );
    expect(() => assertActsFor(ministry('pristina'), 'pristina')).not.toThrow();
  });
});
