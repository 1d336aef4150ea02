import { NotAllowed } from '@salw/decider';
import type { AuthenticatedActor } from './actor';
import { assertActsForEach, assertSeesUnderReview, seesUnderReview } from './review-access';

const seesac: AuthenticatedActor = { subject: 'officer', role: 'seesac' };
const skopje: AuthenticatedActor = { subject: 'focal-point', role: 'ministry', jurisdiction: 'skopje' };
const belgrade: AuthenticatedActor = { subject: 'focal-point', role: 'ministry', jurisdiction: 'belgrade' };
const others: AuthenticatedActor[] = (['analyst', 'donor', 'administrative_agent'] as const).map((role) => ({
  subject: role,
  role,
}));

describe('work under review (unaccepted figures, return comments): SEESAC and the owning ministry only', () => {
  it('lets SEESAC see every jurisdiction and the region', () => {
    expect(seesUnderReview(seesac, 'skopje')).toBe(true);
    expect(seesUnderReview(seesac, undefined)).toBe(true);
  });

  it("lets a ministry see its own jurisdiction's, not another's nor the region's", () => {
    expect(seesUnderReview(skopje, 'skopje')).toBe(true);
    expect(seesUnderReview(belgrade, 'skopje')).toBe(false);
    expect(seesUnderReview(skopje, undefined)).toBe(false);
  });

  it('shows analysts, donors and the administrative agent accepted figures only', () => {
    for (const actor of others) {
      expect(seesUnderReview(actor, 'skopje')).toBe(false);
      expect(seesUnderReview(actor, undefined)).toBe(false);
    }
  });

  it('refuses with NotAllowed (403) saying whose work and who may read it', () => {
    expect(() => assertSeesUnderReview(skopje, 'skopje', 'The provisional view')).not.toThrow();
    expect(() => assertSeesUnderReview(belgrade, 'skopje', 'The provisional view')).toThrow(NotAllowed);
    expect(() => assertSeesUnderReview(belgrade, 'skopje', 'The provisional view')).toThrow(
      /skopje ministry only; a belgrade ministry token/,
    );
    expect(() => assertSeesUnderReview(others[0], undefined, 'The latest view')).toThrow(
      /several jurisdictions .*role analyst/,
    );
  });
});

describe('no ministry names another jurisdiction in its command', () => {
  it('lets SEESAC name any and a ministry its own', () => {
    expect(() => assertActsForEach(seesac, [{ path: 'jurisdiction', jurisdiction: 'skopje' }])).not.toThrow();
    expect(() => assertActsForEach(belgrade, [{ path: 'jurisdiction', jurisdiction: 'belgrade' }])).not.toThrow();
    expect(() => assertActsForEach(belgrade, [])).not.toThrow();
  });

  it('names every path that names another jurisdiction, in one 403', () => {
    const attempt = () =>
      assertActsForEach(belgrade, [
        { path: 'jurisdiction', jurisdiction: 'skopje' },
        { path: 'presentingJurisdictions[0]', jurisdiction: 'belgrade' },
        { path: 'presentingJurisdictions[1]', jurisdiction: 'tirana' },
      ]);
    expect(attempt).toThrow(NotAllowed);
    expect(attempt).toThrow(
      'a belgrade ministry token cannot act for another jurisdiction: jurisdiction = skopje; presentingJurisdictions[1] = tirana',
    );
  });

  it('refuses roles that act for no jurisdiction', () => {
    expect(() => assertActsForEach(others[0], [{ path: 'jurisdiction', jurisdiction: 'skopje' }])).toThrow(NotAllowed);
  });
});
