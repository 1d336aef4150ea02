import { NotAllowed } from '@salw/decider';
import type { AuthenticatedActor } from './actor';

/**
 * The one read rule of every service: a jurisdiction's work under review — figures submitted but not yet
 * accepted, and SEESAC's return comments — is seen only by the parties to that review: SEESAC and the
 * jurisdiction's own ministry. Analysts, donors, the administrative agent and other ministries see what
 * SEESAC accepted, nothing more.
 *
 * `jurisdiction` undefined means figures of several jurisdictions at once (regional totals, indicators of
 * the region): only SEESAC is a party to every jurisdiction's review.
 */
export function seesUnderReview(actor: AuthenticatedActor, jurisdiction: string | undefined): boolean {
  if (actor.role === 'seesac') return true;
  return actor.role === 'ministry' && jurisdiction !== undefined && actor.jurisdiction === jurisdiction;
}

/** 403 unless the actor may see the work under review of `jurisdiction` (undefined: of the whole region). */
export function assertSeesUnderReview(actor: AuthenticatedActor, jurisdiction: string | undefined, what: string): void {
  if (seesUnderReview(actor, jurisdiction)) return;
  const whose = jurisdiction === undefined ? 'several jurisdictions' : jurisdiction;
  throw new NotAllowed(
    `${what} of ${whose} is readable by SEESAC and ${jurisdiction === undefined ? 'no ministry' : `the ${jurisdiction} ministry`} only; ${describe(actor)} sees accepted figures`,
  );
}

/** A jurisdiction a command names, with where it names it (`jurisdiction`, `presentingJurisdictions[1]`). */
export interface NamedJurisdiction {
  path: string;
  jurisdiction: string;
}

/**
 * Nobody acts for another jurisdiction: every jurisdiction a ministry's command names must be its own
 * (SEESAC may name any). One 403 names every offending path.
 */
export function assertActsForEach(actor: AuthenticatedActor, named: readonly NamedJurisdiction[]): void {
  if (actor.role === 'seesac') return;
  const foreign = named.filter((item) => actor.role !== 'ministry' || item.jurisdiction !== actor.jurisdiction);
  if (foreign.length === 0) return;
  throw new NotAllowed(
    `${describe(actor)} cannot act for another jurisdiction: ${foreign.map((item) => `${item.path} = ${item.jurisdiction}`).join('; ')}`,
  );
}

function describe(actor: AuthenticatedActor): string {
  return actor.role === 'ministry' ? `a ${actor.jurisdiction} ministry token` : `role ${actor.role}`;
}
